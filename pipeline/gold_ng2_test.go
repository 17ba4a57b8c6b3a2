package pipeline_test

import "testing"

// TestNg2QuotesEvents scores the second Nashi Groshi gold
// (testdata/gold/ng2.jsonl): the 12 NER-UK ng/ documents that no other gold
// set used, all procurement notices (a contract told in the lead, its
// source line in the procurement bulletin, then the firms' owners),
// annotated from the texts alone before the extractors were run on them.
// It is a studied set, so -gold.errors logs every error.
func TestNg2QuotesEvents(t *testing.T) {
	runGold(t, "ng2.jsonl", "ng2 gold", true, goldFloors{ng2QuoteF1, ng2Speaker, ng2Direct, ng2EventF1, ng2TypeF1}, &newsFloors{ng2Place, ng2Date, ng2Source, ng2Amounts})
}

// Floors for TestNg2QuotesEvents, a little below the numbers after the
// fixes (gold written before the extractors saw the texts, SHA-256
// 0bb73445aabd4bf311f64626563a4e8d7d62967b5890aea495ea4b86d2911cd8).
// First run (2026-12-04, commit ae05d74): no required quote and none
// predicted; events P 0.923 R 0.857 F1 0.889 (12/14 required, 1 wrong),
// type only P 1.000 R 0.929 F1 0.963; source 24/24. After the fixes its
// errors called for (session 23, helper h1, the working tree on ae05d74;
// a studied number now): events P 1.000 R 1.000 F1 1.000 (14/14, 0
// wrong), type only 1.000; source 24/24. The set has no required quote,
// place, date or amount: those floors are 0.
const (
	ng2QuoteF1 = 0
	ng2Speaker = 0
	ng2Direct  = 0
	ng2EventF1 = 0.95
	ng2TypeF1  = 0.95
	ng2Place   = 0
	ng2Date    = 0
	ng2Source  = 0.95
	ng2Amounts = 0
)
