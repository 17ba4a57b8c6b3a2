package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// The sentences of this file were written for session 35's forty-sixth
// news set (helper h35e, news46): long web articles whose place, day and
// source are told once and then implied over the paragraphs after.

// eventDayString renders an event as eventString does, with its date
// after a hash.
func eventDayString(x *vistka.Extraction, ev vistka.Event) string {
	s := eventString(x, ev)
	if ev.Date != "" {
		s += " #" + ev.Date
	}
	return s
}

// TestS35EMeasureForLongTitle checks that a preventive measure chosen for
// one named by a long title in the dative (колишньому заступнику міністра
// розвитку громад та територій Олександру К.) is a COERCE, dated by the
// clause, as it is for one named by a short title.
func TestS35EMeasureForLongTitle(t *testing.T) {
	pub := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, load(t), []construction{
		{"a long title before the name",
			"Вищий антикорупційний суд у середу обрав колишньому заступнику міністра розвитку громад та територій Олександру К. запобіжний захід у вигляді тримання під вартою.",
			[]string{"COERCE Вищий антикорупційний суд → Олександр К. #2026-03-11"}},
		{"a short title before the name",
			"Суд у середу обрав колишньому заступнику міністра Олександру К. запобіжний захід.",
			[]string{"COERCE Суд → Олександр К. #2026-03-11"}},
		{"a head of a region's body chosen by its council: no measure",
			"Депутати обласної ради у середу обрали головою постійної комісії з питань бюджету та фінансів Ігоря Мельника.",
			nil},
	}, pub, eventDayString)
}

// TestS35EWhoseCountry checks that a later meeting of a story set in a
// town takes the town when the only other place its sentence names is a
// country or a body in the genitive after a title (з президентом Литви,
// з головою комітету Сейму): that says whose, not where; a place under a
// preposition stays the meeting's own.
func TestS35EWhoseCountry(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a president of the country, after the talks in its capital",
			"Міністр закордонних справ України Петро Коваль у середу провів у Вільнюсі переговори з литовським колегою Андрюсом Бальчюнасом.\nСторони обговорили енергетику.\nПізніше Коваль зустрівся з президентом Литви Йонасом Мікуласом.",
			[]string{"CONSULT/meet Петро Коваль → Андрюс Бальчюнас @Вільнюс", "CONSULT/meet Петро Коваль → Йонас Мікулас @Вільнюс"}},
		{"a mayor of another town, after a meeting in the town of the story",
			"Прем'єр-міністр Іван Ткач у вівторок провів у Полтаві нараду з Олегом Бондарем.\nПісля наради він також зустрівся з мером Кременчука Віталієм Маленком.",
			[]string{"CONSULT/meet Іван Ткач → Олег Бондар @Полтава", "CONSULT/meet Іван Ткач → Віталій Маленко @Полтава"}},
		{"a town of its own under a preposition stays",
			"Прем'єр-міністр Іван Ткач у вівторок провів у Полтаві нараду з Олегом Бондарем.\nУвечері в Кременчуці він зустрівся з мером міста Віталієм Маленком.",
			[]string{"CONSULT/meet Іван Ткач → Олег Бондар @Полтава", "CONSULT/meet Іван Ткач → Віталій Маленко @Кременчук"}},
	}, time.Time{})
}

// TestS35EPostAuthorLongTitle checks that a source line naming the
// platform before the verb and the author after a long title of a
// region's body ("Про це в телеграмі повідомив начальник Харківської
// обласної військової адміністрації Олег Семененко") cites the author on
// that platform, as it does after a title with the body's acronym.
func TestS35EPostAuthorLongTitle(t *testing.T) {
	p := load(t)
	tests := []struct{ name, text, via string }{
		{"the body's name in full",
			"Уночі росіяни атакували Харків дронами.\nПро це в телеграмі повідомив начальник Харківської обласної військової адміністрації Олег Семененко.",
			"Олег Семененко (Telegram)"},
		{"the body's acronym",
			"Уночі росіяни атакували Харків дронами.\nПро це в телеграмі повідомив начальник Харківської ОВА Олег Семененко.",
			"Олег Семененко (Telegram)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if len(x.Source.Via) != 1 || x.Source.Via[0] != tt.via {
				t.Errorf("via %q, want [%q]", x.Source.Via, tt.via)
			}
		})
	}
}

