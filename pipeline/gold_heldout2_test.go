package pipeline_test

import "testing"

// TestHeldOut2QuotesEvents scores the second held-out gold
// (testdata/gold/heldout2.jsonl, 20 NER-UK training documents, 13 ng/ and
// 7 bruk/, annotated blind from the texts alone before the extractors were
// run on them). It is for reporting only: like TestHeldOutQuotesEvents it
// logs aggregate numbers and never its individual errors (studied=false),
// so that nobody tunes on it.
func TestHeldOut2QuotesEvents(t *testing.T) {
	runGold(t, "heldout2.jsonl", "held-out 2 gold", false, goldFloors{heldOut2QuoteF1, heldOut2Speaker, heldOut2Direct, heldOut2EventF1, heldOut2TypeF1}, nil)
}

// Floors for TestHeldOut2QuotesEvents, a little below (measured minus
// about 0.05, rounded down to 0.05) the values of the one blind run on
// 2026-12-02 at commit 7f71f6d and the working tree: quotes P 0.881
// R 0.735 F1 0.801, speaker 32/36 = 0.889, direct 36/36 = 1.000; events
// P 0.630 R 0.429 F1 0.510, type only P 0.600 R 0.429 F1 0.500 (see
// testdata/gold/README.md). They only guard against a slide: never tune
// to this set.
const (
	heldOut2QuoteF1 = 0.75
	heldOut2Speaker = 0.80
	heldOut2Direct  = 0.95
	heldOut2EventF1 = 0.45
	heldOut2TypeF1  = 0.45
)
