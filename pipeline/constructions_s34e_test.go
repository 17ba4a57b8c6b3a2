package pipeline_test

import (
	"slices"
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// The constructions of this file were found reading the errors of the
// sixth entity set (testdata/gold/entities6.jsonl); the sentences are our
// own.

// TestS34EPronouns checks pronouns that open a sentence after the person
// named as the subject of the sentence before, with a person of the other
// gender there too or after an opening adverb; a pronoun in a clause of a
// sentence that names one person of its gender, with other such persons
// named in the sentences before, unless a preposition or a noun governs
// that person; and a pronoun after a subject whose first name took the
// case of a genitive title before it.
func TestS34EPronouns(t *testing.T) {
	p := load(t)
	tests := []pronounCount{
		{"a woman after a sentence that also names a man",
			"Міністерка Олена Ткач і депутатка Ірина Мороз відкрили форум. " +
				"Згодом Ірина Мороз обговорила проєкт з мером Петром Гнатюком. Вона пообіцяла підтримку.",
			"Ірина Мороз", 1},
		{"a pronoun after an opening adverb",
			"Голова комісії Сергій Ткаченко відкрив засідання. Уряд призначив Андрія Бойка радником, повідомив Ткаченко. " +
				"Міністр пояснив, що Бойко відповідатиме за експорт. Раніше він працював у посольстві.",
			"Андрій Бойко", 1},
		{"the one man of its sentence in a clause",
			"Сергій Ткаченко подякував Андрію Бойку. Бойко передав привіт Івану Лисенку. " +
				"У серпні Петра Гнатюка приймали в Одесі, де він оглянув порт.",
			"Петро Гнатюк", 1},
		{"no pronoun for the man of its sentence after a preposition",
			"Сергій Ткаченко подякував Андрію Бойку. Бойко передав привіт Івану Лисенку. " +
				"Із Петром Гнатюком він познайомився торік.",
			"Петро Гнатюк", 0},
		{"a subject whose first name took a genitive's case",
			"Першим виступив Ігор Петренко. Верховний комісар ООН з прав людини Фолькер Тюрк, який говорив слідом, " +
				"повідомив про нові випадки. Він закликав сторони до діалогу.",
			"Фолькер Тюрк", 1},
	}
	checkPronounCounts(t, p, tests)
}

// titleMentions returns the texts of the title mentions of the entity
// named person in x.
func titleMentions(t *testing.T, x *vistka.Extraction, person string) []string {
	t.Helper()
	e := entityByName(x, person)
	if e == nil {
		t.Fatalf("no entity %q: %+v", person, x.Entities)
	}
	var out []string
	for _, m := range e.Mentions {
		if m.Kind == "title" {
			out = append(out, m.Text)
		}
	}
	return out
}

// TestS34ERolePhrases checks role phrases standing for a person named
// before: one that opens the person's title and stops short of its
// genitive tail, and one whose head and body the title shares, the body
// named by another of its mentions; and that a title naming another
// country's office is not the minister named in its sentence.
func TestS34ERolePhrases(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, person string
		want               []string // title mentions of the person
	}{
		{"a title's opening words",
			"Міський голова Полтави Іван Коваль відкрив новий міст. «Це подарунок містянам», – сказав міський голова.",
			"Іван Коваль", []string{"міський голова"}},
		{"a head and the body's acronym",
			"У Варшаві побував секретар Ради національної безпеки і оборони України Петро Гнатюк. " +
				"Секретар РНБО також зустрівся з польськими депутатами.",
			"Петро Гнатюк", []string{"Секретар РНБО"}},
		{"another country's minister in the sentence of the title",
			"Міністр закордонних справ України Андрій Сибіга провів переговори з міністром закордонних справ Саудівської Аравії.",
			"Андрій Сибіга", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := titleMentions(t, p.Extract(tt.text, time.Time{}), tt.person)
			if !slices.Equal(got, tt.want) {
				t.Errorf("title mentions %q, want %q", got, tt.want)
			}
		})
	}
}

// TestS34EBracketedAcronym checks that a title whose body's acronym
// follows in brackets is the title of the name after the brackets.
func TestS34EBracketedAcronym(t *testing.T) {
	p := load(t)
	x := p.Extract("Генеральний директор Міжнародного агентства з атомної енергії (МАГАТЕ) Рафаель Гроссі прибув до Києва.", time.Time{})
	checkTitles(t, x, "Рафаель Гроссі", []string{"генеральний директор Міжнародного агентства з атомної енергії"}, nil)
}

// TestS34EParticleFirstName checks that a woman's first name before name
// particles, after a genitive that leads the tagger to read it as a man's
// surname in the genitive, keeps its form: the word before the particles
// is a first name.
func TestS34EParticleFirstName(t *testing.T) {
	p := load(t)
	x := p.Extract("Звіт представила голова Європейської комісії Урсула ван дер Берг.", time.Time{})
	for _, s := range x.Spans {
		if s.Text == "Урсула ван дер Берг" {
			if s.Lemma != "Урсула ван дер Берг" {
				t.Errorf("base form %q, want %q", s.Lemma, "Урсула ван дер Берг")
			}
			return
		}
	}
	t.Errorf("no span %q: %+v", "Урсула ван дер Берг", x.Spans)
}

// TestS34EAccreditedTitle checks that a title goes on with the body an
// envoy is accredited to, after "при" (and the office's place after "у"),
// when the name follows it.
func TestS34EAccreditedTitle(t *testing.T) {
	p := load(t)
	tests := []struct{ text, person, want string }{
		{"Посол Японії при Раді Європи Кадзуо Ямада виступив на засіданні.",
			"Кадзуо Ямада", "посол Японії при Раді Європи"},
		{"Ініціативу підтримав посол Польщі при відділенні ООН у Женеві Томаш Новак.",
			"Томаш Новак", "посол Польщі при відділенні ООН у Женеві"},
	}
	for _, tt := range tests {
		t.Run(tt.person, func(t *testing.T) {
			checkTitles(t, p.Extract(tt.text, time.Time{}), tt.person, []string{tt.want}, nil)
		})
	}
}

// TestS34EApposedPosting checks that a title in apposition after a name
// keeps the posting after it, closed by a comma.
func TestS34EApposedPosting(t *testing.T) {
	p := load(t)
	x := p.Extract("Олена Коваль, посол України в Австрії, зустрілася з мером Відня.", time.Time{})
	checkTitles(t, x, "Олена Коваль", []string{"посол України в Австрії"}, []string{"посол України"})
}

// TestS34EClippedBeforeCountry checks that a clipped compound is the
// body whose two-word name it clips, that name followed by its
// country's or organisation's name.
func TestS34EClippedBeforeCountry(t *testing.T) {
	p := load(t)
	tests := []struct{ text, name, short string }{
		{"Кабінет Міністрів України ухвалив постанову. Кабмін також погодив кандидатуру судді.",
			"Кабінет Міністрів України", "Кабмін"},
		{"Генеральна Асамблея ООН ухвалила резолюцію. Рішення Генасамблеї підтримали 93 країни.",
			"Генеральна Асамблея ООН", "Генасамблеї"},
	}
	for _, tt := range tests {
		t.Run(tt.short, func(t *testing.T) {
			got := mentionsOf(t, p.Extract(tt.text, time.Time{}), tt.name)
			if !slices.Contains(got, tt.short) {
				t.Errorf("mentions of %s %q, want %q", tt.name, got, tt.short)
			}
		})
	}
}
