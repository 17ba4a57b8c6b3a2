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
// First run (2026-12-07, session 49, on fa7c65f: session 48's code; gold
// SHA-256 9395bee5…, written before it): quotes P 0.970 R 0.955 F1 0.962,
// speaker 64/64, direct 64/64; events P 0.966 R 0.667 F1 0.789, type only
// F1 0.828 (AID 33/57: the social desk's aid forms, the blind sets' most
// missed type); place 3/9, date 12/19, source 20/24, amounts 36/36. The
// floors sit about 0.05 under it. After session 49's fixes read from its
// errors (helper h49b: aid bought with a donor's money, goods and money
// received from a named giver, grants given, relief brought, bought for
// someone): events P 0.971 R 0.762 F1 0.854, type only F1 0.889, AID
// 41/57; the event floors sit under that.
const (
	news65QuoteF1 = 0.91
	news65Speaker = 0.95
	news65Direct  = 0.95
	news65EventF1 = 0.80
	news65TypeF1  = 0.84
	news65Place   = 0.2
	news65Date    = 0.55
	news65Source  = 0.78
	news65Amounts = 0.95
)
