package pipeline_test

import "testing"

// TestNewsBlind9QuotesEvents scores the ninth blind news gold
// (testdata/gold/newsblind9.jsonl): 12 longer texts (251–285 words) in the
// style of Ukrainian agencies and regional sites: four war reports
// (strikes over several nights, a drone attack, a prisoner exchange, a
// battalion commander's report), four on diplomacy (a prime minister's
// visit, a regional summit, a ministers' phone call, an agreement signed
// abroad), a regional administration and an investor, an appeal court's
// ruling on a competition fine, the IAEA on a nuclear plant and a
// pavilion at an art biennale, with background paragraphs carrying their
// own dates. Written and annotated in session 37 by a helper that read no
// extractor code and ran nothing. It is for reporting only: it logs the
// aggregate table and never an individual error (-gold.errors does
// nothing here), so that nobody tunes on it.
func TestNewsBlind9QuotesEvents(t *testing.T) {
	runGold(t, "newsblind9.jsonl", "news-blind9 gold", false, goldFloors{newsBlind9QuoteF1, newsBlind9Speaker, newsBlind9Direct, newsBlind9EventF1, newsBlind9TypeF1}, &newsFloors{newsBlind9Place, newsBlind9Date, newsBlind9Source, newsBlind9Amounts})
}

// Floors for TestNewsBlind9QuotesEvents, about 0.05 below its first
// blind run (2026-12-05, session 37, on b9b0fdc, the session's start,
// with the set picked onto it; the same on 710fa6a; gold written before
// the extractors ever saw the texts, SHA-256 4570eced…), rounded down to
// steps of 0.05: quotes P 0.987 R 0.973 F1 0.980, speaker 72/73, direct
// 73/73; events P 0.958 R 0.818 F1 0.883, type only F1 0.890; place
// 18/35, date 30/46, source 24/29, amounts 19/20. They only guard
// against a slide.
const (
	newsBlind9QuoteF1 = 0.90
	newsBlind9Speaker = 0.90
	newsBlind9Direct  = 0.95
	newsBlind9EventF1 = 0.80
	newsBlind9TypeF1  = 0.80
	newsBlind9Place   = 0.45
	newsBlind9Date    = 0.60
	newsBlind9Source  = 0.75
	newsBlind9Amounts = 0.90
)
