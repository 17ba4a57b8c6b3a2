package pipeline_test

import "testing"

// TestNews25QuotesEvents scores the twenty-fifth news gold
// (testdata/gold/news25.jsonl): 12 texts of our own in the style of Ukrainian
// regional papers and city sites (testdata/news25): a picket over a landfill,
// a village school closed, a stolen tractor found, a house fire, an ambulance
// from a twin town, a community budget vote, a bus route lost, a court fining
// a driver, a community head's road report, volunteers' aid to a brigade, a
// wage cut and a strike threat, and a book presented at a library, annotated
// before the extractors were run on them; -gold.errors logs every error.
func TestNews25QuotesEvents(t *testing.T) {
	runGold(t, "news25.jsonl", "news25 gold", true, goldFloors{news25QuoteF1, news25Speaker, news25Direct, news25EventF1, news25TypeF1}, &newsFloors{news25Place, news25Date, news25Source, news25Amounts})
}

// Floors for TestNews25QuotesEvents. First run (2026-12-04, commit 5743dd3,
// gold written before it, SHA-256 0f439194…): quotes P 0.968 R 0.923 F1
// 0.945, speaker 59/60, direct 60/60; events P 0.833 R 0.690 F1 0.755, type
// only F1 0.808; place 0/2, date 1/3, source 12/12, amounts 21/21. The
// floors sit about 0.05 below the first run (place at 0). Raised after the
// fixes of the same day (quotes F1 0.992, speaker 65/65, direct 65/65;
// events F1 0.929, type only F1 0.931; date 2/4): about 0.05 below those.
// Session 21 (helper h20, the court's `також зобов'язав` kept beside the
// headline's fine): events F1 0.948, type only F1 0.949; the two floors raised by 0.02.
const (
	news25QuoteF1 = 0.94
	news25Speaker = 0.95
	news25Direct  = 0.95
	news25EventF1 = 0.89
	news25TypeF1  = 0.90
	news25Place   = 0
	news25Date    = 0.45
	news25Source  = 0.95
	news25Amounts = 0.95
)
