package pipeline_test

import "testing"

// TestNewsBlind23QuotesEvents scores the twenty-third news-blind gold
// (testdata/gold/newsblind23.jsonl): the agriculture, environment and energy
// desk of twelve outlets, written by the team in 2025–2026 house styles.
// Floors: set by the lead after the first run.
func TestNewsBlind23QuotesEvents(t *testing.T) {
	runGold(t, "newsblind23.jsonl", "newsblind23 gold", false, goldFloors{newsBlind23QuoteF1, newsBlind23Speaker, newsBlind23Direct, newsBlind23EventF1, newsBlind23TypeF1}, &newsFloors{newsBlind23Place, newsBlind23Date, newsBlind23Source, newsBlind23Amounts})
}

const (
	newsBlind23QuoteF1 = 0
	newsBlind23Speaker = 0
	newsBlind23Direct  = 0
	newsBlind23EventF1 = 0
	newsBlind23TypeF1  = 0
	newsBlind23Place   = 0
	newsBlind23Date    = 0
	newsBlind23Source  = 0
	newsBlind23Amounts = 0
)
