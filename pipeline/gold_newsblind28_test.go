package pipeline_test

import "testing"

// TestNewsBlind28QuotesEvents scores the twenty-eighth news-blind gold
// (testdata/gold/newsblind28.jsonl): transport and infrastructure (railways
// and Ukrzaliznytsia, bridges rebuilt by the Restoration Agency, Danube
// ports and the grain corridor, airports, energy repairs after strikes),
// the front line day by day (the General Staff's and brigades' reports,
// shelling of frontline towns, evacuations, regional military
// administrations' heads, drones downed) and the occupied territories
// (sham elections and passports, deported children, collaborators charged,
// the ombudsman and the Reintegration Ministry).
// Floors: set by the lead after the first run (session 53's code,
// f1c4691c: quotes F1 0.994, speaker 1.000, direct 1.000, events P 0.879
// R 0.790 F1 0.832, type only 0.855, place 7/9, date 16/16, source
// 27/29, amounts 15/16), about 0.05 under; the date floor 0.85, as one
// more matched event with a gold date (16/17) is 0.06 under 16/16, and
// the place floor 0.65, one item under 7/10.
func TestNewsBlind28QuotesEvents(t *testing.T) {
	runGold(t, "newsblind28.jsonl", "newsblind28 gold", false, goldFloors{newsBlind28QuoteF1, newsBlind28Speaker, newsBlind28Direct, newsBlind28EventF1, newsBlind28TypeF1}, &newsFloors{newsBlind28Place, newsBlind28Date, newsBlind28Source, newsBlind28Amounts})
}

const (
	newsBlind28QuoteF1 = 0.94
	newsBlind28Speaker = 0.95
	newsBlind28Direct  = 0.95
	newsBlind28EventF1 = 0.78
	newsBlind28TypeF1  = 0.80
	newsBlind28Place   = 0.65
	newsBlind28Date    = 0.85
	newsBlind28Source  = 0.88
	newsBlind28Amounts = 0.88
)
