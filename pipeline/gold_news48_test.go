package pipeline_test

import "testing"

// TestNews48QuotesEvents scores the forty-eighth news gold
// (testdata/gold/news48.jsonl): 12 texts of our own (testdata/news48) whose
// events are dated the hard ways agency copy dates them — a date far from
// its event (`Того ж дня`, `Напередодні`, `Днем раніше`, `Наступного дня`,
// `За два дні до обміну`, `Під час візиту`, `Після цього`), relative dates
// of many kinds (`минулої середи`, `позавчора`, `у ніч проти 17 жовтня`,
// `у неділю ввечері`, `цього понеділка`, `щойно`, `з 1 по 4 грудня`,
// `2 і 3 грудня`), a date in a relative clause that belongs to another event
// than the main verb's, background paragraphs with their own dates, events
// to come, events with no day (`на вихідних`, `наприкінці жовтня`, `торік у
// грудні`, `Цього ж тижня`, `Згодом`), and three texts with no publication
// date, where only a date with its year (or one tied to such a date) has a
// value; annotated before the extractors were run on them; -gold.errors
// logs every error.
func TestNews48QuotesEvents(t *testing.T) {
	runGold(t, "news48.jsonl", "news48 gold", true, goldFloors{news48QuoteF1, news48Speaker, news48Direct, news48EventF1, news48TypeF1}, &newsFloors{news48Place, news48Date, news48Source, news48Amounts})
}

// Floors for TestNews48QuotesEvents. First run (2026-12-05, on 82de1f5,
// gold written before it, SHA-256 dc787a27…): quotes P 1.000 R 1.000 F1
// 1.000, speaker 29/29, direct 29/29; events P 0.990 R 0.919 F1 0.953,
// type only P 0.958 R 0.929 F1 0.944; place 33/42, date 41/59, source
// 22/24, amounts 18/18. After the fixes of the same day (session 36
// helper h36b, gold unchanged): the same but place 34/42 and date 53/59.
// The floors sit a little below those (see testdata/gold/README.md).
const (
	news48QuoteF1 = 0.98
	news48Speaker = 0.95
	news48Direct  = 0.98
	news48EventF1 = 0.93
	news48TypeF1  = 0.92
	news48Place   = 0.78
	news48Date    = 0.87
	news48Source  = 0.90
	news48Amounts = 0.98
)
