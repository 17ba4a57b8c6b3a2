package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// placeFirstNames turns on joinPlaceFirstNames; a variable for
// experiments.
var placeFirstNames = true

// joinPlaceFirstNames makes one PERS of a one-word LOC span of a place's
// name that does not decline and the one-word PERS span of a surname right
// after it, when a title with its own place in the genitive stands before
// them, in any case: "[JOB Президент] [LOC Парагваю] [LOC Сантьяго] [PERS
// Пенья]", "з президентом Парагваю Сантьяго Пеньєю" name
// Сантьяго Пенья, a first name in -о the gazetteer knows only as a city.
// The title's place is there already, so the second place is none of
// its; with no such genitive between ("мер Токіо Коіке") the place is
// the title's, and it stays. spans[from:] are the sentence's spans,
// sorted.
func joinPlaceFirstNames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from + 1; k+1 < len(spans); k++ {
		sp, next := &spans[k], &spans[k+1]
		if sp.Type != "LOC" || next.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		c, d := vistka.TokensIn(toks, next.Start, next.End)
		if b != a+1 || c != b || d != c+1 || a < 2 {
			continue
		}
		if t := &toks[a]; !strings.Contains(t.Tag, ":nv") || !strings.Contains(t.Tag, ":geo") || !startsUpper(t.Text) ||
			!strings.Contains(toks[c].Tag, ":lname") {
			continue
		}
		g, title := &toks[a-1], &toks[a-2] // the title and its place, in the genitive
		if !strings.Contains(g.Tag, "v_rod") || !strings.Contains(g.Tag, ":geo") || strings.Contains(g.Tag, ":nv") ||
			!strings.HasPrefix(title.Tag, "noun:anim") || strings.Contains(title.Tag, ":prop") || strings.Contains(title.Tag, "pron") {
			continue
		}
		sp.End, sp.Type = next.End, "PERS"
		sp.Text = joinTokens(toks[a:d])
		spans = slices.Delete(spans, k+1, k+2)
	}
	return spans
}
