package pipeline_test

import "testing"

// TestNewsBlind24QuotesEvents scores the twenty-fourth news-blind gold
// (testdata/gold/newsblind24.jsonl): interviews and press reviews, religion,
// culture, sport and local desks, dense in quotes with their cited sources.
// Floors: set by the lead after the first run (session 51's code,
// 5a566115: quotes F1 0.965, speaker 0.985, direct 0.985, events P 0.936
// R 0.717 F1 0.812, type only 0.841, place 12/17, date 16/25, source
// 22/43, amounts 27/27), about 0.05 under.
func TestNewsBlind24QuotesEvents(t *testing.T) {
	runGold(t, "newsblind24.jsonl", "newsblind24 gold", false, goldFloors{newsBlind24QuoteF1, newsBlind24Speaker, newsBlind24Direct, newsBlind24EventF1, newsBlind24TypeF1}, &newsFloors{newsBlind24Place, newsBlind24Date, newsBlind24Source, newsBlind24Amounts})
}

const (
	newsBlind24QuoteF1 = 0.91
	newsBlind24Speaker = 0.93
	newsBlind24Direct  = 0.93
	newsBlind24EventF1 = 0.76
	newsBlind24TypeF1  = 0.79
	newsBlind24Place   = 0.65
	newsBlind24Date    = 0.59
	newsBlind24Source  = 0.46
	newsBlind24Amounts = 0.95
)
