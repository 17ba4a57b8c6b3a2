package pipeline_test

import "testing"

// TestPress15QuotesEvents scores the fifteenth press gold
// (testdata/gold/press15.jsonl): 11 reports, features and columns of the
// BRUK corpus that no other gold set uses and that share no sentence with
// an NER-UK text, annotated from the texts alone before the extractors were
// run on them (see the gold README for how they were chosen). The texts are
// rebuilt from the tokens of the shared bruk/train.tsv (see readBrukTexts);
// it is a studied set, so -gold.errors logs every error.
func TestPress15QuotesEvents(t *testing.T) {
	runGold(t, "press15.jsonl", "press15 gold", true, goldFloors{press15QuoteF1, press15Speaker, press15Direct, press15EventF1, press15TypeF1}, &newsFloors{press15Place, press15Date, press15Source, press15Amounts})
}

// Floors for TestPress15QuotesEvents (gold written before the extractors
// saw the texts, SHA-256
// 059215d9ff1bcf0ab7478a4be9301e0829ff5f704a58db47da7e2a7ff4808e50). First
// run (2026-12-05, main b9b0fdc): quotes P 0.818 R 0.600 F1 0.692 (9/15
// required, 2 wrong), speaker 8/9, direct 9/9; events P 0.714 R 0.444 F1
// 0.548 (4/9 required, 2 wrong), type only F1 0.571; place 0/1 matched
// events with a gold place, no gold date matched; source 10/12, amounts
// 3/3. After the fixes (session 37, helper h37b,
// constructions_s37b_test.go): quotes P 0.867 R 0.867 F1 0.867 (13/15, 2
// wrong), speaker 12/13, direct 13/13; events P 0.750 R 0.556 F1 0.638
// (5/9, 2 wrong), type only F1 0.667; place 0/1; source 10/12, amounts
// 3/3. The floors sit just under that; the set is small: one event moves
// event recall by 0.11.
const (
	press15QuoteF1 = 0.85
	press15Speaker = 0.90
	press15Direct  = 0.95
	press15EventF1 = 0.62
	press15TypeF1  = 0.65
	press15Place   = 0
	press15Date    = 0
	press15Source  = 0.80
	press15Amounts = 0.95
)
