package pipeline_test

import "testing"

// TestNews62QuotesEvents scores the sixty-second news gold
// (testdata/gold/news62.jsonl): 12 texts of our own (testdata/news62), the
// police, courts and emergencies desk of several outlets, each on another
// topic: a drunk driver's chase, a court's custody with bail for a
// commission head, a State Bureau of Investigation suspicion, a night fire
// and a rescue, a coach crash, collaboration and treason verdicts, a fraud
// ring exposed by the cyber police, a lost boy found, a detainee's death and
// the ombudsman's demand, smuggling at a border crossing, a mayor caught
// taking a bribe by NABU, an interview with a regional police chief.
// Datelines, source lines, Джерело:, photo credits, detentions told object
// first, quotes before and after their attribution and dash-opened
// paragraphs, relative dates; annotated before the extractors were run on
// them; -gold.errors logs every error.
func TestNews62QuotesEvents(t *testing.T) {
	runGold(t, "news62.jsonl", "news62 gold", true, goldFloors{news62QuoteF1, news62Speaker, news62Direct, news62EventF1, news62TypeF1}, &newsFloors{news62Place, news62Date, news62Source, news62Amounts})
}

// Floors for TestNews62QuotesEvents.
// Floors: set by the lead after the first run.
const (
	news62QuoteF1 = 0
	news62Speaker = 0
	news62Direct  = 0
	news62EventF1 = 0
	news62TypeF1  = 0
	news62Place   = 0
	news62Date    = 0
	news62Source  = 0
	news62Amounts = 0
)
