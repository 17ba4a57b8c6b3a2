package pipeline_test

import "testing"

// TestNewsBlind26QuotesEvents scores the twenty-sixth news-blind gold
// (testdata/gold/newsblind26.jsonl): the defence industry and procurement
// (joint ventures, contracts, deliveries, audits), the diaspora and consular
// work (communities abroad, consuls, rallies abroad), prisoner exchanges and
// the occupied territories, and the economy of small towns and hromadas
// (investors, budgets, plants opening and closing, grants, repairs).
// Floors: set by the lead after the first run.
func TestNewsBlind26QuotesEvents(t *testing.T) {
	runGold(t, "newsblind26.jsonl", "newsblind26 gold", false, goldFloors{newsBlind26QuoteF1, newsBlind26Speaker, newsBlind26Direct, newsBlind26EventF1, newsBlind26TypeF1}, &newsFloors{newsBlind26Place, newsBlind26Date, newsBlind26Source, newsBlind26Amounts})
}

const (
	newsBlind26QuoteF1 = 0
	newsBlind26Speaker = 0
	newsBlind26Direct  = 0
	newsBlind26EventF1 = 0
	newsBlind26TypeF1  = 0
	newsBlind26Place   = 0
	newsBlind26Date    = 0
	newsBlind26Source  = 0
	newsBlind26Amounts = 0
)
