package pipeline_test

import (
	"testing"
	"time"
)

// TestS42AGuestsInvited: a guest invited to a festive occasion ("на
// святкову лінійку були запрошені такі гості", "молодят на церемонію
// запрошує працівник колонії") and an invitation open to all ("запросив
// усіх зайти") are hospitality, no REQUEST; an invitation to visit, to a
// summit, or of a delegation named to a holiday stays one.
func TestS42AGuestsInvited(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"guests to a school assembly",
			"На святкову лінійку були запрошені такі гості: депутат Роман Сімутін та заступник мера Лариса Виноградова.",
			nil},
		{"newlyweds to the ceremony",
			"Молодят на церемонію запрошує працівник колонії.",
			nil},
		{"guests to a holiday",
			"Директор запросив гостей на свято.",
			nil},
		{"everyone invited",
			"Очільник області Микола Костяк запросив усіх зайти, щоб оцінити нове обличчя аеропорту.",
			nil},
		{"an invitation to visit",
			"Зеленський запросив Кісіду відвідати Україну.",
			[]string{"REQUEST Зеленський → Кісіда"}},
		{"an invitation to a summit",
			"Лі Чже Мьон запросив Ісібу на саміт АТЕС.",
			[]string{"REQUEST Лі Чже Мьон → Ісіба"}},
		{"a delegation named to a holiday",
			"Мер Києва запросив делегацію Варшави на День міста.",
			[]string{"REQUEST Мер Києва → делегація Варшави"}},
	}, time.Time{})
}

// TestS42APrivateTrips: a patient or a settler coming somewhere
// ("приїжджатимуть на лікування", "прибув до Криму, влаштувавшись
// працювати вантажником") and a service attended ("відвідали консультацію
// невролога", "відвідав концерт") are no visits; an official's trip for
// talks or for a meeting, and a centre visited, stay visits.
func TestS42APrivateTrips(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"patients come for treatment",
			"Пацієнти з інших областей приїжджатимуть до Харкова на лікування.",
			nil},
		{"a settler comes to work",
			"У червні 1968 року Петро Григоренко прибув до Криму, влаштувавшись працювати вантажником у Ялті.",
			nil},
		{"a consultation attended",
			"Також батько з Софійкою відвідали консультацію невролога у ДУ «Інститут педіатрії».",
			nil},
		{"a concert attended",
			"Вчора Олег Ляшко з дружиною відвідав концерт у Львові.",
			nil},
		{"a minister comes for talks",
			"Андрій Сибіга прибув до Анкари на переговори з Хаканом Фіданом.",
			[]string{"CONSULT/visit Андрій Сибіга → Хакан Фідан,Анкара @Анкара"}},
		{"a minister comes to meet",
			"Міністр прибув до Львова, щоб зустрітися з мером.",
			[]string{"CONSULT/visit Міністр → Львів @Львів"}},
		{"a rehabilitation centre visited",
			"Міністерка відвідала центр реабілітації «Незламні».",
			[]string{"CONSULT/visit Міністерка → Незламні"}},
	}, time.Time{})
}

// TestS42AAuthorAndAims: the author as the other party ("шахісти,
// думаю, зі мною погодяться") is no event, as "запросив мене" is; an aim
// listed after the first one an intention governs ("мав на меті
// стимулювати співпрацю, зміцнювати співпрацю", "мала намір оскаржити
// рішення, подати апеляцію") is only meant, as the first is. An agreement
// with a named party and a single act done stay.
func TestS42AAuthorAndAims(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the author agreed with",
			"Шахісти, думаю, зі мною погодяться.",
			nil},
		{"the author met",
			"Петро Порошенко з нами зустрівся у Києві.",
			nil},
		{"aims listed",
			"У 2012 році Конгрес Ініціатив Східної Європи мав на меті стимулювати транснаціональну співпрацю, зміцнювати співпрацю, що сприяє розвитку.",
			nil},
		{"an intention's second act",
			"Компанія мала намір оскаржити рішення, подати апеляцію.",
			nil},
		{"a meeting with a named party",
			"Петро Порошенко зустрівся з Дональдом Туском у Києві.",
			[]string{"CONSULT/meet Петро Порошенко → Дональд Туск @Київ"}},
		{"an appeal lodged",
			"Компанія оскаржила рішення та подала апеляцію.",
			[]string{"ACCUSE Компанія → "}},
	}, time.Time{})
}

// TestS42AFigures: help a mistake brought about ("помилився, чим допоміг
// суперникові"), a holiday greeted on ("привітав із Днем знань"), and
// tourists who "occupied" a fortress are no events; aid given, a person
// greeted on a victory and troops occupying a town stay.
func TestS42AFigures(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"help brought about by a mistake",
			"Захисник помилився, чим допоміг команді «Динамо» забити гол.",
			nil},
		{"help brought about by a decision",
			"Уряд підвищив тарифи, чим допоміг опозиції.",
			nil},
		{"a holiday greeted on",
			"Депутат Сімутін виступав близько хвилини, привітав із Днем знань та побажав всім успіхів.",
			nil},
		{"tourists occupy a fortress",
			"Туристи, які 16 травня просто окупували фортецю, зупинялися біля хлопців.",
			nil},
		{"aid given",
			"Японія допомогла Україні відновити енергетику.",
			[]string{"AID Японія → Україна"}},
		{"a person greeted on a holiday",
			"Президент привітав Сі Цзіньпіна з Днем утворення КНР.",
			[]string{"SUPPORT Президент → Сі Цзіньпін"}},
		{"troops occupy a town",
			"Російські війська окупували Херсон.",
			[]string{"ASSAULT Російські війська → Херсон @Херсон"}},
	}, time.Time{})
}

// TestS42APactNoParty: a pact named by its name ("Підписуючи Харківську
// угоду", which the tagger reads as a place; "схвалив Угоду про
// асоціацію") is the paper signed or approved, never a party; the
// parties who sign stay.
func TestS42APactNoParty(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a pact named after a town",
			"Підписуючи Харківську угоду, донецькі фахівці сподівалися на диво.",
			[]string{"AGREE донецькі фахівці → "}},
		{"a pact approved",
			"Кабмін схвалив Угоду про асоціацію з ЄС.",
			[]string{"SUPPORT Кабмін → ЄС"}},
		{"parties who sign",
			"Україна та Литва підписали угоду.",
			[]string{"AGREE Україна,Литва → "}},
	}, time.Time{})
}
