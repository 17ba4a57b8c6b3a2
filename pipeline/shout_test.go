package pipeline_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// TestShoutedLines checks that a sentence printed in capitals is read as
// the same sentence in running case: the same spans with the same base
// forms (in the case of running text: Зеленський, not ЗЕЛЕНСЬКИЙ), each
// keeping the text as written, and its names linked to the same people
// written normally.
func TestShoutedLines(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, shouted, running string
		rest                   string // what follows the line
		same                   [][2]string
	}{
		{
			name:    "headline over a report",
			shouted: "ЗЕЛЕНСЬКИЙ І МАКРОН ОБГОВОРИЛИ ПОСТАЧАННЯ ЗБРОЇ",
			running: "Зеленський і Макрон обговорили постачання зброї",
			rest:    "\nПрезидент України Володимир Зеленський у вівторок провів телефонну розмову з президентом Франції Емманюелем Макроном.",
			same:    [][2]string{{"ЗЕЛЕНСЬКИЙ", "Володимир Зеленський"}, {"МАКРОН", "Емманюелем Макроном"}},
		},
		{
			name:    "a surname that is also an adjective",
			shouted: "ПРЕЗИДЕНТ ЗЕЛЕНСЬКИЙ ЗУСТРІВСЯ З БАЙДЕНОМ У ВАШИНГТОНІ.",
			running: "Президент Зеленський зустрівся з Байденом у Вашингтоні.",
		},
		{
			name:    "acronyms keep their capitals",
			shouted: "США ПЕРЕДАЛИ ЗСУ НОВІ ЗЕНІТНІ КОМПЛЕКСИ",
			running: "США передали ЗСУ нові зенітні комплекси",
			rest:    "\nПро це повідомило Міноборони.",
		},
		{
			name:    "Latin capitals stay",
			shouted: "УКРАЇНА ОТРИМАЛА ЩЕ ОДНУ СИСТЕМУ IRIS-T SLM",
			running: "Україна отримала ще одну систему IRIS-T SLM",
		},
		{
			name:    "a city with a hyphen and money",
			shouted: "ІВАНО-ФРАНКІВСЬК ОТРИМАЄ 200 МЛН ГРИВЕНЬ ВІД УРЯДУ",
			running: "Івано-Франківськ отримає 200 млн гривень від уряду",
		},
	}
	line := func(text string, x *vistka.Extraction) []string {
		n := utf8.RuneCountInString(text)
		var out []string
		for _, s := range x.Spans {
			if s.End <= n {
				out = append(out, s.Type+"|"+s.Lemma)
			}
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.shouted + tt.rest
			x := p.Extract(text, time.Time{})
			for _, s := range x.Spans {
				if want := string([]rune(text)[s.Start:s.End]); s.Text != want {
					t.Errorf("span %q at %d-%d: the text there is %q", s.Text, s.Start, s.End, want)
				}
			}
			got := line(tt.shouted, x)
			want := line(tt.running, p.Extract(tt.running+tt.rest, time.Time{}))
			if len(want) == 0 || strings.Join(got, "; ") != strings.Join(want, "; ") {
				t.Errorf("spans of the line in capitals:\n got %q\nwant %q (the line in running case)", got, want)
			}
			for _, pair := range tt.same {
				if a, b := entityOf(x, pair[0]), entityOf(x, pair[1]); a == "" || a != b {
					t.Errorf("%q is %q and %q is %q: want one entity", pair[0], a, pair[1], b)
				}
			}
		})
	}
}

// TestShoutedLinesKept checks what stays as written: names and words in
// capitals inside a sentence in running case, a line of names and
// acronyms with no common word.
func TestShoutedLinesKept(t *testing.T) {
	p := load(t)
	tests := []struct{ text, want string }{
		// A company's name in capitals inside a sentence.
		{"Наприкінці жовтня ДП «Кіровоградтепло» ТОВ «ЦНТІ УНГА» уклало договір з мешканкою міста.", "ORG|ТОВ «ЦНТІ УНГА»|ТОВ «ЦНТІ УНГА»"},
		// A line of names and acronyms only: no common words.
		{"ТОВ «ЦНТІ УНГА» ДП «КТ»", ""},
		// Words in capitals inside a sentence in running case.
		{"Верховна Рада ухвалила закон «ПРО ОХОРОНУ ДИТИНСТВА» у першому читанні.", "ORG|Верховна Рада|Верховна Рада"},
	}
	for _, tt := range tests {
		x := p.Extract(tt.text, time.Time{})
		found := tt.want == ""
		for _, s := range x.Spans {
			if s.Type+"|"+s.Text+"|"+s.Lemma == tt.want {
				found = true
			}
			if want := string([]rune(tt.text)[s.Start:s.End]); s.Text != want {
				t.Errorf("%q: span %q at %d-%d: the text there is %q", tt.text, s.Text, s.Start, s.End, want)
			}
			if s.Lemma != s.Text && strings.ToUpper(s.Lemma) == s.Text && tt.want == "" {
				t.Errorf("%q: span %q got the base form %q in running case", tt.text, s.Text, s.Lemma)
			}
		}
		if !found {
			t.Errorf("%q: no span %q in %v", tt.text, tt.want, x.Spans)
		}
	}
}

// entityOf returns the id of the entity with a mention whose text is
// text, or "".
func entityOf(x *vistka.Extraction, text string) string {
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			if m.Text == text {
				return e.ID
			}
		}
	}
	return ""
}
