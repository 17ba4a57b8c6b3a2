package pipeline_test

import "testing"

// TestNewsBlind21QuotesEvents scores the twenty-first news-blind gold
// (testdata/gold/newsblind21.jsonl): 12 texts of our own
// (testdata/newsblind21) from the city and regional desk, with culture and
// sport: a city council's budget and drone programme, new trams on a
// foreign bank's loan, a city and the grid company quarrelling over outage
// schedules, bail for a deputy mayor suspected by NABU, a twin town's visit
// and aid, residents' protest against a construction and a court's ban,
// streets renamed and a bust removed, artefacts returned to a museum, a
// fencing federation admitting Russians, a football club's donation to a
// hospital, a school shelter opened with a donor's envoy, a commemoration
// with a foreign ambassador. Datelines, source lines and photo credits,
// residents by first name, quotes before and after their attribution,
// relative dates; annotated before the extractors were run on them. The
// set is blind: it is never studied, and it logs no errors.
func TestNewsBlind21QuotesEvents(t *testing.T) {
	runGold(t, "newsblind21.jsonl", "newsblind21 gold", false, goldFloors{newsBlind21QuoteF1, newsBlind21Speaker, newsBlind21Direct, newsBlind21EventF1, newsBlind21TypeF1}, &newsFloors{newsBlind21Place, newsBlind21Date, newsBlind21Source, newsBlind21Amounts})
}

// Floors for TestNewsBlind21QuotesEvents (gold SHA-256 aa8b0325…).
// Floors: set by the lead after the first run.
const (
	newsBlind21QuoteF1 = 0
	newsBlind21Speaker = 0
	newsBlind21Direct  = 0
	newsBlind21EventF1 = 0
	newsBlind21TypeF1  = 0
	newsBlind21Place   = 0
	newsBlind21Date    = 0
	newsBlind21Source  = 0
	newsBlind21Amounts = 0
)
