package pipeline_test

import "testing"

// TestNews37QuotesEvents scores the thirty-seventh news gold
// (testdata/gold/news37.jsonl): 10 texts of our own (testdata/news37) in
// the style of Ukrainian news of 2025 on science, technology, the
// environment and international organisations (an IAEA visit, a
// cyberattack attributed by CERT-UA, a satellite launch, a river polluted,
// the UN in Kherson after the Kakhovka dam, WHO's ambulances, Diia's code
// for Moldova, a university merger protested, a forest fire in the
// Chornobyl zone, UNESCO's money for museums), annotated before the
// extractors were run on them; -gold.errors logs every error.
func TestNews37QuotesEvents(t *testing.T) {
	runGold(t, "news37.jsonl", "news37 gold", true, goldFloors{news37QuoteF1, news37Speaker, news37Direct, news37EventF1, news37TypeF1}, &newsFloors{news37Place, news37Date, news37Source, news37Amounts})
}

// Floors for TestNews37QuotesEvents. First run (2026-12-05, commit f853095,
// gold written before it, SHA-256 32cede00…): quotes P 1.000 R 0.971 F1
// 0.986, speaker 34/34, direct 34/34; events P 0.973 R 0.846 F1 0.905,
// type only F1 0.880; place 4/5, date 5/6, source 16/19, amounts 12/12.
// After the fixes of the same day (commits 2ba1e20 … 6c44a94, no gold
// change): quotes F1 1.000, speaker 35/35, direct 35/35; events P 1.000
// R 0.923 F1 0.960, type only F1 0.935; place 5/5, date 5/6, source
// 17/18, amounts 12/12. The floors sit a little below those (see
// testdata/gold/README.md); with 5 places and 6 dates one miss more is
// 0.8 and 0.667.
const (
	news37QuoteF1 = 0.96
	news37Speaker = 0.95
	news37Direct  = 0.95
	news37EventF1 = 0.93
	news37TypeF1  = 0.9
	news37Place   = 0.8
	news37Date    = 0.8
	news37Source  = 0.9
	news37Amounts = 0.9
)
