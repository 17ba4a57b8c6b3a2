package pipeline_test

import (
	"testing"
	"time"
)

// A gathering held with those who took part named after "за участі"
// (session 52, helper h52m): a noun that otherwise needs a light verb
// (нарада, засідання, форум, конференція) is a meeting when it took
// place, the verb before it, after it or in a relative clause set off
// after it; officials of several states named by their office give the
// states. A meeting under "під час" whose relative clause says it took
// place with sides named gives them, and so does an agreement reached
// there. The sentences are our own.
func TestPartakenHeldS52m(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"region desk: a conference held with one named",
			"Нарада за участі голови Львівської ОВА Максима Козицького відбулася у понеділок.",
			[]string{"CONSULT/meet Максим Козицький → "}},
		{"diplomacy desk: a sitting in a relative clause",
			"Засідання, яке відбулося за участі міністра закордонних справ Андрія Сибіги, було присвячене санкціям.",
			[]string{"CONSULT/multilateral Андрій Сибіга → "}},
		{"diplomacy desk: a forum of three states' ministers",
			"У Варшаві розпочав роботу форум за участі міністрів закордонних справ України, Польщі та Литви.",
			[]string{"CONSULT/multilateral Україна,Польща,Литва →  @Варшава"}},
		{"war desk: talks under під час with a relative clause, and the agreement reached there",
			"Під час переговорів, що відбулися у Стамбулі за участі делегацій України та Росії, сторони погодили обмін полоненими.",
			[]string{"CONSULT/meet Україна,Росія →  @Стамбул", "AGREE Україна,Росія →  @Стамбул"}},
	}, wed)
}

// Trips and agreements told by nouns (session 52, helper h52m): a stay
// or an arrival "з робочою поїздкою" is a visit, as "з візитом" is; a
// trip somewhere for a meeting, a summit or on a visit is a visit there,
// as one for talks is; a signing of an agreement between sides named
// after між, told as held, is their agreement; a paper set off with a
// participle of signing and між names its sides; an exchange's captives
// in the instrumental are no doers of an impersonal agreement. The
// sentences are our own.
func TestTripsAndSigningsS52m(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"health desk: a working trip",
			"Міністр охорони здоров'я Віктор Ляшко перебуває з робочою поїздкою на Одещині.",
			[]string{"CONSULT/visit Віктор Ляшко → Одещина @Одещина"}},
		{"diplomacy desk: flown out for a meeting",
			"Міністр закордонних справ Андрій Сибіга вилетів до Брюсселя на зустріч з Каєю Каллас.",
			[]string{"CONSULT/visit Андрій Сибіга → Кая Каллас,Брюссель @Брюссель"}},
		{"politics desk: set out on a working visit",
			"Прем'єр-міністр вирушив до Львова з робочим візитом.",
			[]string{"CONSULT/visit Прем'єр-міністр → Львів @Львів"}},
		{"tech desk: a signing held",
			"Відбулося підписання меморандуму між Міністерством цифрової трансформації та компанією Google.",
			[]string{"AGREE Міністерство цифрової трансформації,Google → "}},
		{"defence desk: a signing held, the verb after it",
			"Підписання угоди між Україною та Великою Британією відбулося у Лондоні.",
			[]string{"AGREE Україна,Велика Британія →  @Лондон"}},
		{"port desk: a memorandum signed between two, set off",
			"Меморандум, підписаний між Одеською міською радою та компанією Maersk, передбачає будівництво терміналу.",
			[]string{"AGREE Одеська міська рада,Maersk → "}},
		{"war desk: an exchange agreed, the sides after між",
			"Між Україною та Росією досягнуто домовленості про обмін полоненими.",
			[]string{"AGREE Україна,Росія → "}},
	}, wed)
}

// A minister who came to an opening or a ceremony visits the town it is
// in, named in the sentence or the one before (session 52, helper h52m);
// a town's or a region's own heads who came are guests of the ceremony,
// and one who came to a concert visits no one (press11's and s24h2's
// conventions stand). The sentences are our own.
func TestNationalGuestS52m(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"education desk: a minister at an opening, the town told before",
			"У Вінниці відкрили нову школу. На відкриття приїхав міністр освіти і науки Оксен Лісовий.",
			[]string{"CONSULT/visit Оксен Лісовий →  @Вінниця"}},
		{"government desk: a prime minister at a ceremony",
			"Прем'єр-міністерка Юлія Свириденко прибула на церемонію відкриття мосту.",
			[]string{"CONSULT/visit Юлія Свириденко → "}},
		{"culture desk: a minister at a concert visits no one",
			"На концерт приїхав міністр культури Микола Точицький.",
			nil},
		{"region desk: local heads at an opening are guests",
			"На урочисте відкриття спорткомплексу завітали голова облдержадміністрації Іван Коваль та міський голова Петро Бондар.",
			nil},
	}, wed)
}
