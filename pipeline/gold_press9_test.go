package pipeline_test

import "testing"

// TestPress9QuotesEvents scores the ninth press gold
// (testdata/gold/press9.jsonl): 12 news reports and features of the BRUK
// corpus that no other gold set uses, taken by a fixed rule (see the gold
// README), annotated from the texts alone before the extractors were run
// on them. The texts are rebuilt from the tokens of the shared
// bruk/train.tsv (see readBrukTexts); it is a studied set, so -gold.errors
// logs every error.
func TestPress9QuotesEvents(t *testing.T) {
	runGold(t, "press9.jsonl", "press9 gold", true, goldFloors{press9QuoteF1, press9Speaker, press9Direct, press9EventF1, press9TypeF1}, &newsFloors{press9Place, press9Date, press9Source, press9Amounts})
}

// Floors for TestPress9QuotesEvents, a little below the numbers after the
// fixes (gold written before the extractors saw the texts, SHA-256
// c29dbb074a83fb7634437c07c739695197d437d98cb73736aea283f167ce9b8e).
// First run (2026-12-04, the tree of main m3): quotes P 0.943 R 0.846 F1
// 0.892 (33/39 required, 2 wrong), speaker 32/33, direct 33/33; events
// 0/1 required, 3 wrong; source 13/14, amounts 21/21. After the fixes
// (session 23, helper h2, constructions_s23h2b_test.go): quotes P 0.946 R
// 0.897 F1 0.921 (35/39, 2 wrong), speaker 33/35, direct 35/35; events
// 0/1 required, 2 wrong (the one required event is two bodies organising
// an event together, a COOPERATE the other golds do not annotate: no
// event floor); source 14/14, amounts 21/21.
const (
	press9QuoteF1 = 0.89
	press9Speaker = 0.90
	press9Direct  = 0.95
	press9EventF1 = 0
	press9TypeF1  = 0
	press9Place   = 0
	press9Date    = 0
	press9Source  = 0.95
	press9Amounts = 0.95
)
