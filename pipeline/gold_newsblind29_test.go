package pipeline_test

import "testing"

// TestNewsBlind29QuotesEvents scores the twenty-ninth news-blind gold
// (testdata/gold/newsblind29.jsonl): the economy and finance desk in depth
// (the National Bank's key rate, inflation, the hryvnia's rate and
// reserves; a state bank's results and a bank withdrawn from the market;
// the state budget, the parliament's budget committee, IMF tranches, EU,
// World Bank and Japanese money and bonds; taxes, customs and a smuggling
// case; food and fuel prices, the energy regulator and the competition
// body; grain exports; a privatisation auction and a supervisory board).
// Floors: set by the lead after the first run.
func TestNewsBlind29QuotesEvents(t *testing.T) {
	runGold(t, "newsblind29.jsonl", "newsblind29 gold", false, goldFloors{newsBlind29QuoteF1, newsBlind29Speaker, newsBlind29Direct, newsBlind29EventF1, newsBlind29TypeF1}, &newsFloors{newsBlind29Place, newsBlind29Date, newsBlind29Source, newsBlind29Amounts})
}

const (
	newsBlind29QuoteF1 = 0
	newsBlind29Speaker = 0
	newsBlind29Direct  = 0
	newsBlind29EventF1 = 0
	newsBlind29TypeF1  = 0
	newsBlind29Place   = 0
	newsBlind29Date    = 0
	newsBlind29Source  = 0
	newsBlind29Amounts = 0
)
