package pipeline_test

import (
	"slices"
	"testing"
	"time"

	"github.com/vistka/vistka/pipeline"
)

// The constructions of this file were found reading the errors of the
// fifth entity set (testdata/gold/entities5.jsonl); the sentences are our
// own.

// TestS33FMonarchTitles checks that a monarch's or ruler's title written
// right before the name in its case is the person's title where the
// tagger gave it no span.
func TestS33FMonarchTitles(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, person string
		want               []string
	}{
		{"a king in the genitive before a name with a number",
			"Під містом поховані вояки армії короля Густава III, що загинули в битві.",
			"Густав III", []string{"король"}},
		{"a hetman before a full name",
			"Столицю перенесли за наказом, який підписав гетьман Павло Скоропадський.",
			"Павло Скоропадський", []string{"гетьман"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTitles(t, p.Extract(tt.text, time.Time{}), tt.person, tt.want, nil)
		})
	}
}

// TestS33FVillageNames checks that a village named by a possessive
// adjective in the neuter after село or селище keeps that form as its
// base form: the name agrees with the word for the village and is no case
// of a masculine Пирогів.
func TestS33FVillageNames(t *testing.T) {
	p := load(t)
	tests := []struct{ text, place, want string }{
		{"Родина десять років прожила у селі Сидорове біля Полтави.", "Сидорове", "Сидорове"},
		{"Делегація приїхала до селища Гнатове на Київщині.", "Гнатове", "Гнатове"},
		{"Мер міста Харкова приїхав у Гнатів.", "Харкова", "Харків"},
	}
	for _, tt := range tests {
		t.Run(tt.place, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			for _, s := range x.Spans {
				if s.Text == tt.place {
					if s.Type != "LOC" || s.Lemma != tt.want {
						t.Errorf("%s %q, want LOC %q", s.Type, s.Lemma, tt.want)
					}
					return
				}
			}
			t.Errorf("no span %q: %+v", tt.place, x.Spans)
		})
	}
}

// TestS33FChainedPronouns checks that a pronoun goes on with the person
// the same pronoun stood for in the sentence before when no one of that
// gender is named in the three sentences, and that it does not when a
// noun of its gender comes before it in its sentence; that a pronoun a
// dash spells out as a thing is no one's; and that a woman whose name was
// first read as a man's dative takes her pronoun.
func TestS33FChainedPronouns(t *testing.T) {
	p := load(t)
	tests := []pronounCount{
		{"the second pronoun three sentences after the name",
			"Відомий мандрівник Ганс Мюллер приїхав до Одеси. Це вже третій його візит до міста. " +
				"Уперше він побував тут 1995 року з друзями. Відтоді він не пропустив жодного літа.",
			"Ганс Мюллер", 2},
		{"no pronoun for a thing a dash spells out after it",
			"Співачка Ольга Петрук посіла друге місце. Для журі не вона — фахова оцінка — була головним мірилом.",
			"Ольга Петрук", 0},
		{"a woman first read as a man's dative takes her pronoun",
			"Журі поставило Тамалу на третє місце. Глядачі віддали перше місце, і Тамала перемогла. Вона подякувала глядачам.",
			"Тамала", 1},
		{"no chain when a noun of the gender stands before the pronoun",
			"Мисткиня Ольга Петрук відкрила виставку в Полтаві. Це вже п'ята її виставка в області. " +
				"Уперше вона показала картини 2010 року. Зала була тісна, і вона ледве вмістила гостей.",
			"Ольга Петрук", 1},
	}
	checkPronounCounts(t, p, tests)
}

// TestS33FSharedSurname checks the base forms of a man and a woman named
// by first name and patronymic, joined by a conjunction, with one surname
// in the plural after both: each has the surname in the singular. A
// surname that does not decline keeps its form when no one is named
// before it.
func TestS33FSharedSurname(t *testing.T) {
	p := load(t)
	tests := []struct{ text, name, want string }{
		{"У родині Степана Івановича і Оксани Петрівни Скиб виховують п'ятеро дітей.",
			"Оксани Петрівни Скиб", "Оксана Петрівна Скиба"},
		{"Із ювілеєм привітали Петра Андрійовича та Ганну Василівну Самаріних.",
			"Ганну Василівну Самаріних", "Ганна Василівна Самаріна"},
		{"Із ювілеєм привітали Петра Андрійовича та Ганну Василівну Самаріних.",
			"Петра Андрійовича", "Петро Андрійович Самарін"},
		{"У родині Степана Івановича і Оксани Петрівни Скиб виховують п'ятеро дітей.",
			"Степана Івановича", "Степан Іванович Скиба"},
		{"Про це журналістам повідомив депутат Єгор Гладких.",
			"Єгор Гладких", "Єгор Гладких"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			for _, s := range x.Spans {
				if s.Text == tt.name {
					if s.Lemma != tt.want {
						t.Errorf("base form %q, want %q", s.Lemma, tt.want)
					}
					return
				}
			}
			t.Errorf("no span %q: %+v", tt.name, x.Spans)
		})
	}
}

// TestS33FWomansAccusative checks that a one-word name in -у, read as a
// man's dative, and the same woman's name in another case are one person
// named in full.
func TestS33FWomansAccusative(t *testing.T) {
	p := load(t)
	text := "Журі поставило Тамалу на третє місце. Глядачі віддали перше місце, і Тамала перемогла."
	x := p.Extract(text, time.Time{})
	got := mentionsOf(t, x, "Тамала")
	for _, w := range []string{"Тамалу", "Тамала"} {
		if !slices.Contains(got, w) {
			t.Errorf("mentions %q, want %q", got, w)
		}
	}
}

// pronounCount is a text and how many pronoun mentions its person gets.
type pronounCount struct {
	name, text, person string
	want               int // pronoun mentions of the person
}

// checkPronounCounts extracts each text and counts the pronoun mentions
// of the entity named person.
func checkPronounCounts(t *testing.T, p *pipeline.Pipeline, tests []pronounCount) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			e := entityByName(x, tt.person)
			if e == nil {
				t.Fatalf("no entity %q: %+v", tt.person, x.Entities)
			}
			n := 0
			for _, m := range e.Mentions {
				if m.Kind == "pronoun" {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("%d pronoun mentions, want %d: %+v", n, tt.want, e.Mentions)
			}
		})
	}
}
