package pipeline_test

import "testing"

// TestNewsBlind32QuotesEvents scores the thirty-second news-blind gold
// (testdata/gold/newsblind32.jsonl): cyber attacks and defence (the State
// Service of Special Communications and CERT-UA, the SBU's cyber
// department, hacker groups, an energy company, a bank and mobile
// operators hit, EU sanctions for cyber attacks, the NATO cyber defence
// centre in Tallinn), technology and the digital state (the Ministry of
// Digital Transformation and its minister, Diia, a telecom operator's
// outage and its regulator, Starlink terminals, drone makers and the
// Brave1 cluster, an IT association, a foreign tech company's grant) and
// international organisations (the UN Security Council's veto, the
// Secretary-General and OCHA, UN agencies and the Red Cross in the Kherson
// region, the IAEA at the Zaporizhzhia plant, the International Criminal
// Court's warrants, the Council of Europe's Parliamentary Assembly and
// its claims commission).
// Floors: set by the lead after the first run (session 55's code with
// session 56's first commits, c2a5ab9c: quotes 0.993, speaker 67/68,
// events 0.835 (recall 0.755), type only 0.820, place 6/11, date 11/17,
// source 23/24, amounts 24/24), about 0.05 under it; place and date one
// item under.
func TestNewsBlind32QuotesEvents(t *testing.T) {
	runGold(t, "newsblind32.jsonl", "newsblind32 gold", false, goldFloors{newsBlind32QuoteF1, newsBlind32Speaker, newsBlind32Direct, newsBlind32EventF1, newsBlind32TypeF1}, &newsFloors{newsBlind32Place, newsBlind32Date, newsBlind32Source, newsBlind32Amounts})
}

const (
	newsBlind32QuoteF1 = 0.94
	newsBlind32Speaker = 0.93
	newsBlind32Direct  = 0.95
	newsBlind32EventF1 = 0.78
	newsBlind32TypeF1  = 0.77
	newsBlind32Place   = 0.45
	newsBlind32Date    = 0.58
	newsBlind32Source  = 0.90
	newsBlind32Amounts = 0.95
)
