package pipeline_test

import "testing"

// TestNews63QuotesEvents scores the sixty-third news gold
// (testdata/gold/news63.jsonl): 12 texts of our own (testdata/news63), the
// economy and business desk of several outlets, each on another topic: war
// bonds and a Japanese grant, a state bank's loans to farmers, locomotives
// bought on a loan, a regulator's fine appealed in court, a steel plant
// stopped by a strike, a retailer's expansion and a rival's lawsuit, lease
// auctions and a deputy's accusation, an electricity import record and
// outage warnings, EU quotas and a border protest, an investment
// arbitration, an IT company's funding round, an interview with a bank's
// CEO. Datelines, source lines, Джерело and photo credits, quotes before
// and after their attribution and over paragraphs, relative dates, amounts
// with bounds and ranges; annotated before the extractors were run on them;
// -gold.errors logs every error.
func TestNews63QuotesEvents(t *testing.T) {
	runGold(t, "news63.jsonl", "news63 gold", true, goldFloors{news63QuoteF1, news63Speaker, news63Direct, news63EventF1, news63TypeF1}, &newsFloors{news63Place, news63Date, news63Source, news63Amounts})
}

// Floors for TestNews63QuotesEvents.
// Floors: set by the lead after the first run.
const (
	news63QuoteF1 = 0
	news63Speaker = 0
	news63Direct  = 0
	news63EventF1 = 0
	news63TypeF1  = 0
	news63Place   = 0
	news63Date    = 0
	news63Source  = 0
	news63Amounts = 0
)
