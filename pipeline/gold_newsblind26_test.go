package pipeline_test

import "testing"

// TestNewsBlind26QuotesEvents scores the twenty-sixth news-blind gold
// (testdata/gold/newsblind26.jsonl): the defence industry and procurement
// (joint ventures, contracts, deliveries, audits), the diaspora and consular
// work (communities abroad, consuls, rallies abroad), prisoner exchanges and
// the occupied territories, and the economy of small towns and hromadas
// (investors, budgets, plants opening and closing, grants, repairs).
// Floors: set by the lead after the first run (session 52's code,
// a18b74a9: quotes F1 0.980, speaker 1.000, direct 1.000, events P 0.962
// R 0.746 F1 0.840, type only 0.855, place 7/13, date 10/16, source
// 18/20, amounts 29/30), about 0.05 under.
func TestNewsBlind26QuotesEvents(t *testing.T) {
	runGold(t, "newsblind26.jsonl", "newsblind26 gold", false, goldFloors{newsBlind26QuoteF1, newsBlind26Speaker, newsBlind26Direct, newsBlind26EventF1, newsBlind26TypeF1}, &newsFloors{newsBlind26Place, newsBlind26Date, newsBlind26Source, newsBlind26Amounts})
}

const (
	newsBlind26QuoteF1 = 0.93
	newsBlind26Speaker = 0.95
	newsBlind26Direct  = 0.95
	newsBlind26EventF1 = 0.79
	newsBlind26TypeF1  = 0.80
	newsBlind26Place   = 0.48
	newsBlind26Date    = 0.57
	newsBlind26Source  = 0.85
	newsBlind26Amounts = 0.91
)
