package pipeline_test

import "testing"

// TestNewsBlind10QuotesEvents scores the tenth blind news gold
// (testdata/gold/newsblind10.jsonl): 12 long texts (368–477 words) in the
// style of Ukrainian agencies, Ukrinform first: five on diplomacy modelled
// on the reference article's kind (two-day visits to Kyiv and abroad, a
// loan signed in Tokyo, a president in the Odesa region, a security
// conference), two war reports (a combined strike on several regions,
// bombs and drones on two cities), matching sanctions and Moscow's reply,
// a government's reconstruction programme with a grant, a UN General
// Assembly resolution, an anti-corruption case in a regional court, and
// aid from a foreign city and company. Written and annotated in session
// 38 by a helper that read no extractor code and ran nothing. It is for
// reporting only: it logs the aggregate table and never an individual
// error (-gold.errors does nothing here), so that nobody tunes on it.
func TestNewsBlind10QuotesEvents(t *testing.T) {
	runGold(t, "newsblind10.jsonl", "news-blind10 gold", false, goldFloors{newsBlind10QuoteF1, newsBlind10Speaker, newsBlind10Direct, newsBlind10EventF1, newsBlind10TypeF1}, &newsFloors{newsBlind10Place, newsBlind10Date, newsBlind10Source, newsBlind10Amounts})
}

// Floors for TestNewsBlind10QuotesEvents: set after its first run.
const (
	newsBlind10QuoteF1 = 0
	newsBlind10Speaker = 0
	newsBlind10Direct  = 0
	newsBlind10EventF1 = 0
	newsBlind10TypeF1  = 0
	newsBlind10Place   = 0
	newsBlind10Date    = 0
	newsBlind10Source  = 0
	newsBlind10Amounts = 0
)
