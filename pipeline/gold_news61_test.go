package pipeline_test

import "testing"

// TestNews61QuotesEvents scores the sixty-first news gold
// (testdata/gold/news61.jsonl): 12 texts of our own (testdata/news61), the
// regional desk of several Ukrainian outlets: an oblast military
// administration's head in a frontline town, a city council's allotment to a
// heating firm, an arson suspect detained and a court's bail, a night
// shelling and the repairs, a twinning agreement, a picket against a
// landfill, an underground school opened with a minister, a road repair
// embezzlement case, a water tariff rise refused, a fund's tractors for
// farmers, a mayor dismissed by the council, an interview with a hromada
// head. Datelines, source lines, closing credits, photo credits, quotes
// before and after their attribution and over paragraphs, dash-opened
// paragraphs, relative dates; annotated before the extractors were run on
// them; -gold.errors logs every error.
func TestNews61QuotesEvents(t *testing.T) {
	runGold(t, "news61.jsonl", "news61 gold", true, goldFloors{news61QuoteF1, news61Speaker, news61Direct, news61EventF1, news61TypeF1}, &newsFloors{news61Place, news61Date, news61Source, news61Amounts})
}

// Floors for TestNews61QuotesEvents.
// Floors: set by the lead after the first run.
const (
	news61QuoteF1 = 0
	news61Speaker = 0
	news61Direct  = 0
	news61EventF1 = 0
	news61TypeF1  = 0
	news61Place   = 0
	news61Date    = 0
	news61Source  = 0
	news61Amounts = 0
)
