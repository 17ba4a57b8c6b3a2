package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// adjTails turns on addAdjTails; a variable for experiments.
var adjTails = true

// adjTailsNeed gates addAdjTails: a span ends with a capitalised
// adjective.
const adjTailsNeed = sbUpperAdj

// addAdjTails widens a span that opens with an abbreviation in capitals,
// as a company's name does, and ends with a capitalised adjective over the
// lower-case adjectives and the common noun after it that agree with it:
// "[PERS ДТЕК Дніпровські] електромережі" is the company ДТЕК Дніпровські
// електромережі, an ORG. A Ukrainian name puts its adjectives before
// their noun, so such a name does not end with one that has its noun
// right after it. An adjective that is a surname (Зеленський) is left
// alone, and so is a noun another span holds. Spans of a word alone stay
// as they are: NER-UK tags a possessive adjective made from a name as a
// PERS without the noun it goes with (Майчин живіт, Божа воля).
// spans[from:] are the sentence's spans, sorted.
func addAdjTails(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" && sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || b >= len(toks) || !upperWords(toks[a:a+1]) || scan.RuneCount(toks[a].Text) < 2 {
			continue
		}
		last := &toks[b-1]
		if !strings.HasPrefix(last.Tag, "adj") || strings.Contains(last.Tag, ":prop") || strings.Contains(last.Tag, ":pron") || !startsUpper(last.Text) {
			continue
		}
		end := b
		for end < len(toks) && startsLower(toks[end].Text) && strings.HasPrefix(toks[end].Tag, "adj") && agrees(last, &toks[end]) {
			end++
		}
		if end >= len(toks) || !startsLower(toks[end].Text) || !strings.HasPrefix(toks[end].Tag, "noun") || strings.Contains(toks[end].Tag, ":prop") ||
			!agrees(last, &toks[end]) || k+1 < len(spans) && spans[k+1].Start < toks[end].REnd {
			continue
		}
		sp.End, sp.Text = toks[end].REnd, joinTokens(toks[a:end+1])
		if sp.Type == "PERS" {
			sp.Type = "ORG"
		}
	}
	return spans
}

// agrees reports whether the words a and n agree in case and in gender or
// number.
func agrees(a, n *vistka.Token) bool {
	c := vtag.Case(a.Tag)
	return c != "" && c == vtag.Case(n.Tag) && vtag.Gender(a.Tag) == vtag.Gender(n.Tag)
}
