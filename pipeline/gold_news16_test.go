package pipeline_test

import "testing"

// TestNews16QuotesEvents scores the sixteenth news gold
// (testdata/gold/news16.jsonl): 10 agency, regional and official texts
// (testdata/news16) on Croatia's prime minister in Izmail, a call between
// the presidents of Ukraine and Indonesia, Norway summoning the Russian
// ambassador over GPS jamming, New Zealand's sanctions over grain taken from
// occupied land, guided bombs on Sloviansk, a sentence in absentia for the
// strike on Kramatorsk station, Slovenian burns equipment for Chernihiv, a
// seafarers' memorandum signed in Manila, a rally in Prague for the
// ammunition initiative, and Shoigu's threat to Lithuania, annotated before
// the extractors were run on them; -gold.errors logs every error.
func TestNews16QuotesEvents(t *testing.T) {
	runGold(t, "news16.jsonl", "news16 gold", true, goldFloors{news16QuoteF1, news16Speaker, news16Direct, news16EventF1, news16TypeF1}, &newsFloors{news16Place, news16Date, news16Source, news16Amounts})
}

// Floors for TestNews16QuotesEvents. First run (2026-12-03, commit e54efa1,
// gold written before it, SHA-256 8e324886…): quotes P 1.000 R 0.978 F1
// 0.989, speaker 44/45, direct 44/45; events P 0.968 R 0.897 F1 0.931, type
// only P 0.963 R 0.897 F1 0.929; place 6/9, date 10/12, source 28/36, amounts
// 8/9. No gold mistake was found. Studied (2026-12-03, the working tree on
// e54efa1): quotes unchanged but speaker 45/45; events P 1.000 R 0.931 F1
// 0.964, type only F1 0.947; place 9/10, date 13/13, amounts 9/9. The floors
// sit 0.05 below the studied numbers, as news15's do.
const (
	news16QuoteF1 = 0.93
	news16Speaker = 0.95
	news16Direct  = 0.92
	news16EventF1 = 0.91
	news16TypeF1  = 0.89
	news16Place   = 0.85
	news16Date    = 0.95
	news16Source  = 0.72
	news16Amounts = 0.95
)
