package pipeline_test

import (
	"testing"
	"time"
)

// TestS38CSumThenDative checks that money a body gives, written before
// the one given it in the dative (`Уряд у п'ятницю виділив 2 млрд
// гривень прифронтовим громадам`), is aid with that one as its recipient,
// as it is when the dative comes first; money for a purpose with no one
// given it is read as before, and a sum paid to a firm is no aid.
func TestS38CSumThenDative(t *testing.T) {
	p := load(t)
	sat := time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"communities after the sum",
			"Уряд у п'ятницю виділив 2 млрд гривень прифронтовим громадам на закупівлю генераторів.",
			[]string{"AID Уряд → прифронтові громади on 2026-01-02"}},
		{"a region after the sum",
			"Кабмін виділив 300 млн гривень Сумській області на ремонт шкіл.",
			[]string{"AID Кабмін → Сумська область on "}},
		{"the dative first, as before",
			"Уряд виділив прифронтовим громадам 2 млрд гривень.",
			[]string{"AID Уряд → прифронтові громади on "}},
		{"a firm paid",
			"Фірма перерахувала 2 млн гривень підряднику.",
			nil},
	}, sat, eventDated)
}

// TestS38CAlsoAfterVisit checks that a meeting told with `Також` or
// opening with `Крім того`, with no day of its own, takes the day of the
// doer's talks told more than three sentences before when no sentence
// between names a time (a source line, the visit's length, a quote and
// its gloss between), and none when one between does (a day gone by:
// one still to come names no day the story went on to, see
// TestS45CAlsoPastSpanDate).
func TestS38CAlsoAfterVisit(t *testing.T) {
	p := load(t)
	tue := time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)
	lead := "Міністр Петро Коваль у понеділок провів у Токіо переговори з міністром закордонних справ Японії Яном Новаком. Про це повідомляє кореспондент агентства. Переговори тривали понад дві години. «Японія стала для нас важливим партнером», – сказав Коваль. Ці слова журналісти зустріли оплесками. "
	checkEventsAs(t, p, []construction{
		{"also, five sentences on",
			lead + "Також Коваль зустрівся з послом Франції Андре Дюпоном.",
			[]string{"CONSULT/meet Петро Коваль → Ян Новак @Токіо on 2026-02-09", "CONSULT/meet Петро Коваль → Андре Дюпон @Токіо on 2026-02-09"}},
		{"besides, five sentences on",
			lead + "Крім того, Коваль зустрівся з послом Франції Андре Дюпоном.",
			[]string{"CONSULT/meet Петро Коваль → Ян Новак @Токіо on 2026-02-09", "CONSULT/meet Петро Коваль → Андре Дюпон @Токіо on 2026-02-09"}},
		{"a time named between",
			"Міністр Петро Коваль у понеділок провів у Токіо переговори з міністром закордонних справ Японії Яном Новаком. Про це повідомляє кореспондент агентства. Переговори тривали понад дві години. Попередній візит відбувся 1 лютого. Ці слова журналісти зустріли оплесками. Також Коваль зустрівся з послом Франції Андре Дюпоном.",
			[]string{"CONSULT/meet Петро Коваль → Ян Новак @Токіо on 2026-02-09", "CONSULT/meet Петро Коваль → Андре Дюпон @Токіо on "}},
	}, tue, eventDated)
}

// TestS38CToldDayBefore checks that `Того ж дня` and `Наступного дня`
// right after a sentence that names one day and tells no event (a
// derailment) count from that day, not from the last event told with a
// day before it; after a sentence that tells an event (since session 40
// a speech at the General Assembly is one), that event's day holds as
// before.
func TestS38CToldDayBefore(t *testing.T) {
	p := load(t)
	wed := time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the same day as a speech",
			"Міністр Петро Коваль у понеділок зустрівся з послом Франції Андре Дюпоном.\nНагадаємо, 23 вересня президент Іван Гнатюк виступив на Генеральній асамблеї ООН. Того ж дня він зустрівся з президентом США Дональдом Трампом.",
			[]string{"CONSULT/meet Петро Коваль → Андре Дюпон on 2025-09-29", "CONSULT/multilateral Іван Гнатюк → Генеральна асамблея ООН on 2025-09-23",
				"CONSULT/meet Іван Гнатюк → Дональд Трамп on 2025-09-23"}},
		{"the next day after a derailment",
			"Міністр Петро Коваль у понеділок зустрівся з послом Франції Андре Дюпоном.\nНагадаємо, 24 вересня поблизу Мерефи зійшов з рейок пасажирський потяг. Наступного дня Коваль зустрівся з керівництвом Укрзалізниці.",
			[]string{"CONSULT/meet Петро Коваль → Андре Дюпон on 2025-09-29", "CONSULT/meet Петро Коваль → Укрзалізниця on 2025-09-25"}},
		{"after a sentence with an event, as before",
			"Міністр Петро Коваль 23 вересня зустрівся з послом Франції Андре Дюпоном. Того ж дня він зустрівся з президентом США Дональдом Трампом.",
			[]string{"CONSULT/meet Петро Коваль → Андре Дюпон on 2025-09-23", "CONSULT/meet Петро Коваль → Дональд Трамп on 2025-09-23"}},
	}, wed, eventDated)
}

// TestS38CEveOfActTimeClause checks that `Напередодні обміну` counts from
// the day the exchange itself was told, not from a day told in a clause
// of time of the sentence that names it again (`Обмін став можливим
// після того, як 5 березня … зустрівся`): that day is the meeting's.
func TestS38CEveOfActTimeClause(t *testing.T) {
	p := load(t)
	tue := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the exchange's eve",
			"Україна і Росія у вівторок провели обмін полоненими: з російського полону звільнено 157 українських військовослужбовців. Обмін став можливим після того, як 5 березня омбудсмен Петро Коваль зустрівся в Стамбулі з Іваном Гнатюком. Напередодні обміну Коваль звернувся до Гнатюка з проханням повернути цивільних.",
			[]string{"RETREAT/release Україна,Росія →  on 2026-03-10", "CONSULT/meet Петро Коваль → Іван Гнатюк @Стамбул on 2026-03-05", "REQUEST Петро Коваль → Іван Гнатюк on 2026-03-09"}},
	}, tue, eventDated)
}

// TestS38CDaysAfterAct checks that a sentence set some days after an act
// told before (`Через два тижні після обшуків`, `Через три дні після
// засідання`) takes the act's day moved on by them, the act's day being
// the one the nearest earlier sentence naming the noun gives; none when
// that sentence names no day.
func TestS38CDaysAfterAct(t *testing.T) {
	p := load(t)
	tue := time.Date(2025, 12, 2, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"two weeks after the searches",
			"Раніше, 14 жовтня, детективи НАБУ провели обшуки в Фонді державного майна. Через два тижні після обшуків НАБУ повідомило про підозру директорові оцінювальної компанії.",
			[]string{"COERCE детективи НАБУ →  on 2025-10-14", "ACCUSE НАБУ → директор оцінювальної компанії on 2025-10-28"}},
		{"the searches with no day",
			"Детективи НАБУ провели обшуки в Фонді державного майна. Через два тижні після обшуків НАБУ повідомило про підозру директорові оцінювальної компанії.",
			[]string{"COERCE Детективи НАБУ →  on ", "ACCUSE НАБУ → директор оцінювальної компанії on "}},
	}, tue, eventDated)
}
