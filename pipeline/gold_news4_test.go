package pipeline_test

import "testing"

// TestNews4QuotesEvents scores the fourth news gold
// (testdata/gold/news4.jsonl): 16 agency texts (testdata/news4) rich in
// source lines of many forms (datelines, "з посиланням на", "Про це
// Суспільному повідомили в", credits), event places stated in varied ways
// and aid with sums, annotated before the extractors were run on them and
// then studied; -gold.errors logs every error.
func TestNews4QuotesEvents(t *testing.T) {
	runGold(t, "news4.jsonl", "news4 gold", true, goldFloors{news4QuoteF1, news4Speaker, news4Direct, news4EventF1, news4TypeF1}, &newsFloors{news4Place, news4Date, news4Source, news4Amounts})
}

// Floors for TestNews4QuotesEvents. First run (2026-12-02, gold written
// before it, SHA-256 c2598bc8…): quotes P 0.963 R 0.981 F1 0.972,
// speaker 51/52, direct 52/52; events P 0.982 R 0.806 F1 0.886, type only
// F1 0.887; place 12/22, date 14/26, source 38/57, amounts 17/23. After
// the source work its misses pointed to (datelines before a dash, chains
// "…, передає X, пише Y", "Як інформує X", a person after a role, Telegram
// channels of bodies, declined bodies, agency/photographer credits, one
// body named twice): source 46/48. The events moved meanwhile with
// others' event work, not looked at here: P 0.982 R 0.839 F1 0.905, type
// only F1 0.906; place 12/23, date 15/27. The floors sit a little below;
// the later numbers flatter, as they were reached by reading this set's
// errors.
const (
	news4QuoteF1 = 0.93
	news4Speaker = 0.92
	news4Direct  = 0.95
	news4EventF1 = 0.85
	news4TypeF1  = 0.85
	news4Place   = 0.45
	news4Date    = 0.45
	news4Source  = 0.90
	news4Amounts = 0.65
)
