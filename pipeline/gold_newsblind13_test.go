package pipeline_test

import "testing"

// TestNewsBlind13QuotesEvents scores the thirteenth blind news gold
// (testdata/gold/newsblind13.jsonl): 12 texts (320–415 words) of the
// national desk beyond diplomacy and war, each in a national outlet's
// manner: a central bank's rate decision with an IMF tranche and a bond
// placement, a parliament vote with factions objecting, an
// anti-corruption case (a suspicion, bail, an appeal), a gas contract
// and an arbitration dispute, a hospital funding reform and a union's
// protest, a summit abroad, a Strasbourg ruling against Russia, a
// foreign sanctions package and Kyiv's reaction, a factory opened with a
// minister present, a sports federation's boycott, a space cooperation
// agreement, and the Ombudsman's report on prisoners of war. Written and
// annotated in session 42 by a helper that read no extractor code and
// ran nothing. It is for reporting only: it logs the aggregate table and
// never an individual error (-gold.errors does nothing here), so that
// nobody tunes on it.
func TestNewsBlind13QuotesEvents(t *testing.T) {
	runGold(t, "newsblind13.jsonl", "news-blind13 gold", false, goldFloors{newsBlind13QuoteF1, newsBlind13Speaker, newsBlind13Direct, newsBlind13EventF1, newsBlind13TypeF1}, &newsFloors{newsBlind13Place, newsBlind13Date, newsBlind13Source, newsBlind13Amounts})
}

// Floors for TestNewsBlind13QuotesEvents, about 0.05 below its first
// blind run (2026-12-06, session 42, on session 41's last code 2836a6d;
// gold written before the extractors ever saw the texts, SHA-256
// d91faa0a…), rounded down to steps of 0.05: quotes P 0.982 R 0.947 F1
// 0.964, speaker 106/107, direct 107/107; events P 0.909 R 0.861 F1
// 0.884, type only F1 0.883; place 10/16, date 18/30, source 22/24,
// amounts 52/56. They only guard against a slide. Session 45 lowered
// source 0.85 → 0.80: the source conventions the lead settled then
// (interview tellers cited, outlets named by a cue's kind cited, unnamed
// sources of a source line cited, trailing "уточнили в X") raised the
// blind sources 403 → 404 of 453 (newsblind14 +2) and cost this set one
// element (22 → 21/25, not bisected, as no blind set is).
const (
	newsBlind13QuoteF1 = 0.90
	newsBlind13Speaker = 0.90
	newsBlind13Direct  = 0.95
	newsBlind13EventF1 = 0.80
	newsBlind13TypeF1  = 0.80
	newsBlind13Place   = 0.55
	newsBlind13Date    = 0.55
	newsBlind13Source  = 0.80
	newsBlind13Amounts = 0.85
)
