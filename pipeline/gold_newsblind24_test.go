package pipeline_test

import "testing"

// TestNewsBlind24QuotesEvents scores the twenty-fourth news-blind gold
// (testdata/gold/newsblind24.jsonl): interviews and press reviews, religion,
// culture, sport and local desks, dense in quotes with their cited sources.
// Floors: set by the lead after the first run.
func TestNewsBlind24QuotesEvents(t *testing.T) {
	runGold(t, "newsblind24.jsonl", "newsblind24 gold", false, goldFloors{newsBlind24QuoteF1, newsBlind24Speaker, newsBlind24Direct, newsBlind24EventF1, newsBlind24TypeF1}, &newsFloors{newsBlind24Place, newsBlind24Date, newsBlind24Source, newsBlind24Amounts})
}

const (
	newsBlind24QuoteF1 = 0
	newsBlind24Speaker = 0
	newsBlind24Direct  = 0
	newsBlind24EventF1 = 0
	newsBlind24TypeF1  = 0
	newsBlind24Place   = 0
	newsBlind24Date    = 0
	newsBlind24Source  = 0
	newsBlind24Amounts = 0
)