// TestS35EGatheringDay checks that an event told in a sentence with no
// date that opens by tying it to a gathering (Після сесії, На полях
// саміту) takes the day of the nearest sentence before that names that
// gathering with a date, however many paragraphs back, past a sentence
// that names it with none; a gathering named with a month only dates
// nothing.
func TestS35EGatheringDay(t *testing.T) {
	pub := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, load(t), []construction{
		{"after the session told in the lead, paragraphs back",
			"У четвер у Полтаві відбулася сесія обласної ради.\nЗасідання тривало шість годин.\nБюджет області на наступний рік зріс.\nПісля сесії голова ОВА Віталій Пилипенко підписав меморандум з громадою Кременчука.",
			// (and the lead's town, since session 42: TestS42ETiedPlace)
			[]string{"AGREE Віталій Пилипенко →  @Полтава #2025-11-20"}},
		{"on the sidelines of the summit, past a sentence naming it with no day",
			"Лідери ЄС у вівторок на саміті в Брюсселі погодили новий пакет санкцій.\nПрем'єр-міністр України Тарас Литвин, який узяв участь у саміті, привітав рішення.\nНа полях саміту Литвин зустрівся з канцлером Німеччини Клаусом Беккером.",
			[]string{"SANCTION ЄС →  @Брюссель #2025-11-18", "CONSULT/multilateral Тарас Литвин → ", "SUPPORT Тарас Литвин → ", "CONSULT/meet Тарас Литвин → Клаус Беккер @Брюссель #2025-11-18"}},
		{"a session told with a month only",
			"У жовтні відбулася сесія обласної ради.\nПісля сесії голова ОВА Віталій Пилипенко підписав меморандум з громадою Кременчука.",
			[]string{"AGREE Віталій Пилипенко → "}},
	}, pub, eventDayString)
}

// TestS35EGatheringAside checks that a conference named in a relative
// clause on the subject, set off by commas ("Коваль, яка очолює
// делегацію на конференції, провела переговори з керівництвом
// компанії"), says where the subject is and leaves her talks with a firm
// a meeting of two; talks held at the conference stay multilateral.
func TestS35EGatheringAside(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the conference in a relative clause on the subject",
			"Міністр енергетики Ірина Коваль, яка очолює українську делегацію на конференції, провела переговори з керівництвом компанії Nordvind Energy.",
			[]string{"CONSULT/meet Ірина Коваль → Nordvind Energy"}},
		{"talks held at the conference",
			"На конференції міністр енергетики Ірина Коваль провела переговори з керівництвом компанії Nordvind Energy.",
			[]string{"CONSULT/multilateral Ірина Коваль → Nordvind Energy"}},
	}, time.Time{})
}

// TestS35EAlsoThere checks that a meeting told with також and no date,
// after a dated meeting of the same doer within three sentences, is held
// that day and there; a meeting with a town of its own, or of another
// doer, takes no day (the story's town it may take by setIn).
func TestS35EAlsoThere(t *testing.T) {
	pub := time.Date(2026, 4, 16, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, load(t), []construction{
		{"the same doer's talks after a dated meeting",
			"Прем'єр-міністр України Тарас Литвин у середу в Брюсселі зустрівся з Анною Шмідт.\nСторони обговорили розширення ЄС.\nЛитвин також провів переговори з канцлером Німеччини Клаусом Беккером.",
			[]string{"CONSULT/meet Тарас Литвин → Анна Шмідт @Брюссель #2026-04-15", "CONSULT/meet Тарас Литвин → Клаус Беккер @Брюссель #2026-04-15"}},
		{"talks in another town",
			"Прем'єр-міністр України Тарас Литвин у середу в Брюсселі зустрівся з Анною Шмідт.\nЛитвин також провів переговори у Варшаві з канцлером Німеччини Клаусом Беккером.",
			[]string{"CONSULT/meet Тарас Литвин → Анна Шмідт @Брюссель #2026-04-15", "CONSULT/meet Тарас Литвин → Клаус Беккер @Варшава"}},
		{"another doer's talks",
			"Прем'єр-міністр України Тарас Литвин у середу в Брюсселі зустрівся з Анною Шмідт.\nМіністр оборони Петро Коваль також провів переговори з канцлером Німеччини Клаусом Беккером.",
			[]string{"CONSULT/meet Тарас Литвин → Анна Шмідт @Брюссель #2026-04-15", "CONSULT/meet Петро Коваль → Клаус Беккер @Брюссель"}},
	}, pub, eventDayString)
}
