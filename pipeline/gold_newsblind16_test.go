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
// Floors: set by the lead after the first run.
const (
	newsBlind16QuoteF1 = 0
	newsBlind16Speaker = 0
	newsBlind16Direct  = 0
	newsBlind16EventF1 = 0
	newsBlind16TypeF1  = 0
	newsBlind16Place   = 0
	newsBlind16Date    = 0
	newsBlind16Source  = 0
	newsBlind16Amounts = 0
)
