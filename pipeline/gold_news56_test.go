package pipeline_test

import "testing"

// TestNews56QuotesEvents scores the fifty-sixth news gold
// (testdata/gold/news56.jsonl): 12 regional and local news texts of our own
// (testdata/news56), a second sample of the genre news55 studies, on other
// topics and from other regions: school transport, a twin city's hospital
// aid, a heating season's debt row, a flood, a market raid, shelling, returned
// artefacts, a school closure and a hromada merger, a TCC incident, a bridge
// rebuilt by a partner, a drone plant, a fare rise reversed. Sides are named
// by office, common noun and name, acts by verbs, nouns, passives and
// impersonal forms, days by weekdays, `напередодні`, `за день до` and dates;
// annotated before the extractors were run on them; -gold.errors logs every
// error.
func TestNews56QuotesEvents(t *testing.T) {
	runGold(t, "news56.jsonl", "news56 gold", true, goldFloors{news56QuoteF1, news56Speaker, news56Direct, news56EventF1, news56TypeF1}, &newsFloors{news56Place, news56Date, news56Source, news56Amounts})
}

// Floors for TestNews56QuotesEvents. First run (2026-12-06, on e1f4a10,
// gold written before it, SHA-256 6e8caef8…): quotes P 0.944 R 1.000 F1
// 0.971, speaker 68/68, direct 68/68; events P 0.965 R 0.785 F1 0.866,
// type only P 0.921 R 0.808 F1 0.861; place 12/32, date 18/40, source
// 32/39, amounts 23/23. The floors sat 0.03 below those; after
// session 41's rules (offenceReport, inquiryOrdered, warnedOfOwnAct)
// events reach P 0.966 R 0.815 F1 0.884, type only F1 0.866, and those two
// floors sit at that (see testdata/gold/README.md).
const (
	news56QuoteF1 = 0.94
	news56Speaker = 0.97
	news56Direct  = 0.97
	news56EventF1 = 0.88
	news56TypeF1  = 0.86
	news56Place   = 0.34
	news56Date    = 0.42
	news56Source  = 0.79
	news56Amounts = 0.97
)
