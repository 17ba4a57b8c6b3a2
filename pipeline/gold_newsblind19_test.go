package pipeline_test

import "testing"

// TestNewsBlind19QuotesEvents scores the nineteenth news-blind gold
// (testdata/gold/newsblind19.jsonl): 12 texts of our own
// (testdata/newsblind19), the law-and-order desk: a suspicion from NABU and
// SAP, a verdict, an SBU detention for treason, a custody with bail, a call
// centre closed with foreign police, a smuggling case at the border, war
// crimes suspicions in absentia, a sanctions decree, a Constitutional Court
// ruling, an extradition, procurement corruption, an appeal rejected. Written
// by a helper who read no code and ran nothing; it is blind: its errors are
// never logged, and no one may read it to tune the engine.
func TestNewsBlind19QuotesEvents(t *testing.T) {
	runGold(t, "newsblind19.jsonl", "newsblind19 gold", false, goldFloors{newsBlind19QuoteF1, newsBlind19Speaker, newsBlind19Direct, newsBlind19EventF1, newsBlind19TypeF1}, &newsFloors{newsBlind19Place, newsBlind19Date, newsBlind19Source, newsBlind19Amounts})
}

// Floors: set by the lead after the first run.
const (
	newsBlind19QuoteF1 = 0
	newsBlind19Speaker = 0
	newsBlind19Direct  = 0
	newsBlind19EventF1 = 0
	newsBlind19TypeF1  = 0
	newsBlind19Place   = 0
	newsBlind19Date    = 0
	newsBlind19Source  = 0
	newsBlind19Amounts = 0
)
