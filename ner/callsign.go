package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// callSigns turns on tagCallSigns; a variable for experiments.
var callSigns = true

// tagCallSigns makes a PERS of a fighter's call sign, the quoted name
// after позивний: "оператор ударних дронів із позивним «Хмара»",
// "командир батальйону з позивним «Лорд»", which the model reads as a
// body's quoted name. The fighter is named by it; the PERS is the name
// without its quotes, up to three words opening with a capital, and
// takes the place of any span there. spans[from:] are the sentence's
// spans, sorted; the result is sorted too.
func tagCallSigns(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for q := 1; q+2 < len(toks); q++ {
		if toks[q].Text != "«" || !strings.HasPrefix(scan.ToLower(toks[q-1].Text), "позивн") || !startsUpper(toks[q+1].Text) {
			continue
		}
		end := q + 1
		for end < len(toks) && end <= q+3 && toks[end].Kind == vistka.Word {
			end++
		}
		if end >= len(toks) || toks[end].Text != "»" || end == q+1 {
			continue
		}
		k := from
		for k < len(spans) && spans[k].End <= toks[q].RStart {
			k++
		}
		j := k
		for j < len(spans) && spans[j].Start < toks[end].REnd {
			j++
		}
		spans = slices.Replace(spans, k, j, vistka.Span{Start: toks[q+1].RStart, End: toks[end-1].REnd, Type: "PERS", Text: joinTokens(toks[q+1 : end])})
		q = end
	}
	return spans
}
