package pipeline_test

import "testing"

// TestNews64QuotesEvents scores the sixty-fourth news gold
// (testdata/gold/news64.jsonl): 12 texts of our own (testdata/news64) of the
// war and world desk, dense in the rarer event types: threats, releases,
// exchanges and withdrawals, deployments and mobilisation, aid deliveries and
// pledges, concessions and cooperation, coercion. Datelines, source lines
// with a cited source, closing credits, photo credits, quotes before and
// after their attribution and over paragraphs, relative dates, acts told by
// nouns, passives, participles, in the future and negated; annotated before
// the extractors were run on them; studied; -gold.errors logs every error.
func TestNews64QuotesEvents(t *testing.T) {
	runGold(t, "news64.jsonl", "news64 gold", true, goldFloors{news64QuoteF1, news64Speaker, news64Direct, news64EventF1, news64TypeF1}, &newsFloors{news64Place, news64Date, news64Source, news64Amounts})
}

// Floors for TestNews64QuotesEvents.
// Floors: set by the lead after the first run.
const (
	news64QuoteF1 = 0
	news64Speaker = 0
	news64Direct  = 0
	news64EventF1 = 0
	news64TypeF1  = 0
	news64Place   = 0
	news64Date    = 0
	news64Source  = 0
	news64Amounts = 0
)
