package entity_test

import (
	"strings"
	"testing"

	"github.com/vistka/vistka/entity"
)

// TestS54NWrittenAgain checks that a name written the same twice in one
// text is one entity whatever base form each reading gave it: the form
// kept as written once yields to the declined reading, a form read as
// its own base form twice stands, and otherwise the first reading's base
// form names the entity.
func TestS54NWrittenAgain(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"a party's name kept as a plural, then declined",
			"Депутат [ORG Партії праці|Партії праці] виступив. Голова [ORG Партії праці|Партія праці] промовчав.",
			"Партія праці/ORG/2"},
		{"a body's genitive declined, then kept",
			"Так сказав речник [ORG Зерностроя|Зернострой]. Дочірня фірма [ORG Зерностроя|Зерностроя] будує склад.",
			"Зернострой/ORG/2"},
		{"the form kept once, then declined",
			"Звіт [ORG Облагробуду|Облагробуду] готовий. Керівник [ORG Облагробуду|Облагробуд] його підписав.",
			"Облагробуд/ORG/2"},
		{"a place read as two nominatives",
			"Потяг прибув до [LOC Старої Гути|Стара Гута]. У [LOC Старої Гути|Старі Гути] чекали гостей.",
			"Стара Гута/LOC/2"},
		{"a name read as its own twice",
			"[PERS Вітранія|Вітранія] прийняла гостей. [PERS Вітранія|Вітранія] святкує. Мер [PERS Вітранія|Вітраній] привітав усіх.",
			"Вітранія/PERS/3"},
		{"a one-word person",
			"[PERS Марусі|Маруся] не було вдома. Листа [PERS Марусі|Марусі] принесли вранці.",
			"Маруся/PERS/2"},
		{"two declined readings, the second the tagger's",
			"Потяг прибув до [LOC Старої Гути|Стара Гута]. У [LOC Кам'яному Мосту|Кам'яний Мост] і [LOC Кам'яному Мосту|Кам'яний Міст] чекали гостей.",
			"Стара Гута/LOC/1 | Кам'яний Міст/LOC/2"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := analysis(tt.text)
			for i := range a.Sentences {
				for j := range a.Sentences[i].Tokens {
					if tok := &a.Sentences[i].Tokens[j]; tok.Text == "Мосту" {
						tok.Lemma, tok.Tag = "міст", "noun:inanim:m:v_mis"
					}
				}
			}
			var got []string
			for _, e := range entity.Link(a, fakeAliases{}).Entities {
				got = append(got, e.Name+"/"+e.Type+"/"+itoa(len(e.Mentions)))
			}
			if g := strings.Join(got, " | "); g != tt.want {
				t.Errorf("got  %q\nwant %q", g, tt.want)
			}
		})
	}
}
