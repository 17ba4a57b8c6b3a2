package pipeline_test

import "testing"

// TestPress6QuotesEvents scores the sixth press gold
// (testdata/gold/press6.jsonl): 12 hard-news press documents of the BRUK
// corpus that no other gold set uses (two commercial-court cases on land
// leases, the interior ministry on Odesa's 2 May clashes, a fire in
// Ternopil, a road service's bridge tenders, a swimming school closed by a
// new community, a stream polluted by a dairy, a fund paying dismissed
// coaches, a regional board, affordable housing, Rescuers' Day, air
// monitoring), annotated from the texts alone before the extractors were
// run on them. The texts are rebuilt from the tokens of the shared
// bruk/train.tsv (see readBrukTexts); it is a studied set, so -gold.errors
// logs every error.
func TestPress6QuotesEvents(t *testing.T) {
	runGold(t, "press6.jsonl", "press6 gold", true, goldFloors{press6QuoteF1, press6Speaker, press6Direct, press6EventF1, press6TypeF1}, &newsFloors{press6Place, press6Date, press6Source, press6Amounts})
}

// Floors for TestPress6QuotesEvents, about 0.05 below its first run
// (2026-12-03, commit e6734c2; gold written before the extractors saw the
// texts, SHA-256 a0e45622f636ce0fc73fc3715284dd24a8155f201003f132e000f516db9ed670):
// quotes P 0.960 R 0.857 F1 0.906 (24/28 required, 1 wrong), speaker 23/24,
// direct 24/24; events P 0.938 R 0.625 F1 0.750 (15/24 required, 1 wrong),
// type only 0.750; place 0/0, date 0/0, source 13/14, amounts 6/10. After
// the fixes its errors called for (session 20, the working tree on
// e621153; a studied number, no longer an unseen one): quotes F1 1.000
// (28/28), speaker 28/28, direct 28/28; events F1 1.000 (24/24), type only
// 1.000; source 14/14, amounts 10/10. The floors sit 0.05 below these and
// only guard against a slide.
const (
	press6QuoteF1 = 0.95
	press6Speaker = 0.95
	press6Direct  = 0.95
	press6EventF1 = 0.95
	press6TypeF1  = 0.95
	press6Place   = 0
	press6Date    = 0
	press6Source  = 0.95
	press6Amounts = 0.95
)
