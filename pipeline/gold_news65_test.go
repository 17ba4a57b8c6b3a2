package pipeline_test

import "testing"

// TestNews65QuotesEvents scores the sixty-fifth news gold
// (testdata/gold/news65.jsonl): 12 texts of our own (testdata/news65) from
// the social, humanitarian and local-aid desk, dense in AID: a twinned
// Polish city's ambulances for Lutsk, an oblast administration's generators
// and Starlink terminals, World Bank money for displaced people's allowances
// and teachers' supplements, a city's charity drive for a brigade, food kits
// and firewood in frontline villages with a UN programme's cash aid cut, a
// CT scanner donated to a hospital, UN shelters in schools and cash
// assistance, a repair subvention for hromadas, water and medicines for a
// cut-off suburb, Danish money for a bridge and a boiler house, a
// rehabilitation centre built with German money and a blood drive, free
// legal and psychological help for soldiers' families. Aid told by verbs,
// nouns, passives and participles, the recipient first, the donor after
// від, за кошти, коштом, завдяки підтримці, за сприяння; pledges, aid
// inside programmes, aid suspended and refused. Studied: written by an AI
// helper (session 49) who read no code and ran nothing; -gold.errors logs
// every error.
func TestNews65QuotesEvents(t *testing.T) {
	runGold(t, "news65.jsonl", "news65 gold", true, goldFloors{news65QuoteF1, news65Speaker, news65Direct, news65EventF1, news65TypeF1}, &newsFloors{news65Place, news65Date, news65Source, news65Amounts})
}

// Floors for TestNews65QuotesEvents.
// Floors: set by the lead after the first run.
const (
	news65QuoteF1 = 0
	news65Speaker = 0
	news65Direct  = 0
	news65EventF1 = 0
	news65TypeF1  = 0
	news65Place   = 0
	news65Date    = 0
	news65Source  = 0
	news65Amounts = 0
)
