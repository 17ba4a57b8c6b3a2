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
// First run (2026-12-07, session 49, on 05aed19: session 48's code; gold
// SHA-256 51d74bcc…, written before it): quotes P 0.962 R 0.974 F1 0.968,
// speaker 75/75, direct 75/75; events P 0.893 R 0.670 F1 0.766, type only
// F1 0.802 (MOBILIZE 7/17, THREATEN 5/11, AID 11/15, RETREAT 5/8 the most
// missed: the blind sets' profile); place 8/14, date 13/16, source 27/30,
// amounts 20/21. After the lead's two corrections to settled conventions
// (gold README) and session 49's fixes read from its errors (helpers h49h
// THREATEN/RETREAT/MOBILIZE, h49a AGREE/CONCEDE/AID): events P 0.946
// R 0.868 F1 0.905, type only F1 0.926 (MOBILIZE 13/17, THREATEN 10/11,
// RETREAT 8/8, AID 12/15), place 14/22, date 16/21. The floors sit about
// 0.05 under the first run for quotes and under the end for events.
const (
	news64QuoteF1 = 0.91
	news64Speaker = 0.95
	news64Direct  = 0.95
	news64EventF1 = 0.85
	news64TypeF1  = 0.87
	news64Place   = 0.5
	news64Date    = 0.7
	news64Source  = 0.85
	news64Amounts = 0.9
)
