package pipeline_test

import "testing"

// TestNewsBlind35QuotesEvents scores the thirty-fifth blind news gold
// (testdata/gold/newsblind35.jsonl): 20 short news-agency flashes of our
// own (testdata/newsblind35) across every desk, in the terse wire style of
// Укрінформ, УНІАН, Інтерфакс-Україна, РБК-Україна and Суспільне: talks of
// the Ukrainian and Finnish foreign ministers in Kyiv, a Ukrainian-Moldovan
// agreement on joint border control, a night drone attack on Odesa, a
// prisoner exchange, the central bank's key rate, an EU tranche under the
// Ukraine Facility, pension indexation, an anti-corruption court's verdict
// on a former regional official, teenagers detained in Kyiv for arson on
// Russian orders, power cut schedules and equipment from Germany, a
// Naftogaz–Orlen LNG agreement, a Ukrainian film's prize in Tallinn, an
// icon stolen from a Lviv museum returned by Poland, Shakhtar against Legia
// in the Conference League, a Ukrainian swimmer's European title, a forced
// evacuation of families from Kharkiv-oblast villages, Lviv city council's
// money for school shelters, the IAEA on a blackout at the Zaporizhzhia
// plant, the UN monitoring mission's civilian toll, the EU Council's
// sanctions extended. Blind: written by an AI helper (session 58) who read
// no extractor code and ran nothing; -gold.errors logs every error.
func TestNewsBlind35QuotesEvents(t *testing.T) {
	runGold(t, "newsblind35.jsonl", "newsblind35 gold", true, goldFloors{newsBlind35QuoteF1, newsBlind35Speaker, newsBlind35Direct, newsBlind35EventF1, newsBlind35TypeF1}, &newsFloors{newsBlind35Place, newsBlind35Date, newsBlind35Source, newsBlind35Amounts})
}

// Floors for TestNewsBlind35QuotesEvents: all 0 until the lead's first run
// sets them (gold written before any run).
const (
	newsBlind35QuoteF1 = 0.0
	newsBlind35Speaker = 0.0
	newsBlind35Direct  = 0.0
	newsBlind35EventF1 = 0.0
	newsBlind35TypeF1  = 0.0
	newsBlind35Place   = 0.0
	newsBlind35Date    = 0.0
	newsBlind35Source  = 0.0
	newsBlind35Amounts = 0.0
)
