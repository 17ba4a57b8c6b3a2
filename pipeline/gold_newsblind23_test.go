package pipeline_test

import "testing"

// TestNewsBlind23QuotesEvents scores the twenty-third news-blind gold
// (testdata/gold/newsblind23.jsonl): the agriculture, environment and energy
// desk of twelve outlets, written by the team in 2025–2026 house styles.
// Floors: set by the lead after the first run (session 51's code,
// 5a566115: quotes F1 0.991, speaker 1.000, direct 0.966, events P 0.921
// R 0.769 F1 0.838, type only 0.839, place 5/11, date 18/20, source
// 25/27, amounts 27/28), about 0.05 under.
func TestNewsBlind23QuotesEvents(t *testing.T) {
	runGold(t, "newsblind23.jsonl", "newsblind23 gold", false, goldFloors{newsBlind23QuoteF1, newsBlind23Speaker, newsBlind23Direct, newsBlind23EventF1, newsBlind23TypeF1}, &newsFloors{newsBlind23Place, newsBlind23Date, newsBlind23Source, newsBlind23Amounts})
}

const (
	newsBlind23QuoteF1 = 0.94
	newsBlind23Speaker = 0.95
	newsBlind23Direct  = 0.91
	newsBlind23EventF1 = 0.78
	newsBlind23TypeF1  = 0.78
	newsBlind23Place   = 0.40
	newsBlind23Date    = 0.85
	newsBlind23Source  = 0.87
	newsBlind23Amounts = 0.91
)
