package pipeline_test

import (
	"slices"
	"testing"
	"time"
)

// The constructions of this file are titles and the role phrases and
// pronouns that stand for a person; the sentences are our own.

// pronounsOf returns the texts of the pronoun mentions of entity name in
// the extraction of text, or nil when it has none.
func pronounsOf(t *testing.T, text, name string) []string {
	t.Helper()
	x := load(t).Extract(text, time.Time{})
	e := entityByName(x, name)
	if e == nil {
		t.Fatalf("%q: no entity %q", text, name)
	}
	var out []string
	for _, m := range e.Mentions {
		if m.Kind == "pronoun" {
			out = append(out, m.Text)
		}
	}
	return out
}

// pronounCase is a text and the pronoun mentions one person named in it
// should have, in order.
type pronounCase struct {
	name, text, person string
	want               []string
}

// checkPronouns checks the pronoun mentions of each case's person.
func checkPronouns(t *testing.T, tests []pronounCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pronounsOf(t, tt.text, tt.person); !slices.Equal(got, tt.want) {
				t.Errorf("pronouns of %s %q, want %q", tt.person, got, tt.want)
			}
		})
	}
}

// TestS46THeadAcrossBody: the head of a body before the body's name in
// the genitive and a name in the head's case is that person's title,
// though the tagger left the head word out of its spans (голова read as
// a thing); the head that completes another title (заступника голови) is
// not the name's.
func TestS46THeadAcrossBody(t *testing.T) {
	p := load(t)
	x := p.Extract("Делегація банку зустрілася з головою правління «Укрзалізниці» Петром Семенком.", time.Time{})
	checkTitles(t, x, "Петро Семенко", []string{"голова правління «Укрзалізниці»"}, nil)
	x = p.Extract("Посол обговорив постачання з главою Агентства оборонних закупівель Литви Йонасом Вайткусом.", time.Time{})
	checkTitles(t, x, "Йонас Вайткус", []string{"глава Агентства оборонних закупівель Литви"}, nil)
	x = p.Extract("Міністр зустрівся з першим заступником голови правління «Укрзалізниці» Петром Семенком.", time.Time{})
	checkTitles(t, x, "Петро Семенко", nil, []string{"голова правління «Укрзалізниці»"})
}

// TestS46TPronounAfterQuote: a pronoun in the cue after words quoted at
// the start of their sentence ("«…», – заявив він") is the subject of the
// sentence before the quotation, though another man is named there as
// the object of a preposition or in the sentence before; two subjects
// leave it open.
func TestS46TPronounAfterQuote(t *testing.T) {
	checkPronouns(t, []pronounCase{
		{"the subject, another man after a preposition",
			"Прем'єр Денис Коваленко прибув до Вільнюса. Коваленко обговорив із Гітанасом Бразаускасом постачання зброї. «Ми розраховуємо на нові рішення», – заявив він.",
			"Денис Коваленко", []string{"він"}},
		{"the subject, another man a sentence earlier",
			"Про це повідомив депутат Олег Мазур. Голова комітету Степан Гуменюк заявив, що закон доопрацюють. «Ми не можемо чекати», — наголосив він.",
			"Степан Гуменюк", []string{"він"}},
		{"two subjects",
			"Посол Іван Гуменюк і міністр Олег Мазур підписали угоду. «Це важливий крок», – сказав він.",
			"Іван Гуменюк", nil},
	})
}

// TestS46TDeclinedFirstName: a woman's surname that does not decline
// after a first name in an oblique case ("призначив Олену Коваль") is no
// subject of the verb before it, whose gender is not hers: a later вона
// is hers.
func TestS46TDeclinedFirstName(t *testing.T) {
	text := "Уряд призначив Олену Шевчук заступницею міністра. Вона раніше працювала в Офісі генпрокурора."
	if got := pronounsOf(t, text, "Олена Шевчук"); !slices.Equal(got, []string{"Вона"}) {
		t.Errorf("pronouns %q, want [Вона]", got)
	}
}

