package pipeline_test

import "testing"

// TestNewsBlind12QuotesEvents scores the twelfth blind news gold
// (testdata/gold/newsblind12.jsonl): 12 texts (265–419 words) of
// regional and local news in the manner of regional outlets and the
// regional desks of national ones: a city council's budget and a
// rejected petition, a twinning agreement, a regional head meeting an
// ambassador and aid handed over, a night shelling and the repairs, a
// detention over a bribe, a residents' protest against a developer, a
// hospital's equipment from a partner city, a court cancelling a land
// decision on the prosecutors' suit, a charity's aid to a brigade, a
// utility and a power company blaming each other, the prime minister's
// visit to a region, and a concert cancelled over a singer's show in
// occupied Crimea. Written and annotated in session 40 by a helper that
// read no extractor code and ran nothing. It is for reporting only: it
// logs the aggregate table and never an individual error (-gold.errors
// does nothing here), so that nobody tunes on it.
func TestNewsBlind12QuotesEvents(t *testing.T) {
	runGold(t, "newsblind12.jsonl", "news-blind12 gold", false, goldFloors{newsBlind12QuoteF1, newsBlind12Speaker, newsBlind12Direct, newsBlind12EventF1, newsBlind12TypeF1}, &newsFloors{newsBlind12Place, newsBlind12Date, newsBlind12Source, newsBlind12Amounts})
}

// Floors for TestNewsBlind12QuotesEvents, about 0.05 below its first
// blind run (2026-12-06, session 40, on 66f0de1, two rules after the
// session's start; gold written before the extractors ever saw the
// texts, SHA-256 667defe7… as written, 8b83a614… after three bounds
// `at_least`, a name the amount contract does not have, were mapped to
// `more_than` by sed, unread), rounded down to steps of 0.05: quotes P
// 0.977 R 0.966 F1 0.971, speaker 84/85, direct 85/85; events P 0.899 R
// 0.650 F1 0.754, type only F1 0.797; place 10/23, date 21/31, source
// 28/38, amounts 38/39. They only guard against a slide.
const (
	newsBlind12QuoteF1 = 0.90
	newsBlind12Speaker = 0.90
	newsBlind12Direct  = 0.95
	newsBlind12EventF1 = 0.70
	newsBlind12TypeF1  = 0.70
	newsBlind12Place   = 0.35
	newsBlind12Date    = 0.60
	newsBlind12Source  = 0.65
	newsBlind12Amounts = 0.90
)
