package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// surnames turns on addSurnames; a variable for experiments.
var surnames = true

// addSurnames makes a PERS span of a capitalised word the model left
// out that the morphology reads as an animate surname in the nominative
// right before a verb in the past that agrees with it: "Сибіга прибув до
// Анкари". spans[from:] are the sentence's spans, sorted; the result is
// sorted too.
func addSurnames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	n := len(spans)
	for i := 0; i+1 < len(toks); i++ {
		t, v := &toks[i], &toks[i+1]
		// The test of the next tag first: most tokens are no verb's.
		if !strings.HasPrefix(v.Tag, "verb") || !strings.Contains(t.Tag, ":lname") || !strings.Contains(t.Tag, ":anim") ||
			!strings.Contains(t.Tag, "v_naz") || !strings.Contains(v.Tag, ":past") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !isUpper(r) || scan.RuneCount(t.Text) < 3 || upperText(t.Text) {
			continue
		}
		if g := pastGender(v.Tag); g == "" || !strings.Contains(t.Tag, ":"+g+":") {
			continue
		}
		if slices.ContainsFunc(spans[from:n], func(s vistka.Span) bool { return s.Start < t.REnd && t.RStart < s.End }) {
			continue
		}
		spans = append(spans, vistka.Span{Start: t.RStart, End: t.REnd, Type: "PERS", Text: t.Text})
	}
	if len(spans) > n {
		slices.SortFunc(spans[from:], func(a, b vistka.Span) int { return a.Start - b.Start })
	}
	return spans
}

// pastGender returns the gender of a verb in the past singular ("m", "f",
// "n"), or "".
func pastGender(tag string) string {
	for _, g := range [...]string{"m", "f", "n"} {
		if strings.HasSuffix(tag, ":past:"+g) || strings.Contains(tag, ":past:"+g+":") {
			return g
		}
	}
	return ""
}

// personMisc turns on miscPersons; a variable for experiments.
var personMisc = true

// miscPersons makes a MISC span of two or three capitalised words, all
// animate nouns and the last a person's name, a PERS: "з Хаканом
// Фіданом", which the model may take for a work or an event.
func miscPersons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "MISC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || b-a > 3 {
			continue
		}
		person := true
		for _, t := range toks[a:b] {
			r, _ := utf8.DecodeRuneInString(t.Text)
			person = person && isUpper(r) && strings.HasPrefix(t.Tag, "noun:anim")
		}
		if last := toks[b-1].Tag; person && (strings.Contains(last, ":lname") || strings.Contains(last, ":fname")) {
			sp.Type = "PERS"
		}
	}
	return spans
}
