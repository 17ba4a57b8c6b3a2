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
// Floors: set by the lead after the first run.
func TestNewsBlind32QuotesEvents(t *testing.T) {
	runGold(t, "newsblind32.jsonl", "newsblind32 gold", false, goldFloors{newsBlind32QuoteF1, newsBlind32Speaker, newsBlind32Direct, newsBlind32EventF1, newsBlind32TypeF1}, &newsFloors{newsBlind32Place, newsBlind32Date, newsBlind32Source, newsBlind32Amounts})
}

const (
	newsBlind32QuoteF1 = 0
	newsBlind32Speaker = 0
	newsBlind32Direct  = 0
	newsBlind32EventF1 = 0
	newsBlind32TypeF1  = 0
	newsBlind32Place   = 0
	newsBlind32Date    = 0
	newsBlind32Source  = 0
	newsBlind32Amounts = 0
)