// TestS46TCountryRole: a role phrase with a country's adjective stands
// for the one person whose title goes with it, a minister for the head
// of a ministry ("глава МЗС Польщі", "Польський міністр") and a head
// after an adjective ("федеральний канцлер Німеччини", "Німецький
// канцлер"); a head of another country's ministry named beside Україна
// does not lead it ("глава української дипломатії").
func TestS46TCountryRole(t *testing.T) {
	p := load(t)
	x := p.Extract("Міністр закордонних справ України Андрій Бойко провів переговори з главою МЗС Польщі Яном Ковальським.\n\n"+
		"Польський міністр наголосив на важливості санкцій.\n\nТого ж дня глава української дипломатії зустрівся з президентом Польщі.", time.Time{})
	if got := mentionsOf(t, x, "Ян Ковальський"); !slices.Contains(got, "Польський міністр") || slices.Contains(got, "глава української дипломатії") {
		t.Errorf("mentions of Ян Ковальський %q, want Польський міністр and not глава української дипломатії", got)
	}
	x = p.Extract("Президент провів розмову з федеральним канцлером Німеччини Карлом Шмідтом. Німецький канцлер анонсував візит до Києва.", time.Time{})
	if got := mentionsOf(t, x, "Карл Шмідт"); !slices.Contains(got, "Німецький канцлер") {
		t.Errorf("mentions of Карл Шмідт %q, want Німецький канцлер", got)
	}
}

// TestS46TRoleByKind: a head's role phrase that names the kind of body
// with a common noun ("очільник агентства", "керівник компанії",
// "Очільник відомства") stands for the one person named before whose
// title heads such a body; a deputy's title does not, and two such
// heads leave it open.
func TestS46TRoleByKind(t *testing.T) {
	p := load(t)
	for _, tt := range []struct {
		name, text, person, role string
		want                     bool
	}{
		{"an agency",
			"Голова Державного агентства лісових ресурсів Павло Кравець відвідав Житомир. Очільник агентства оглянув розсадник.",
			"Павло Кравець", "Очільник агентства", true},
		{"a company's board",
			"Голова правління компанії Максим Ярош повідомив про нові рейси. За словами керівника компанії, квитки вже продають.",
			"Максим Ярош", "керівника компанії", true},
		{"a ministry",
			"Міністр аграрної політики Богдан Кравчук провів нараду. Очільник відомства закликав фермерів подати заявки.",
			"Богдан Кравчук", "Очільник відомства", true},
		{"a deputy",
			"Заступник голови правління компанії Максим Ярош повідомив про нові рейси. Керівник компанії підтвердив це.",
			"Максим Ярош", "Керівник компанії", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if got := mentionsOf(t, x, tt.person); slices.Contains(got, tt.role) != tt.want {
				t.Errorf("mentions of %s %q, want %q: %v", tt.person, got, tt.role, tt.want)
			}
		})
	}
}

// TestS46TOfficial: an official (посадовець, чиновниця, колишній
// посадовець) stands for the one person named before with the title of
// a public office; a lawyer or a company's director is none.
func TestS46TOfficial(t *testing.T) {
	p := load(t)
	for _, tt := range []struct {
		name, text, person, role string
	}{
		{"a former head of a council",
			"Суд засудив колишнього голову Броварської районної ради Степана Лисенка. Його адвокат Ігор Мороз оскаржить вирок. За даними слідства, посадовець передав землю родичам.",
			"Степан Лисенко", "посадовець"},
		{"a deputy minister, a woman",
			"Заступниця міністра освіти Ганна Бондар відвідала Луцьк. Посадовиця оглянула нові укриття.",
			"Ганна Бондар", "Посадовиця"},
		{"колишній посадовець",
			"Детективи затримали заступника голови обласної адміністрації Олега Мазура. Колишній посадовець провини не визнав.",
			"Олег Мазур", "Колишній посадовець"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			if got := mentionsOf(t, x, tt.person); !slices.Contains(got, tt.role) {
				t.Errorf("mentions of %s %q, want %q", tt.person, got, tt.role)
			}
		})
	}
	x := p.Extract("Директор агрофірми Іван Ткач подав позов. Посадовець відмовився коментувати.", time.Time{})
	if got := mentionsOf(t, x, "Іван Ткач"); slices.Contains(got, "Посадовець") {
		t.Errorf("mentions of Іван Ткач %q, want no Посадовець", got)
	}
}

// TestS46TAideTitle: one who acts for a person or a body (спецпосланець,
// представниця, віцепрезидент, заступник) before the genitive of whom
// and a name in the title's case holds that title, though the tagger
// marked only the genitive (президента) or nothing.
func TestS46TAideTitle(t *testing.T) {
	p := load(t)
	for _, tt := range []struct{ text, person, title string }{
		{"Про це розповів спецпосланець прем'єр-міністра Канади Джон Міллер.", "Джон Міллер", "спецпосланець прем'єр-міністра Канади"},
		{"Представниця Німеччини Анна Фогель відкинула ці аргументи.", "Анна Фогель", "представниця Німеччини"},
		{"Кредит погодив віцепрезидент Світового банку Ганс Кляйн.", "Ганс Кляйн", "віцепрезидент Світового банку"},
	} {
		checkTitles(t, p.Extract(tt.text, time.Time{}), tt.person, []string{tt.title}, nil)
	}
}
