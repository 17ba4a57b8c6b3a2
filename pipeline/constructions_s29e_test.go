package pipeline_test

import (
	"testing"
	"time"
)

// The sentences of this file were written, before the extractor was run
// on them, in the style of the world-news columns of Ukrainian outlets
// (the thirty-sixth news set, testdata/gold/news36.jsonl); each states
// the events, quotes and sources the guidelines of
// testdata/gold/README.md ask for.

// TestS29EForeignOutlets checks that the foreign outlets the world-news
// columns retell (Politico, Al Jazeera, PAP, Polsat News, Xinhua,
// Anadolu) are cited sources wherever they stand, as Reuters is, and that
// an outlet after агенція is read as after агентство.
func TestS29EForeignOutlets(t *testing.T) {
	p := load(t)
	checkVia(t, p, []viaCase{
		{"Politico opening a statement in the body",
			"Уряд Франції пішов у відставку\n\nПрем'єр-міністр Франції подав у відставку.\n\nЯк пише Politico, президент призначить нового главу уряду до кінця тижня.",
			"Politico"},
		{"Al Jazeera after its data",
			"Перемир'я в Газі\n\nСторони погодили перемир'я.\n\nЗа даними Al Jazeera, у місті було спокійно.",
			"Al Jazeera"},
		{"a Polish agency cited by its short name",
			"Вибори в Польщі\n\nСейм призначив дату виборів.\n\nЗа даними агентства PAP, голосування відбудеться у жовтні.",
			"PAP"},
		{"a Chinese agency after the lead, declined as a noun of its own",
			"Візит до Пекіна\n\nПрем'єр Іспанії провів переговори в Пекіні, повідомляє агентство Сіньхуа.",
			"Сіньхуа"},
		{"a Turkish agency after агенція",
			"Переговори в Стамбулі\n\nДелегації провели переговори в Стамбулі, повідомляє агенція Anadolu.",
			"Anadolu"},
		{"a Polish channel closing the lead",
			"Вотум довіри\n\nЗа уряд проголосували 240 депутатів, повідомляє Polsat News.",
			"Polsat News"},
	})
}

// TestS29EPronounAfterAccording checks that he who opens the sentence
// before with his words (За словами X, …; На думку X, …) is the speaker of
// Він in the next one, not a man named as a subject before him.
func TestS29EPronounAfterAccording(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"за словами, after another man's direct quote",
			"Лідер блоку Фрідріх Мерц і співголова партії Ларс Клінгбайль підписали угоду. «Ми домовилися», – сказав Мерц. За словами Клінгбайля, соціал-демократи отримають сім міністерств. Він наголосив, що партія наполягла на підвищенні зарплати.",
			[]string{"Фрідріх Мерц/сказати/direct: Ми домовилися",
				"Ларс Клінгбайль/за словами/indirect: соціал-демократи отримають сім міністерств",
				"Ларс Клінгбайль/наголосити/indirect: партія наполягла на підвищенні зарплати"}},
		{"на думку, after a man named as a subject",
			"Прем'єр Дональд Туск виступив у Сеймі. На думку Ярослава Качинського, уряд провалив реформи. Він заявив, що коаліція не протримається до осені.",
			[]string{"Ярослав Качинський/на думку/indirect: уряд провалив реформи",
				"Ярослав Качинський/заявити/indirect: коаліція не протримається до осені"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS29EAccusationsRefused checks that accusations not recognised (не
// визнають звинувачень) are rejected, as those turned down (відкинули
// звинувачення) are, that admitted they concede, and that guilt not
// admitted stays none.
func TestS29EAccusationsRefused(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"students who do not recognise the accusations",
			"Студенти відповіли, що не визнають звинувачень.",
			[]string{"REJECT Студенти → "}},
		{"a minister who did not recognise them",
			"Міністр не визнав звинувачень.",
			[]string{"REJECT Міністр → "}},
		{"accusations admitted concede",
			"Депутат визнав звинувачення.",
			[]string{"CONCEDE Депутат → "}},
		{"guilt not admitted is no event",
			"Обвинувачений провину не визнав.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29EConfidence checks that a vote of confidence or confidence
// voiced in a government is a SUPPORT of it, and that a vote of no
// confidence is not.
func TestS29EConfidence(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a parliament's vote of confidence in a cabinet",
			"Польський Сейм у середу висловив вотум довіри уряду прем'єр-міністра Дональда Туска.",
			[]string{"SUPPORT Польський Сейм → Дональд Туск"}},
		{"confidence voiced in a premier",
			"Депутати висловили довіру прем'єрові.",
			[]string{"SUPPORT Депутати → прем'єр"}},
		{"a vote of no confidence is no support",
			"Парламент висловив вотум недовіри уряду.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29ECapitalNamed checks that a city named right after столиці (в
// столиці Бісау) is the place, and that a country there (у столиці
// Литви) names none by itself.
func TestS29ECapitalNamed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a capital named in apposition",
			"Президента затримали в його резиденції в столиці Бісау.",
			[]string{"COERCE  → президент @Бісау"}},
		{"a country after столиці names no city",
			"Лідерів затримали в столиці Литви.",
			[]string{"COERCE  → лідер"}},
	}
	checkEventsAs(t, p, tests, time.Time{}, eventString)
}

// TestS29ECityNarrowsCountry checks that the city a next sentence says a
// meeting took place in narrows the country the meeting was placed in,
// and that a country named there does not replace a city.
func TestS29ECityNarrowsCountry(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a meeting in a country, held in its capital",
			"Генсек НАТО Марк Рютте провів переговори з президентом Реджепом Таїпом Ердоганом у Туреччині. Зустріч відбулася в президентському комплексі в Анкарі.",
			[]string{"CONSULT/meet Марк Рютте → Реджеп Таїп Ердоган @Анкара"}},
		{"a meeting in a city, said to be held in the country",
			"Генсек НАТО Марк Рютте провів переговори з президентом Реджепом Таїпом Ердоганом в Анкарі. Зустріч відбулася в Туреччині.",
			[]string{"CONSULT/meet Марк Рютте → Реджеп Таїп Ердоган @Анкара"}},
	}
	checkEventsAs(t, p, tests, time.Time{}, eventString)
}

// TestS29EBudgetFunds checks that a budget or a law that will fund
// something (бюджет, який фінансуватиме …) is no aid, while a body that
// will is.
func TestS29EBudgetFunds(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a budget law that funds the government",
			"Сенат США ухвалив тимчасовий бюджет, який фінансуватиме федеральний уряд до 30 вересня.",
			nil},
		{"a bill that funds schools",
			"Рада ухвалила законопроєкт, що фінансуватиме школи.",
			nil},
		{"a fund that funds hospitals gives",
			"Фонд, який фінансуватиме лікарні, створили у Львові.",
			[]string{"AID Фонд → лікарні [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
