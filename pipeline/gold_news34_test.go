package pipeline_test

import "testing"

// TestNews34QuotesEvents scores the thirty-fourth news gold
// (testdata/gold/news34.jsonl): 12 texts of our own on sport, culture,
// health, education and charity (testdata/news34), where the words of
// politics mean something else (teams that meet in a final, attack and
// strike, a player's contract, a book presented, a call to vaccinate) beside
// real events (a UEFA ban and fine, a federation's suspension of Russia,
// a ministry's agreements with foreign partners, a teachers' picket, aid
// delivered), annotated before the extractors were run on them;
// -gold.errors logs every error.
func TestNews34QuotesEvents(t *testing.T) {
	runGold(t, "news34.jsonl", "news34 gold", true, goldFloors{news34QuoteF1, news34Speaker, news34Direct, news34EventF1, news34TypeF1}, &newsFloors{news34Place, news34Date, news34Source, news34Amounts})
}

// Floors for TestNews34QuotesEvents. First run (2026-12-05, commit 744de93,
// gold written before it, SHA-256 7e2a08dd…): quotes P 0.982 R 1.000 F1
// 0.991, speaker 56/56, direct 56/56; events P 0.757 R 0.818 F1 0.786, type
// only F1 0.789; place 3/3, date 7/7, source 16/18, amounts 17/17. After
// the fixes of the same day (the invitation of 06 made an optional REQUEST
// in the gold, SHA-256 1b898573…): quotes F1 1.000, speaker 56/56, direct
// 56/56; events P 1.000 R 0.970 F1 0.985, type only F1 0.970; place 3/4,
// date 9/9, source 16/18, amounts 17/17. The floors sit about 0.05 below
// those (place, 3 of 4, at 0.7).
const (
	news34QuoteF1 = 0.95
	news34Speaker = 0.95
	news34Direct  = 0.95
	news34EventF1 = 0.93
	news34TypeF1  = 0.92
	news34Place   = 0.7
	news34Date    = 0.95
	news34Source  = 0.85
	news34Amounts = 0.95
)
