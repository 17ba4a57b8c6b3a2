package pipeline_test

import (
	"slices"
	"testing"
	"time"

	"github.com/vistka/vistka/pipeline"
)

// The constructions of this file were found reading the errors the
// sixth entity set (testdata/gold/entities6.jsonl) left after session
// 34's first fixes; the sentences are our own.

// TestS34HAcronymFirst checks that a body named first by its acronym alone
// and then by its full name with the acronym in brackets after it is one
// entity, named by the full name, as it is when the full name comes
// first.
func TestS34HAcronymFirst(t *testing.T) {
	p := load(t)
	tests := []struct{ name, text, full, acronym string }{
		{"a Cyrillic acronym first",
			"МАГАТЕ готує нову доповідь. Міжнародне агентство з атомної енергії (МАГАТЕ) оприлюднить її в понеділок.",
			"Міжнародне агентство з атомної енергії", "МАГАТЕ"},
		{"a Latin acronym first",
			"Представники ICAO прибули до Києва. Фахівці Міжнародної організації цивільної авіації (ICAO) оцінять стан аеропортів.",
			"Міжнародна організація цивільної авіації", "ICAO"},
		{"the full name first",
			"Міжнародне агентство з атомної енергії (МАГАТЕ) готує нову доповідь. МАГАТЕ оприлюднить її в понеділок.",
			"Міжнародне агентство з атомної енергії", "МАГАТЕ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentionsOf(t, p.Extract(tt.text, time.Time{}), tt.full)
			n := 0
			for _, m := range got {
				if m == tt.acronym {
					n++
				}
			}
			if n != 2 || !slices.ContainsFunc(got, func(m string) bool { return m != tt.acronym }) {
				t.Errorf("mentions of %s %q, want the full name and %s twice", tt.full, got, tt.acronym)
			}
		})
	}
}

// TestS34HWomansTitleAfterCut checks that a woman's title before a body
// and a name with a particle gets its JOB span once the name's first word,
// which the tagger ran into the body, is given back to the name: the
// title then goes to the woman.
func TestS34HWomansTitleAfterCut(t *testing.T) {
	p := load(t)
	tests := []personTitle{
		{"Президентка Європейського центрального банку Крістін фон Штраух прибула до Києва.",
			"Крістін фон Штраух", "президентка Європейського центрального банку"},
		{"Міністерка Європейської комісії Анна фон Бек прибула до Києва.",
			"Анна фон Бек", "міністерка Європейської комісії"},
	}
	checkPersonTitles(t, p, tests)
}

// TestS34HHumanRightsField checks that a title goes on with the field of
// human rights after з (з прав людини), as with з питань: the person
// named after the field holds the whole title.
func TestS34HHumanRightsField(t *testing.T) {
	p := load(t)
	tests := []personTitle{
		{"Верховний комісар ООН з прав людини Петер Гартманн закликав звільнити полонених.",
			"Петер Гартманн", "верховний комісар ООН з прав людини"},
		{"Голова Моніторингової місії ООН з прав людини в Україні Марта Еріксон засудила удар.",
			"Марта Еріксон", "голова Моніторингової місії ООН з прав людини в Україні"},
	}
	checkPersonTitles(t, p, tests)
}

// TestS34HTwoTitlesFirstUntagged checks that the first of two titles of
// one name, set off by a comma, is a title of the name after the second
// when the tagger gave it no span of its own, and no title mention of
// another holder of the same title named before.
func TestS34HTwoTitlesFirstUntagged(t *testing.T) {
	p := load(t)
	text := "Андрій Бойко і Петро Гнатюк прибули до Львова.\n\nВЛЬВІВ, 3 березня. /Укрінформ/. Віцепрем'єр-міністр, міністр цифрової трансформації Петро Гнатюк і віцепрем'єр-міністр, міністр оборони Андрій Бойко відвідали завод."
	x := p.Extract(text, time.Time{})
	e := entityByName(x, "Петро Гнатюк")
	if e == nil {
		t.Fatalf("no entity Петро Гнатюк: %+v", x.Entities)
	}
	if !slices.Contains(e.Titles, "віцепрем'єр-міністр") {
		t.Errorf("titles of Петро Гнатюк %q, want віцепрем'єр-міністр", e.Titles)
	}
	if got := titleMentions(t, x, "Андрій Бойко"); len(got) > 0 {
		t.Errorf("title mentions of Андрій Бойко %q, want none", got)
	}
}

// TestS34HRoleAfterTitle checks role phrases standing for a person named
// before by a longer title: глава уряду for a woman prime minister, and a
// clipped title (генсек ООН) for the генеральний секретар ООН.
func TestS34HRoleAfterTitle(t *testing.T) {
	p := load(t)
	tests := []struct{ name, text, person, role string }{
		{"глава уряду for a прем'єр-міністерка",
			"Прем'єр-міністерка України Ольга Мороз відкрила засідання. «Пенсії прийдуть вчасно», – наголосила глава уряду.",
			"Ольга Мороз", "глава уряду"},
		{"генсек for a генеральний секретар",
			"Генеральний секретар ООН Антоніу Ферейра прибув до Женеви. Під час сесії генсек ООН провів окрему зустріч з послами.",
			"Антоніу Ферейра", "генсек ООН"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := titleMentions(t, p.Extract(tt.text, time.Time{}), tt.person)
			if !slices.Contains(got, tt.role) {
				t.Errorf("title mentions of %s %q, want %q", tt.person, got, tt.role)
			}
		})
	}
}

// personTitle is a text and a title its person must hold.
type personTitle struct{ text, person, title string }

// checkPersonTitles extracts each text and checks that the entity named person
// holds title.
func checkPersonTitles(t *testing.T, p *pipeline.Pipeline, tests []personTitle) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.person, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			e := entityByName(x, tt.person)
			if e == nil {
				t.Fatalf("no entity %q: %+v", tt.person, x.Entities)
			}
			if !slices.Contains(e.Titles, tt.title) {
				t.Errorf("titles %q, want %q", e.Titles, tt.title)
			}
		})
	}
}
