package pipeline_test

import "testing"

// TestNewsBlind10QuotesEvents scores the tenth blind news gold
// (testdata/gold/newsblind10.jsonl): 12 long texts (368–477 words) in the
// style of Ukrainian agencies, Ukrinform first: five on diplomacy modelled
// on the reference article's kind (two-day visits to Kyiv and abroad, a
// loan signed in Tokyo, a president in the Odesa region, a security
// conference), two war reports (a combined strike on several regions,
// bombs and drones on two cities), matching sanctions and Moscow's reply,
// a government's reconstruction programme with a grant, a UN General
// Assembly resolution, an anti-corruption case in a regional court, and
// aid from a foreign city and company. Written and annotated in session
// 38 by a helper that read no extractor code and ran nothing. It is for
// reporting only: it logs the aggregate table and never an individual
// error (-gold.errors does nothing here), so that nobody tunes on it.
func TestNewsBlind10QuotesEvents(t *testing.T) {
	runGold(t, "newsblind10.jsonl", "news-blind10 gold", false, goldFloors{newsBlind10QuoteF1, newsBlind10Speaker, newsBlind10Direct, newsBlind10EventF1, newsBlind10TypeF1}, &newsFloors{newsBlind10Place, newsBlind10Date, newsBlind10Source, newsBlind10Amounts})
}

// Floors for TestNewsBlind10QuotesEvents, about 0.05 below its first
// blind run (2026-12-05, session 38, on 75ca7bd, the session's start,
// with the set picked onto it; the same on 4897b00; gold written before
// the extractors ever saw the texts, SHA-256 c6cfa5e3…), rounded down to
// steps of 0.05: quotes P 0.981 R 0.972 F1 0.977, speaker 102/104,
// direct 104/104; events P 0.965 R 0.839 F1 0.898, type only F1 0.915;
// place 16/37, date 36/61, source 30/33, amounts 41/41. They only guard
// against a slide.
const (
	newsBlind10QuoteF1 = 0.90
	newsBlind10Speaker = 0.90
	newsBlind10Direct  = 0.95
	newsBlind10EventF1 = 0.80
	newsBlind10TypeF1  = 0.85
	newsBlind10Place   = 0.35
	newsBlind10Date    = 0.50
	newsBlind10Source  = 0.85
	newsBlind10Amounts = 0.95
)
