package pipeline_test

import "testing"

// TestNews50QuotesEvents scores the fiftieth news gold
// (testdata/gold/news50.jsonl): 12 texts of our own (testdata/news50),
// seven on diplomacy and politics, four war reports and one on the economy
// and aid, whose events' places are told in many ways — the sentence after
// (`Зустріч відбулася в …`, `Переговори тривали у …`), `Там`, `Там же`, a
// building or an institution (`у штаб-квартирі НАТО в Брюсселі`, `у
// Верховній Раді`, `в обласній державній адміністрації`), a town named by
// description (`у фінській столиці`, `в американській столиці`, `в
// обласному центрі`, `У місті на Дніпрі`), a relative clause (`на саміті,
// що відбувся в Гельсінкі`), `На полях саміту/форуму`, a visit's
// destination (`Під час візиту до Варшави`, `У рамках візиту`), strikes on
// regions, districts and towns (`На Харківщині`, `у Дніпровському районі
// Херсона`, `Поблизу Покровська`, `В районі Куп'янська`) — and places that
// are no event's (titles, topics, a country as a speaker); annotated
// before the extractors were run on them; -gold.errors logs every error.
func TestNews50QuotesEvents(t *testing.T) {
	runGold(t, "news50.jsonl", "news50 gold", true, goldFloors{news50QuoteF1, news50Speaker, news50Direct, news50EventF1, news50TypeF1}, &newsFloors{news50Place, news50Date, news50Source, news50Amounts})
}

// Floors for TestNews50QuotesEvents. First run (2026-12-05, on 75ca7bd,
// gold written before it, SHA-256 4e2d6907…): quotes P 1.000 R 1.000 F1
// 1.000, speaker 51/51, direct 51/51; events P 1.000 R 0.958 F1 0.978,
// type only P 0.989 R 0.968 F1 0.979; place 52/70, date 32/68, source
// 24/28, amounts 8/8. After the fixes of the same day (session 38 helper
// h38b; the gold's visit to come to Luxembourg made optional, SHA-256
// f73641d6…): events P 1.000 R 0.957 F1 0.978, place 61/69, date 32/67,
// the rest as at the first run. The floors sit a little below those (see
// testdata/gold/README.md).
const (
	news50QuoteF1 = 0.97
	news50Speaker = 0.97
	news50Direct  = 0.97
	news50EventF1 = 0.95
	news50TypeF1  = 0.95
	news50Place   = 0.86
	news50Date    = 0.45
	news50Source  = 0.83
	news50Amounts = 0.98
)
