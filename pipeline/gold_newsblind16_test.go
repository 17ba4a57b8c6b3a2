package pipeline_test

import "testing"

// TestNewsBlind16QuotesEvents scores the sixteenth news-blind gold
// (testdata/gold/newsblind16.jsonl): 12 texts of our own
// (testdata/newsblind16), the diplomatic and presidential desk of several
// Ukrainian outlets: a foreign minister's two-day visit to Tashkent, a phone
// call of the presidents of Ukraine and Moldova, a summit in Athens with a
// joint declaration Serbia would not sign, the Lithuanian Seimas speaker in
// Kyiv, an energy memorandum with Norway, a summoned Belarusian chargé
// d'affaires, a Dutch military aid package, the EU's sanctions after a
// Slovak veto, a Lithuanian delegation in Chernihiv, the prime minister's
// business forum in Ankara, an OSCE meeting on deported children, an
// interview-like report with the ambassador to Kazakhstan. Blind: written by
// a helper that read no code and ran nothing; no one reads it to tune the
// engine, so errors are never logged.
func TestNewsBlind16QuotesEvents(t *testing.T) {
	runGold(t, "newsblind16.jsonl", "newsblind16 gold", false, goldFloors{newsBlind16QuoteF1, newsBlind16Speaker, newsBlind16Direct, newsBlind16EventF1, newsBlind16TypeF1}, &newsFloors{newsBlind16Place, newsBlind16Date, newsBlind16Source, newsBlind16Amounts})
}

// Floors for TestNewsBlind16QuotesEvents.
// Floors: set by the lead about 0.05 under the first run (session 45, on
// 8b3ff52 before any rule of the session: quotes F1 0.985, events F1 0.881,
// type-only 0.893, place 19/30, date 27/35, source 21/26, amounts 17/17).
const (
	newsBlind16QuoteF1 = 0.93
	newsBlind16Speaker = 0.95
	newsBlind16Direct  = 0.95
	newsBlind16EventF1 = 0.83
	newsBlind16TypeF1  = 0.84
	newsBlind16Place   = 0.58
	newsBlind16Date    = 0.72
	newsBlind16Source  = 0.75
	newsBlind16Amounts = 0.95
)
