package pipeline_test

import "testing"

// TestNewsBlind25QuotesEvents scores the twenty-fifth news-blind gold
// (testdata/gold/newsblind25.jsonl): the courts and parliament desk —
// charges, custody and bail, verdicts, appeals and extradition, the
// anti-corruption court, prosecutors and lawyers quoted; votes on bills, a
// committee hearing, a minister questioned, a bill sent back, resolutions
// and appeals of the parliament to foreign parliaments.
// Floors: set by the lead after the first run.
func TestNewsBlind25QuotesEvents(t *testing.T) {
	runGold(t, "newsblind25.jsonl", "newsblind25 gold", false, goldFloors{newsBlind25QuoteF1, newsBlind25Speaker, newsBlind25Direct, newsBlind25EventF1, newsBlind25TypeF1}, &newsFloors{newsBlind25Place, newsBlind25Date, newsBlind25Source, newsBlind25Amounts})
}

const (
	newsBlind25QuoteF1 = 0
	newsBlind25Speaker = 0
	newsBlind25Direct  = 0
	newsBlind25EventF1 = 0
	newsBlind25TypeF1  = 0
	newsBlind25Place   = 0
	newsBlind25Date    = 0
	newsBlind25Source  = 0
	newsBlind25Amounts = 0
)
