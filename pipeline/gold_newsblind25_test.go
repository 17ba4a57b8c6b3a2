package pipeline_test

import "testing"

// TestNewsBlind25QuotesEvents scores the twenty-fifth news-blind gold
// (testdata/gold/newsblind25.jsonl): the courts and parliament desk —
// charges, custody and bail, verdicts, appeals and extradition, the
// anti-corruption court, prosecutors and lawyers quoted; votes on bills, a
// committee hearing, a minister questioned, a bill sent back, resolutions
// and appeals of the parliament to foreign parliaments.
// Floors: set by the lead after the first run (session 52's code,
// a18b74a9: quotes F1 0.955, speaker 1.000, direct 0.968, events P 0.934
// R 0.868 F1 0.900, type only 0.868, place 1/2, date 9/17, source 19/23,
// amounts 27/27), about 0.05 under.
func TestNewsBlind25QuotesEvents(t *testing.T) {
	runGold(t, "newsblind25.jsonl", "newsblind25 gold", false, goldFloors{newsBlind25QuoteF1, newsBlind25Speaker, newsBlind25Direct, newsBlind25EventF1, newsBlind25TypeF1}, &newsFloors{newsBlind25Place, newsBlind25Date, newsBlind25Source, newsBlind25Amounts})
}

const (
	newsBlind25QuoteF1 = 0.90
	newsBlind25Speaker = 0.95
	newsBlind25Direct  = 0.91
	newsBlind25EventF1 = 0.85
	newsBlind25TypeF1  = 0.81
	newsBlind25Place   = 0.45
	newsBlind25Date    = 0.48
	newsBlind25Source  = 0.77
	newsBlind25Amounts = 0.95
)
