package pipeline_test

import "testing"

// TestPress14QuotesEvents scores the fourteenth press gold
// (testdata/gold/press14.jsonl): 12 reports, features and columns of the
// BRUK corpus that no other gold set uses and that share no sentence with
// an NER-UK text, annotated from the texts alone before the extractors were
// run on them (see the gold README for how they were chosen). The texts are
// rebuilt from the tokens of the shared bruk/train.tsv (see readBrukTexts);
// it is a studied set, so -gold.errors logs every error.
func TestPress14QuotesEvents(t *testing.T) {
	runGold(t, "press14.jsonl", "press14 gold", true, goldFloors{press14QuoteF1, press14Speaker, press14Direct, press14EventF1, press14TypeF1}, &newsFloors{press14Place, press14Date, press14Source, press14Amounts})
}

// Floors for TestPress14QuotesEvents (gold written before the extractors
// saw the texts, SHA-256
// 07d99942c9618f312491d5388754322633331e3da912d18b4ba753c56b67ae1b). First
// run (2026-12-05, main 4b9675a): quotes P 0.792 R 0.655 F1 0.717 (19/29
// required, 5 wrong), speaker 18/19, direct 19/19; events P 0.167 R 0.091
// F1 0.118 (1/11 required, 5 wrong), type only F1 0.250; no matched event
// with a gold place or date; source 8/13, amounts 11/12. After two events
// were corrected to the sets' readings (a sentence passed is ACCUSE, an
// instruction with доручив an optional REQUEST), SHA-256
// cfb82f99de50bfc4335b3b84a43c3aa8bc8e20dcecb1472814199fa3f573dc7c, the
// first run's tree gives events P 0.286 R 0.200 F1 0.235 (2/10, 5 wrong),
// type only F1 0.375. After the fixes (session 36, helper h36e,
// constructions_s36e_test.go; against the corrected gold): quotes P 0.875
// R 0.724 F1 0.792 (21/29, 3 wrong), speaker 20/21, direct 21/21; events
// P 0.556 R 0.500 F1 0.526 (5/10, 4 wrong), type only F1 0.667; place
// 0/2 matched events with a gold place; source 8/13, amounts 12/12. The
// floors sit just under that; the set is small: one event moves event
// recall by 0.1.
const (
	press14QuoteF1 = 0.77
	press14Speaker = 0.93
	press14Direct  = 0.95
	press14EventF1 = 0.50
	press14TypeF1  = 0.64
	press14Place   = 0
	press14Date    = 0
	press14Source  = 0.60
	press14Amounts = 0.95
)
