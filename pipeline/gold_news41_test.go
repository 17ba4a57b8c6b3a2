package pipeline_test

import "testing"

// TestNews41QuotesEvents scores the forty-first news gold
// (testdata/gold/news41.jsonl): 10 texts of our own (testdata/news41) in
// the manner of Ukrainian outlets of 2024–2026, speech-heavy — an MFA
// briefing, the Kremlin's spokesman retold and rebutted, a NATO
// official's interview, officials' posts after a strike, a fake
// rebutted, an accusation and a threat to sue, a threat to veto
// sanctions and its answers, an ombudsman's call, reactions to a strike
// and an interview on outages — annotated before the extractors were run
// on them; -gold.errors logs every error.
func TestNews41QuotesEvents(t *testing.T) {
	runGold(t, "news41.jsonl", "news41 gold", true, goldFloors{news41QuoteF1, news41Speaker, news41Direct, news41EventF1, news41TypeF1}, &newsFloors{news41Place, news41Date, news41Source, news41Amounts})
}

// Floors for TestNews41QuotesEvents. First run (2026-12-05, commit d5981ac,
// gold written before it, SHA-256 1f8d6173…): quotes P 0.952 R 1.000 F1
// 0.976, speaker 59/59, direct 57/59; events P 0.970 R 0.966 F1 0.968,
// type only F1 0.933; place 3/4, date 5/8, source 16/26, amounts 3/4.
// After the fixes of the same day (session 32 helper h32b), against the
// gold corrected after the first run (SHA-256 bbe86243…: two own
// interviews cite no speaker, two що-clauses wholly in quotation marks
// direct, a bound and an optional quote): quotes P 0.967 R 1.000 F1
// 0.983, speaker 59/59, direct 59/59; events P 1.000 R 1.000 F1 1.000,
// type only F1 0.951; place 4/4, date 8/8, source 20/20, amounts 4/4.
// The floors sit a little below those; with 4 places and 4 amounts one
// miss is 0.75 (see testdata/gold/README.md).
const (
	news41QuoteF1 = 0.95
	news41Speaker = 0.95
	news41Direct  = 0.95
	news41EventF1 = 0.95
	news41TypeF1  = 0.9
	news41Place   = 0.7
	news41Date    = 0.85
	news41Source  = 0.9
	news41Amounts = 0.7
)
