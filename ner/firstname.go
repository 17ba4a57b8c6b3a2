package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// firstNames turns on joinFirstNames; a variable for experiments.
var firstNames = true

// joinFirstNames takes into a person's span of one word the capitalised
// word right before it that the tagger read as an animate common noun inside the
// sentence: an unknown foreign first name (з прем'єр-міністром Японії
// Сігеру | Ісібою → Сігеру Ісібою). A sentence's first word, a word in
// capitals and a word in a span of its own stay out. spans[from:] are
// the sentence's spans, sorted.
func joinFirstNames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := spanTokens(toks, sp.Start, sp.End)
		if b-a != 1 || a < 2 {
			continue // a surname alone
		}
		w := &toks[a-1]
		if slices.ContainsFunc(spans[from:], func(o vistka.Span) bool { return o.Start < w.REnd && w.RStart < o.End }) {
			continue // "Кравця | Людмили Біцюк": a name of its own
		}
		r := []rune(w.Text)
		if len(r) < 3 || !isUpper(r[0]) || strings.ToUpper(w.Text) == w.Text ||
			!strings.HasPrefix(w.Tag, "noun:anim") || strings.Contains(w.Tag, "pron") {
			continue
		}
		if p := toks[a-2].Text; p == "." || p == "!" || p == "?" || p == "«" || p == "\"" || p == "–" || p == "—" || p == "-" {
			continue
		}
		sp.Start, sp.Text = w.RStart, joinTokens(toks[a-1:b])
	}
	return spans
}
