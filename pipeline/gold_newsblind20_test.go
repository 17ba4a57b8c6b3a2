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
// Floors, about 0.05 under the first run (2026-12-07, session 49, main
// at d57c5db with the set, session 48's code; gold SHA-256 0e790fcb…):
// quotes P 0.976 R 0.976 F1 0.976, speaker 79/80, direct 80/80, events
// P 0.939 R 0.580 F1 0.717, type only F1 0.723, place 2/5, date 4/6,
// source 25/26, amounts 31/31 (place and date lower still: five and six
// events, one miss is 0.2).
const (
	newsBlind20QuoteF1 = 0.92
	newsBlind20Speaker = 0.93
	newsBlind20Direct  = 0.95
	newsBlind20EventF1 = 0.66
	newsBlind20TypeF1  = 0.67
	newsBlind20Place   = 0.2
	newsBlind20Date    = 0.5
	newsBlind20Source  = 0.9
	newsBlind20Amounts = 0.95
)
