package pipeline_test

import "testing"

// TestNewsBlind11QuotesEvents scores the eleventh blind news gold
// (testdata/gold/newsblind11.jsonl): 12 texts (280–411 words) in the
// styles of several outlets (Suspilne, Ukrainska Pravda, Ekonomichna
// Pravda, Interfax-Ukraine, Hromadske, RBC-Ukraine, UNIAN, regional
// sites, Ukrinform): a phone call between two presidents, a prisoner
// exchange mediated by a third country, a parliament vote and the
// opposition, a night attack on a city's energy and the repairs, an EU
// accession round, a Russian accusation and threat rejected by the
// foreign ministry, a sentence in absentia, a rally with demands and a
// picket abroad, troops trained abroad and military training at home, a
// twinning agreement and an ambassador's visit, loans and grants at a
// recovery conference, and a sports boycott. Written and annotated in
// session 39 by a helper that read no extractor code and ran nothing. It
// is for reporting only: it logs the aggregate table and never an
// individual error (-gold.errors does nothing here), so that nobody tunes
// on it.
func TestNewsBlind11QuotesEvents(t *testing.T) {
	runGold(t, "newsblind11.jsonl", "news-blind11 gold", false, goldFloors{newsBlind11QuoteF1, newsBlind11Speaker, newsBlind11Direct, newsBlind11EventF1, newsBlind11TypeF1}, &newsFloors{newsBlind11Place, newsBlind11Date, newsBlind11Source, newsBlind11Amounts})
}

// Floors for TestNewsBlind11QuotesEvents, about 0.05 below its first
// blind run (2026-12-06, session 39, on 28fc44b, the session's start,
// with the set picked onto it; gold written before the extractors ever
// saw the texts, SHA-256 619ffb6a…), rounded down to steps of 0.05:
// quotes P 1.000 R 0.955 F1 0.977, speaker 105/106, direct 101/106;
// events P 0.855 R 0.806 F1 0.830, type only F1 0.879; place 9/12, date
// 16/27, source 30/41, amounts 30/35. They only guard against a slide.
const (
	newsBlind11QuoteF1 = 0.90
	newsBlind11Speaker = 0.90
	newsBlind11Direct  = 0.90
	newsBlind11EventF1 = 0.75
	newsBlind11TypeF1  = 0.80
	newsBlind11Place   = 0.65 // session 44: 9/12 -> 9/13 (one more event found, its place not right; none lost)
	newsBlind11Date    = 0.50
	newsBlind11Source  = 0.65
	newsBlind11Amounts = 0.80
)
