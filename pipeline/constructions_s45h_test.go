package pipeline_test

import (
	"testing"
	"time"
)

// TestS45HBodyHeadNotNeighbour: a role phrase that heads a body named
// in it ("з головою Єврокомісії") is not a state's or a government's
// head whose sentence named the body beside him ("Прем'єр Словаччини …
// вимагав від Єврокомісії"): the talks are with another person.
func TestS45HBodyHeadNotNeighbour(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a prime minister who asked the commission",
			"Прем'єр Норвегії Ерік Сольберг довго вимагав від Єврокомісії нових гарантій. Зрештою він зняв заперечення після переговорів з головою Єврокомісії.",
			[]string{"REQUEST Ерік Сольберг → Єврокомісія", "CONCEDE Ерік Сольберг → ", "CONSULT/meet Ерік Сольберг → голова Єврокомісії"}},
	}, time.Time{})
}

// TestS45HJointConsultations: консультації held by two sides joined by
// та or і, or by the sides' delegations, are talks between them, as
// with a partner after з; consultations held for people are advice.
func TestS45HJointConsultations(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"two countries",
			"Естонія та Фінляндія провели консультації щодо безпеки на Балтиці.",
			[]string{"CONSULT/meet Естонія,Фінляндія → "}},
		{"two delegations, a place",
			"Делегації Грузії та Вірменії провели консультації в Тбілісі.",
			[]string{"CONSULT/meet Грузія,Вірменія →  @Тбілісі"}},
		{"advice for people",
			"Юристи та фонд «Право» провели консультації для мешканців Ірпеня.",
			nil},
	}, time.Time{})
}

// TestS45HFrontedMeetingPartner: a meeting put first with its partner
// ("Під час зустрічі з Джорджею Мелоні Зеленський обговорив") gives the
// partner and the subject apart: a full name whose surname does not
// decline takes its first name's case, so the declined surname in the
// nominative after it is the verb's subject; a name in the nominative
// after the partner's title is the subject, never the partner.
func TestS45HFrontedMeetingPartner(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an indeclinable surname, then the subject",
			"Під час зустрічі з Джорджею Мелоні Туск обговорив постачання зерна.",
			[]string{"CONSULT/meet Туск → Джорджа Мелоні"}},
		{"the same after на",
			"На переговорах з Ангелою Дюпюї Коваленко обговорив торгівлю.",
			[]string{"CONSULT/meet Коваленко → Ангела Дюпюї"}},
		{"the subject right after the partner's title",
			"На зустрічі з міністром оборони Латвії Коваленко обговорив постачання дронів.",
			nil},
	}, time.Time{})
}

// TestS45HCapitalByAdjective: a visit to a capital named by its
// country's adjective ("прибув до української столиці") goes to the
// capital when the text names it, else to the country; a country the
// text never names gives no place.
func TestS45HCapitalByAdjective(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the capital named before",
			"Прем'єр-міністр України зустрів гостя в Києві. Президент Австрії Александер Шалленберг прибув до української столиці потягом.",
			[]string{"CONSULT/visit Александер Шалленберг → Київ @Київ"}},
		{"the capital not named: the gazetteer's",
			"Президент України Володимир Зеленський прибув у польську столицю на запрошення президента Польщі.",
			[]string{"CONSULT/visit Володимир Зеленський → Варшава @Варшава"}},
	}, time.Time{})
}

// TestS45HOfficialCame: приїхати with a town in the accusative after в,
// у or на is a visit when a person with a title comes, as прибути is;
// one who comes with no office told may be settling there.
func TestS45HOfficialCame(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a minister came to a town",
			"У четвер міністр освіти Оксен Лісовий приїхав у Житомир.",
			[]string{"CONSULT/visit Оксен Лісовий → Житомир @Житомир"}},
		{"an ambassador came to a region",
			"Посол Данії Оле Ельмер приїхав на Полтавщину.",
			[]string{"CONSULT/visit Оле Ельмер → Полтавщина @Полтавщина"}},
		{"no office",
			"Оксана Петрук приїхала в Житомир замолоду.",
			nil},
	}, time.Time{})
}

// TestS45HMeetingNounPartner: a meeting noun with its sides in the
// genitive and then з and a group or an office ("зустріч представників
// підприємців з міським головою") has that group or office for its
// partner, as the verb зустрітися has.
func TestS45HMeetingNounPartner(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an office for the partner",
			"У ратуші відбулася зустріч представників фермерів з міським головою.",
			[]string{"CONSULT/meet представники фермерів → міський голова"}},
		{"a group for the partner",
			"Зустріч депутатів облради з лікарями тривала дві години.",
			[]string{"CONSULT/meet депутати облради → лікарі"}},
	}, time.Time{})
}

// TestS45HChairedSitting: a person who holds a sitting of a council, a
// commission or a staff named after засідання meets its members (CONSULT
// meet with the body); a body's own sitting stays no event.
func TestS45HChairedSitting(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a council named as a phrase",
			"Голова Рівненської ОВА Олександр Коваль провів засідання обласної ради оборони.",
			[]string{"CONSULT/meet Олександр Коваль → обласна рада оборони"}},
		{"a body sitting alone",
			"Обласна рада провела засідання.",
			nil},
		{"a sitting proposed",
			"Міністр фінансів Сергій Марченко запропонував провести засідання комісії наступного тижня.",
			nil},
	}, time.Time{})
}
