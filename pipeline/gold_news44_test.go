package pipeline_test

import "testing"

// TestNews44QuotesEvents scores the forty-fourth news gold
// (testdata/gold/news44.jsonl): 10 texts of our own (testdata/news44) whose
// events have sides that are not named people — officials named only by
// their office (`з мером Харкова`, `з міністром оборони Естонії`), plurals
// (`прем'єр-міністри`, `делегації`, `Сторони`), pronouns after a role, and
// foreign women's names that do not decline — in diplomacy, regional
// government, the war, courts and business, annotated before the
// extractors were run on them; -gold.errors logs every error.
func TestNews44QuotesEvents(t *testing.T) {
	runGold(t, "news44.jsonl", "news44 gold", true, goldFloors{news44QuoteF1, news44Speaker, news44Direct, news44EventF1, news44TypeF1}, &newsFloors{news44Place, news44Date, news44Source, news44Amounts})
}

// Floors for TestNews44QuotesEvents. First run (2026-12-05, on fc62693,
// gold written before it, SHA-256 a500ab11…): quotes P 1.000 R 1.000 F1
// 1.000, speaker 12/12, direct 12/12; events P 0.983 R 0.821 F1 0.895,
// type only P 0.982 R 0.836 F1 0.903; place 9/19, date 15/25, source
// 12/12, amounts 7/7. After the fixes of the same day (session 34 helper
// h34b, gold unchanged): quotes F1 1.000, speaker 12/12, direct 12/12;
// events P 1.000 R 0.896 F1 0.945, type only F1 0.938; place 13/22, date
// 18/27, source 12/12, amounts 7/7. The floors sit a little below those
// (see testdata/gold/README.md).
const (
	news44QuoteF1 = 0.96
	news44Speaker = 0.95
	news44Direct  = 0.95
	news44EventF1 = 0.93
	news44TypeF1  = 0.92
	news44Place   = 0.55
	news44Date    = 0.62
	news44Source  = 0.95
	news44Amounts = 0.95
)
