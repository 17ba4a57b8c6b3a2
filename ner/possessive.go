package ner

import (
	"slices"
	"strings"
	"unicode"

	"github.com/vistka/vistka"
)

// possessives turns on addPossessives; a variable for experiments.
var possessives = true

// addPossessives makes a PERS span of a possessive adjective formed from
// a person's name that the model left out: "на Дориних долонях",
// "Толині речі", "у Шекспірових сонетах". NER-UK tags these adjectives as
// the person they name; the model, which meets them seldom, misses most:
// the rule adds 13 of them in cross-validation and one the gold lacks. The tagger reads them as adjectives
// whose lemma keeps the name's capital (Дорин, Шекспірів), which an
// adjective of a place does not (київський), and which ends with the
// possessive suffix -ин, -ін, -їн, -ів, -їв. spans[from:] are the
// sentence's spans, sorted; the result is sorted too.
func addPossessives(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	n := len(spans)
	for i := range toks {
		t := &toks[i]
		if !possessiveOfName(t) {
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

// possessiveOfName reports whether t is a possessive adjective formed
// from a person's name (Дориних, lemma Дорин).
func possessiveOfName(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "adj") || t.Lemma == "" || !unicode.IsUpper(firstRune(t.Text)) ||
		!unicode.IsUpper(firstRune(t.Lemma)) || strings.Contains(t.Text, "-") {
		return false
	}
	for _, suf := range []string{"ин", "ін", "їн", "ів", "їв"} {
		if strings.HasSuffix(t.Lemma, suf) {
			return true
		}
	}
	return false
}
