package pipeline_test

import "testing"

// TestNewsBlind30QuotesEvents scores the thirtieth news-blind gold
// (testdata/gold/newsblind30.jsonl): sport in depth (national federations
// and the Sports Ministry, the National Olympic Committee, championships
// abroad, athletes, coaches and clubs quoted, transfers and fines, the
// boycott of Russian and Belarusian athletes, a sports hall rebuilt, a
// sponsor's deal), weather and disasters (floods, storms and power cuts,
// frost and heating points, forest fires in a heat wave, the State
// Emergency Service, the Hydrometeorological Centre's forecasts, help for
// the flooded, regions' heads quoted) and science and space (research
// grants and their funders, a university lab, the Academy of Sciences,
// the Antarctic station, a satellite built with a foreign partner, the
// State Space Agency, cooperation agreements).
// Floors: set by the lead after the first run.
func TestNewsBlind30QuotesEvents(t *testing.T) {
	runGold(t, "newsblind30.jsonl", "newsblind30 gold", false, goldFloors{newsBlind30QuoteF1, newsBlind30Speaker, newsBlind30Direct, newsBlind30EventF1, newsBlind30TypeF1}, &newsFloors{newsBlind30Place, newsBlind30Date, newsBlind30Source, newsBlind30Amounts})
}

const (
	newsBlind30QuoteF1 = 0
	newsBlind30Speaker = 0
	newsBlind30Direct  = 0
	newsBlind30EventF1 = 0
	newsBlind30TypeF1  = 0
	newsBlind30Place   = 0
	newsBlind30Date    = 0
	newsBlind30Source  = 0
	newsBlind30Amounts = 0
)
