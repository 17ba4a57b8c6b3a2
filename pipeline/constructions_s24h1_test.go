package pipeline_test

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// The constructions of this file were found reading the errors of the
// fourth entity set (testdata/gold/entities4.jsonl); the sentences are our
// own.

// TestS24H1OfficeTitles checks that an office written right before a name
// in its case is the person's title where the tagger gave it no span, and
// that an office in another case before the name is not.
func TestS24H1OfficeTitles(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, person string
		want, not          []string
	}{
		{"a capitalised office before a full name",
			"Минулого року Президент Андрій Коваленко підписав указ про мову.",
			"Андрій Коваленко", []string{"президент"}, nil},
		{"an office before a surname alone",
			"Про це журналістів запевняв губернатор Мирошниченко.",
			"Мирошниченко", []string{"губернатор"}, nil},
		{"an office in the genitive before a name in the genitive",
			"Фонд отримав листа від посла Івана Гнатюка.",
			"Іван Гнатюк", []string{"посол"}, nil},
		{"an office in another case than the name is another person's",
			"Син президента Олександр Гнатюк відкрив школу.",
			"Олександр Гнатюк", nil, []string{"президент"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTitles(t, p.Extract(tt.text, time.Time{}), tt.person, tt.want, tt.not)
		})
	}
}

// TestS24H1Linking checks names of one body or place written two ways.
func TestS24H1Linking(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text string
		one        []string // mentions of one entity, as written
		entity     string   // its name
	}{
		{"a ministry's clipped word joined to its acronym",
			"Мер мав зустріч у Міністерстві АПК. Проценти по кредиту зголосилося заплатити МінАПК.",
			[]string{"Міністерстві АПК", "МінАПК"}, "Міністерство АПК"},
		{"a name in Latin letters and its Ukrainian name in brackets",
			"За навчання у державному виші «Uniwersytet Gdański» (Гданський університет) її батьки щороку платять 800 євро.",
			[]string{"Uniwersytet Gdański", "Гданський університет"}, "Гданський університет"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			e := entityByName(x, tt.entity)
			if e == nil {
				t.Fatalf("no entity %q: %+v", tt.entity, x.Entities)
			}
			for _, m := range tt.one {
				if !slices.ContainsFunc(e.Mentions, func(em vistka.Mention) bool { return em.Text == m }) {
					t.Errorf("%q not a mention of %q: %+v", m, tt.entity, e.Mentions)
				}
			}
		})
	}
}

// TestS24H1RegionOneEntity checks that a region's or district's name is
// one place whether the tagger reads it as a place or as a body (the
// prosecutor's office of a region).
func TestS24H1RegionOneEntity(t *testing.T) {
	p := load(t)
	text := "КП «Міськтранс» Херсонської області 5 жовтня замовило нові тролейбуси. Підприємство працює в Херсонській області з 2001 року. Торік прокурор Херсонської області повідомив про підозру директору."
	x := p.Extract(text, time.Time{})
	n := 0
	for _, e := range x.Entities {
		if e.Name == "Херсонська область" {
			n++
			if len(e.Mentions) != 2 {
				t.Errorf("mentions %+v, want 2", e.Mentions)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d entities named Херсонська область, want 1: %+v", n, x.Entities)
	}
}

// TestS24H1ClubName checks that a sports club is named without the
// acronym of its kind, and a company without its legal form (session 47:
// the entity sets name a body by its quoted part).
func TestS24H1ClubName(t *testing.T) {
	p := load(t)
	x := p.Extract("У неділю ФК «Полісся» переміг у Житомирі, а ТОВ «Агрополіс» стало спонсором команди.", time.Time{})
	for _, want := range []string{"Полісся", "Агрополіс"} {
		if entityByName(x, want) == nil {
			t.Errorf("no entity %q: %+v", want, x.Entities)
		}
	}
}

// TestS24H1GenitiveRole checks that a role word in the genitive after a
// thing ("за словами мера") stands for the person named before (the
// words for a post, обов'язки мера, are entity's TestS24H1ObjectRole).
func TestS24H1GenitiveRole(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, person, role string
		want                     bool
	}{
		{"the words of the mayor",
			"Міський голова Львова Андрій Садовий відвідав школу. За словами мера, ремонт завершать у травні.",
			"Андрій Садовий", "мера", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			e := entityByName(x, tt.person)
			if e == nil {
				t.Fatalf("no entity %q: %+v", tt.person, x.Entities)
			}
			role, nth, _ := strings.Cut(tt.role, "#") // the nth occurrence of the role word
			at := strings.Index(tt.text, role)
			if nth == "2" {
				at += len(role) + strings.Index(tt.text[at+len(role):], role)
			}
			start := utf8.RuneCountInString(tt.text[:at])
			got := slices.ContainsFunc(e.Mentions, func(m vistka.Mention) bool { return m.Start == start })
			if got != tt.want {
				t.Errorf("%q a mention of %s: %v, want %v (%+v)", tt.role, tt.person, got, tt.want, e.Mentions)
			}
		})
	}
}
