package pipeline_test

import "testing"

// TestNews18QuotesEvents scores the eighteenth news gold
// (testdata/gold/news18.jsonl): 12 speech-heavy texts of our own
// (testdata/news18) in the style of an interview retold by an agency, a press
// conference, a mayor's Facebook post, a spokesman in the telethon, a
// parliament debate, a court hearing, post-match comments, culture and science
// news, a governor's briefing, a reaction round-up and an ambassador's TV
// interview, annotated before the extractors were run on them; -gold.errors
// logs every error.
func TestNews18QuotesEvents(t *testing.T) {
	runGold(t, "news18.jsonl", "news18 gold", true, goldFloors{news18QuoteF1, news18Speaker, news18Direct, news18EventF1, news18TypeF1}, &newsFloors{news18Place, news18Date, news18Source, news18Amounts})
}

// Floors for TestNews18QuotesEvents. First run (2026-12-03, commit c72cb33,
// gold written before it, SHA-256 6800ef0d…): quotes P 0.991 R 0.991 F1
// 0.991, speaker 109/115, direct 113/115; events P 0.812 R 0.846 F1 0.829,
// type only F1 0.815; place 3/4, date 4/5, source 24/40, amounts 9/9. No gold
// mistake was found. Studied (the working tree on c72cb33): quotes P 1.000 R
// 1.000, speaker 115/116, direct 114/116; events P 0.906 R 0.962 F1 0.933,
// type only F1 0.909; place 4/4, date 5/5, source 25/40. The floors sit 0.05
// below the studied numbers, as news16's do, but place and date, which count
// four and five events, one miss below.
const (
	news18QuoteF1 = 0.95
	news18Speaker = 0.94
	news18Direct  = 0.93
	news18EventF1 = 0.88
	news18TypeF1  = 0.86
	news18Place   = 0.70
	news18Date    = 0.75
	news18Source  = 0.57
	news18Amounts = 0.95
)
