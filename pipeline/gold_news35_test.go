package pipeline_test

import "testing"

// TestNews35QuotesEvents scores the thirty-fifth news gold
// (testdata/gold/news35.jsonl): 12 texts of our own (testdata/news35) in
// the manner of the Ukrainian press of 2006–2015 on political and social
// conflicts told through demands, refusals, accusations and denials — a
// union's ultimatum, an election not recognised, a call for a veto,
// residents against a building site, a note of protest, a council and
// its mayor, a hospital's appeal, a plant and the State Property Fund, a
// journalist detained, farmers on a highway, students' petition and a
// demand of autonomy rejected — annotated before the extractors were run
// on them; -gold.errors logs every error.
func TestNews35QuotesEvents(t *testing.T) {
	runGold(t, "news35.jsonl", "news35 gold", true, goldFloors{news35QuoteF1, news35Speaker, news35Direct, news35EventF1, news35TypeF1}, &newsFloors{news35Place, news35Date, news35Source, news35Amounts})
}

// Floors for TestNews35QuotesEvents. First run (2026-12-05, commit b816c49,
// gold written before it, SHA-256 00e7ab01…): quotes P 0.904 R 0.979 F1
// 0.940, speaker 47/47, direct 46/47; events P 0.985 R 0.851 F1 0.913,
// type only F1 0.913; place 5/6, date 8/9, source 15/17, amounts 13/13.
// After the fixes of the same day, against the gold corrected after the
// first run (SHA-256 ace3c5ef…, three optional quotes added): quotes P
// 0.960 R 1.000 F1 0.980, speaker 48/48, direct 48/48; events P 1.000 R
// 0.946 F1 0.972, type only F1 0.972; place 6/6, date 10/10, source
// 16/17, amounts 13/13. The floors sit a little below those (see
// testdata/gold/README.md).
const (
	news35QuoteF1 = 0.95
	news35Speaker = 0.95
	news35Direct  = 0.95
	news35EventF1 = 0.93
	news35TypeF1  = 0.93
	news35Place   = 0.85
	news35Date    = 0.85
	news35Source  = 0.9
	news35Amounts = 0.95
)
