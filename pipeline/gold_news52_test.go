package pipeline_test

import "testing"

// TestNews52QuotesEvents scores the fifty-second news gold
// (testdata/gold/news52.jsonl): 12 long texts of our own (testdata/news52,
// 380–387 words each) whose events fall on several days and in several
// places — state visits of two and three days (`Першого дня візиту`,
// `Другого дня візиту`, `На завершення візиту`), a summit and a donor
// conference over two days (`Саміт розпочався в четвер. Першого дня …`,
// `У п'ятницю, в останній день саміту`), a tour of three capitals, talks
// then a signing then a press conference (`Згодом`, `Пізніше`, `Після
// цього`, `Перед цим`), a day after a quote's attribution, aid told in
// indirect speech and delivered to a town, strikes over a night, a day
// and the next night, ranges (`З 3 по 5 березня`, `12–13 травня`), and
// background paragraphs (`Нагадаємо`, `Раніше`, `Як повідомлялося`)
// with their own days and places; annotated before the extractors were
// run on them; -gold.errors logs every error.
func TestNews52QuotesEvents(t *testing.T) {
	runGold(t, "news52.jsonl", "news52 gold", true, goldFloors{news52QuoteF1, news52Speaker, news52Direct, news52EventF1, news52TypeF1}, &newsFloors{news52Place, news52Date, news52Source, news52Amounts})
}

// Floors for TestNews52QuotesEvents. First run (2026-12-06, on 28fc44b,
// gold written before it, SHA-256 49ad5337…): quotes P 0.964 R 0.982 F1
// 0.973, speaker 54/54, direct 54/54; events P 0.939 R 0.922 F1 0.931,
// type only P 0.903 R 0.952 F1 0.927; place 78/118, date 50/114, source
// 28/31, amounts 20/20. After the fixes of the same day (session 39
// helper h39b, gold unchanged; event storyDay): events P 0.940 R 0.922
// F1 0.931, type only P 0.893 R 0.952 F1 0.922, place 88/118, date
// 75/114, the rest as at the first run. The floors sit a little below
// those (see testdata/gold/README.md).
const (
	news52QuoteF1 = 0.95
	news52Speaker = 0.97
	news52Direct  = 0.97
	news52EventF1 = 0.91
	news52TypeF1  = 0.90
	news52Place   = 0.73
	news52Date    = 0.64
	news52Source  = 0.87
	news52Amounts = 0.98
)
