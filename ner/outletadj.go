package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// outletAdjectives turns on cutOutletAdjectives; a variable for
// experiments.
var outletAdjectives = true

// cutOutletAdjectives cuts off a PERS span the capitalised adjective of
// an outlet's name (neuterOutlets) that opens it before a first name in
// another case: "журналістка [PERS Суспільного Ангеліна Карякіна]" is
// the outlet, ORG Суспільного, and the journalist, PERS Ангеліна
// Карякіна. A person's name does not open with an adjective that does
// not agree with it; the model runs the outlet in the genitive after a
// title into the name of the person the title is of. spans[from:] are
// the sentence's spans, sorted; the result is sorted too.
func cutOutletAdjectives(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 {
			continue
		}
		adj, name := &toks[a], &toks[a+1]
		if !startsUpper(adj.Text) || !strings.HasPrefix(adj.Tag, "adj") || !neuterOutlets[scan.ToLower(adj.Lemma)] ||
			!strings.Contains(name.Tag, ":fname") || vtag.Case(adj.Tag) == vtag.Case(name.Tag) {
			continue
		}
		spans[k] = vistka.Span{Start: name.RStart, End: sp.End, Type: "PERS", Text: joinTokens(toks[a+1 : b])}
		spans = slices.Insert(spans, k, vistka.Span{Start: adj.RStart, End: adj.REnd, Type: "ORG", Text: adj.Text})
		k++
	}
	return spans
}
