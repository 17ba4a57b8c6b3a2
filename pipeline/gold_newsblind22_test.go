package pipeline_test

import "testing"

// TestNewsBlind22QuotesEvents scores the twenty-second news-blind gold
// (testdata/gold/newsblind22.jsonl): 12 texts of our own (testdata/newsblind22)
// from the science, technology, health and education desk, each in another
// outlet's manner: НМТ registration and a teachers' union's protest, students
// against a university merger, a CT scanner from Japan for a regional
// hospital, a measles epidemic with WHO's call and vaccines delivered, a
// medicines procurement suspect's bail, the Academy of Sciences' budget and
// an Antarctic expedition, a cyberattack on a Diia contractor, a defence-tech
// start-up's round, a regulator's fine on a mobile operator, a veterans'
// rehabilitation centre and Canadian prostheses, an underground school and
// laptops, an emergency-care reform vote and a call for a minister's
// dismissal. Written and annotated before the extractors were run on them;
// blind: studied is false, so no error is logged.
func TestNewsBlind22QuotesEvents(t *testing.T) {
	runGold(t, "newsblind22.jsonl", "newsblind22 gold", false, goldFloors{newsBlind22QuoteF1, newsBlind22Speaker, newsBlind22Direct, newsBlind22EventF1, newsBlind22TypeF1}, &newsFloors{newsBlind22Place, newsBlind22Date, newsBlind22Source, newsBlind22Amounts})
}

// Floors for TestNewsBlind22QuotesEvents (gold SHA-256 a13c16a3…).
// Floors: the first run (session 51, on session 50's code) gave quotes
// F1 0.993, speaker 71/71, direct 71/71, events P 0.911 R 0.951 F1 0.931,
// type only F1 0.918, place 4/5, date 15/20, source 26/27, amounts 26/28;
// the floors sit about 0.05 under it (place and date lower: few events
// carry them, and one loss moves place by 0.2).
const (
	newsBlind22QuoteF1 = 0.94
	newsBlind22Speaker = 0.95
	newsBlind22Direct  = 0.95
	newsBlind22EventF1 = 0.88
	newsBlind22TypeF1  = 0.86
	newsBlind22Place   = 0.55
	newsBlind22Date    = 0.65
	newsBlind22Source  = 0.91
	newsBlind22Amounts = 0.88
)
