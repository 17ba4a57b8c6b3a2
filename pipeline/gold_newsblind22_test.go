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

// Floors: set by the lead after the first run.
const (
	newsBlind22QuoteF1 = 0
	newsBlind22Speaker = 0
	newsBlind22Direct  = 0
	newsBlind22EventF1 = 0
	newsBlind22TypeF1  = 0
	newsBlind22Place   = 0
	newsBlind22Date    = 0
	newsBlind22Source  = 0
	newsBlind22Amounts = 0
)
