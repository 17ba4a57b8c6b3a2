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
	for _, tt := range []struct {
		name, text, person string
		want               []string
	}{
		{"the subject, another man after a preposition",
			"Прем'єр Денис Коваленко прибув до Вільнюса. Коваленко обговорив із Гітанасом Бразаускасом постачання зброї. «Ми розраховуємо на нові рішення», – заявив він.",
			"Денис Коваленко", []string{"він"}},
		{"the subject, another man a sentence earlier",
			"Про це повідомив депутат Олег Мазур. Голова комітету Степан Гуменюк заявив, що закон доопрацюють. «Ми не можемо чекати», — наголосив він.",
			"Степан Гуменюк", []string{"він"}},
		{"two subjects",
			"Посол Іван Гуменюк і міністр Олег Мазур підписали угоду. «Це важливий крок», – сказав він.",
			"Іван Гуменюк", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := pronounsOf(t, tt.text, tt.person); !slices.Equal(got, tt.want) {
				t.Errorf("pronouns of %s %q, want %q", tt.person, got, tt.want)
			}
		})
	}
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
