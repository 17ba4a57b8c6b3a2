package pipeline_test

import "testing"

// TestNews9QuotesEvents scores the ninth news gold
// (testdata/gold/news9.jsonl): 16 agency and regional texts
// (testdata/news9) on the ombudsman and the ICRC in Geneva, a foreign
// minister in Riyadh, a suspicion and an arrest of property for a former
// deputy mayor of Uzhhorod, an enlistment officer detained in Rivne,
// teenagers detained in Lviv and Ternopil for railway arson, shelling of
// Velyka Oleksandrivka and Kherson, Norwegian gas money signed in Oslo, a
// drone engine protocol in Ankara, the Rada ratifying the Special
// Tribunal agreement, farmers waiting for demining in the Balakliia
// hromada, drone smugglers on the Hungarian border, a European-gauge line
// agreed in Rzeszów, artefacts returned in Washington, a river pollution
// suit in Shostka, the European Political Community summit in Yerevan
// and a Korean delegation in the Office of the President and Vinnytsia,
// annotated before the extractors were run on them; it is studied, and
// -gold.errors logs every error.
func TestNews9QuotesEvents(t *testing.T) {
	runGold(t, "news9.jsonl", "news9 gold", true, goldFloors{news9QuoteF1, news9Speaker, news9Direct, news9EventF1, news9TypeF1}, &newsFloors{news9Place, news9Date, news9Source, news9Amounts})
}

// Floors for TestNews9QuotesEvents. First run (2026-12-02, commit
// 0e71375, gold written before it, SHA-256 937ff9eb…): quotes P 1.000
// R 0.985 F1 0.992, speaker 63/64, direct 64/64; events P 0.944 R 0.773
// F1 0.850, type only P 0.857 R 0.800 F1 0.828; place 24/27, date 22/27,
// source 42/54, amounts 37/42. The floors sit 0.05 below these numbers.
const (
	news9QuoteF1 = 0.94
	news9Speaker = 0.93
	news9Direct  = 0.95
	news9EventF1 = 0.80
	news9TypeF1  = 0.77
	news9Place   = 0.83
	news9Date    = 0.76
	news9Source  = 0.72
	news9Amounts = 0.83
)
