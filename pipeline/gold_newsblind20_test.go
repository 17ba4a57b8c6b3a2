package pipeline_test

import "testing"

// TestNewsBlind20QuotesEvents scores the twentieth news-blind gold
// (testdata/gold/newsblind20.jsonl): 12 texts of our own
// (testdata/newsblind20), the social and humanitarian desk in wartime, each
// on another topic and in another outlet's manner: an evacuation of families
// and children, UN and Red Cross aid, a donor's grant for IDP housing, the
// return of deported children, a prisoner exchange, a new social payment, a
// hospital rebuilt after a strike, a charity's fundraising for ambulances,
// a veterans' programme disputed, humanitarian demining and water restored,
// underground schools, a medicine shortage. Written by an AI helper of
// session 49 who read no code and ran nothing; blind: no one may read it to
// tune the engine, so -gold.errors logs nothing for it.
func TestNewsBlind20QuotesEvents(t *testing.T) {
	runGold(t, "newsblind20.jsonl", "newsblind20 gold", false, goldFloors{newsBlind20QuoteF1, newsBlind20Speaker, newsBlind20Direct, newsBlind20EventF1, newsBlind20TypeF1}, &newsFloors{newsBlind20Place, newsBlind20Date, newsBlind20Source, newsBlind20Amounts})
}

// Floors for TestNewsBlind20QuotesEvents.
// Floors: set by the lead after the first run.
const (
	newsBlind20QuoteF1 = 0
	newsBlind20Speaker = 0
	newsBlind20Direct  = 0
	newsBlind20EventF1 = 0
	newsBlind20TypeF1  = 0
	newsBlind20Place   = 0
	newsBlind20Date    = 0
	newsBlind20Source  = 0
	newsBlind20Amounts = 0
)
