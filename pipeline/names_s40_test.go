package pipeline_test

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestS40SurnameAlone checks the base form of a surname alone in a case
// its person's full name, told elsewhere in the text, declines it to: it
// is the full name's surname, a man's (Пецуха → Пецух, not a woman's
// Пецуха) or a woman's (Потапову → Потапова, not a man's Потапов). With
// two people whose surnames fit, the surname alone is left as it was.
// The texts are written for the test; each want is "text=base" of a PERS
// span, and not a base form no span may have.
func TestS40SurnameAlone(t *testing.T) {
	p := load(t)
	for _, tt := range []struct {
		text      string
		want, not []string
	}{
		{"Василь Пецух отримав премію. Премію Пецуха передали на ЗСУ.", []string{"Пецуха=Пецух"}, []string{"Пецуха"}},
		{"Анастасія Потапова програла. Потапову привітали суперниці.", []string{"Потапову=Потапова"}, []string{"Потапов"}},
		{"Суд допитав Юрія Сокола. Сокол заперечує провину. Адвокат Сокола оскаржить вирок.", []string{"Сокола=Сокол"}, []string{"Сокіл"}},
		{"Прокурор Віталій Сакал заявив про підозру. За словами Сакала, справу передано до суду.", []string{"Сакала=Сакал"}, []string{"Сакало"}},
		{"Олена Ковальова і Петро Ковальов виступили на з'їзді. Ковальову подякували.", []string{"Олена Ковальова=Олена Ковальова"}, nil},
	} {
		x := p.Extract(tt.text, time.Time{})
		var got []string
		for _, s := range x.Spans {
			if s.Type == "PERS" {
				got = append(got, s.Text+"="+s.Lemma)
			}
		}
		ok := true
		for _, w := range tt.want {
			ok = ok && slices.Contains(got, w)
		}
		for _, n := range tt.not {
			ok = ok && !slices.ContainsFunc(got, func(g string) bool { return strings.HasSuffix(g, "="+n) })
		}
		if !ok {
			t.Errorf("%q: PERS spans %q, want %q and no base form of %q", tt.text, got, tt.want, tt.not)
		}
	}
}
