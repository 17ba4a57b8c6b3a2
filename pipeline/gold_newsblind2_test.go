package pipeline_test

import "testing"

// TestNewsBlind2QuotesEvents scores the second blind news gold
// (testdata/gold/newsblind2.jsonl): 16 longer agency-style texts
// (testdata/newsblind2) on diplomacy, war, sanctions, aid, courts, local
// government and protests, with an interview, written and annotated by
// the team before the extractors were ever run on them. It is for
// reporting only, like the held-out and first blind sets: it logs the
// aggregate table and never an individual error (-gold.errors does
// nothing here), so that nobody tunes on it.
func TestNewsBlind2QuotesEvents(t *testing.T) {
	runGold(t, "newsblind2.jsonl", "news-blind2 gold", false, goldFloors{newsBlind2QuoteF1, newsBlind2Speaker, newsBlind2Direct, newsBlind2EventF1, newsBlind2TypeF1}, &newsFloors{newsBlind2Place, newsBlind2Date, newsBlind2Source, newsBlind2Amounts})
}

// Floors for TestNewsBlind2QuotesEvents, about 0.05 below its one blind
// run (2026-12-02, gold written before the extractors ever saw the texts,
// SHA-256 27f1e103…), rounded down to steps of 0.05: quotes P 0.943
// R 0.980 F1 0.962, speaker 98/100, direct 100/100; events P 0.861
// R 0.655 F1 0.744, type only P 0.884 R 0.726 F1 0.797; place 3/11,
// date 11/12, source 27/53, amounts 16/20. They only guard against a
// slide: raise them when the extractors improve, but never tune to this
// set.
//
// The date floor was lowered from 0.85 to 0.80 when more aid and sanction
// events (weapons given, crossings closed) made one more gold event match
// (11/13 dates; which one was not looked at), and to 0.70 when the entity
// model with word classes made another match (11/14). Each newly matched
// event brings a date to score; these floors only catch a slide.
const (
	newsBlind2QuoteF1 = 0.90
	newsBlind2Speaker = 0.90
	newsBlind2Direct  = 0.95
	newsBlind2EventF1 = 0.65
	newsBlind2TypeF1  = 0.70
	newsBlind2Place   = 0.20
	newsBlind2Date    = 0.70
	newsBlind2Source  = 0.45
	newsBlind2Amounts = 0.75
)
