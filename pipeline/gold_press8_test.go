package pipeline_test

import "testing"

// TestPress8QuotesEvents scores the eighth press gold
// (testdata/gold/press8.jsonl): 9 local-news and reportage documents of the
// BRUK corpus that no other gold set uses (a veterans' basketball
// tournament, kettlebell champions, a deaf girl examined in Kyiv, the tax
// office on inheritances, an administrative services centre, a youth
// strategy session, a column retelling an analyst, cardiologists visiting
// Transcarpathia, children with special needs at school), annotated from
// the texts alone before the extractors were run on them. The texts are
// rebuilt from the tokens of the shared bruk/train.tsv (see readBrukTexts);
// it is a studied set, so -gold.errors logs every error.
func TestPress8QuotesEvents(t *testing.T) {
	runGold(t, "press8.jsonl", "press8 gold", true, goldFloors{press8QuoteF1, press8Speaker, press8Direct, press8EventF1, press8TypeF1}, &newsFloors{press8Place, press8Date, press8Source, press8Amounts})
}

// Floors for TestPress8QuotesEvents, about 0.05 below the numbers after
// the fixes (gold written before the extractors saw the texts, SHA-256
// d1e7938d069c128583842eccc5682d59349db8e02e14e7102c157f577844b0dc).
// First run (2026-12-04, commit 7de8341): quotes P 0.933 R 0.824 F1 0.875
// (14/17 required, 1 wrong), speaker 13/14, direct 14/14; events 0/1
// required, 1 wrong; place 0/0, date 0/0, source 9/13, amounts 4/4. After
// the fixes its errors called for (session 22, helper h6, the working tree
// on 7de8341; a studied number now): quotes P 1.000 R 0.882 F1 0.938
// (15/17), speaker 15/15, direct 15/15; events 0/1 required, 0 wrong (the
// one required event is help in doing, which the extractor leaves out by
// design: no event floor); source 10/13, amounts 4/4.
const (
	press8QuoteF1 = 0.88
	press8Speaker = 0.95
	press8Direct  = 0.95
	press8EventF1 = 0
	press8TypeF1  = 0
	press8Place   = 0
	press8Date    = 0
	press8Source  = 0.72
	press8Amounts = 0.95
)
