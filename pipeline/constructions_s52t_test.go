package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// study half of the entity sets (entities1, 3, 5, 7, 9) in session 52;
// the texts are our own.

// TestS52TOutletLines checks that a line that is a news outlet's name
// and nothing else, under the headline, is the outlet, named in full
// (a dateline's capitals in the outlet's own case), and that an outlet
// the text names inside a sentence as the one told is no entity of it.
func TestS52TOutletLines(t *testing.T) {
	p := load(t)
	for _, tt := range []struct {
		name, text, want string
		found            bool
	}{
		{"the publisher's line", "Уряд ухвалив нову програму\n\nЄвропейська правда\n\nУряд ухвалив програму підтримки фермерів.", "Європейська правда", true},
		{"in Latin letters", "Лікарню відкрили після ремонту\n\nhromadske\n\nУ місті відкрили лікарню.", "hromadske", true},
		{"a dateline's capitals", "Уряд ухвалив програму\n\nІНТЕРФАКС-УКРАЇНА\n\nУряд ухвалив програму.", "Інтерфакс-Україна", true},
		{"a regional edition, its place tagged", "Обстріл тривав усю ніч\n\nСуспільне Донбас\n\nОбстріл тривав усю ніч.", "Суспільне Донбас", true},
		{"inside a sentence", "Суддя вийшов з-під варти, як повідомили hromadske в прокуратурі.", "hromadske", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			found := false
			for _, e := range x.Entities {
				if e.Name == tt.want && e.Type == "ORG" {
					found = true
				}
			}
			if found != tt.found {
				t.Errorf("ORG %q found %v, want %v; entities %v", tt.want, found, tt.found, x.Entities)
			}
		})
	}
}

// TestS52TLegalNames checks that a company named with its legal form and
// a quoted name is one entity with the shorter names the text calls it
// by: the quoted name without its country tail, and the innermost of two
// quoted names.
func TestS52TLegalNames(t *testing.T) {
	p := load(t)
	for _, tt := range []struct{ name, text, a, b string }{
		{"the quoted name without its tail", "Наглядова рада НАК «Нафтогаз України» обрала голову. Вона входить до ради «Нафтогазу» з 2023 року.",
			"НАК «Нафтогаз України»", "Нафтогазу"},
		{"a name quoted inside a quoted name", "ТОВ «Агрофірма «Світанок»» отримало грант. Директор агрофірми «Світанок» подякував.",
			"ТОВ «Агрофірма «Світанок»»", "Світанок"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			of := func(text string) string {
				for _, e := range x.Entities {
					for _, m := range e.Mentions {
						if m.Text == text {
							return e.ID
						}
					}
				}
				return ""
			}
			if a, b := of(tt.a), of(tt.b); a == "" || a != b {
				t.Errorf("%q in %q, %q in %q: want one entity; entities %v", tt.a, a, tt.b, b, x.Entities)
			}
		})
	}
}
