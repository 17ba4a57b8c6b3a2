package ner

import (
	"slices"

	"github.com/vistka/vistka"
)

// proceduralLeads turns on cutProceduralLeads; a variable for experiments.
var proceduralLeads = true

// cutProceduralLeads cuts an ORG span at "за процесуального керівництва"
// (за or під процесуальним керівництвом) inside it, the phrase of the
// prosecutors who lead an investigation: "[ORG Національного
// антикорупційного бюро за процесуального керівництва Спеціалізованої
// антикорупційної прокуратури]" is two bodies, the investigators' and
// the prosecutors', and the phrase is neither's name. The body before the
// phrase keeps its span; the words after it, when they open with a
// capital, are a body of their own. spans[from:] are the sentence's
// spans, sorted; the result is sorted too.
func cutProceduralLeads(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		c := a + 1
		for c+2 < b && !proceduralLead(toks[c:c+3]) {
			c++
		}
		if c+2 >= b {
			continue
		}
		spans[k].End, spans[k].Text = toks[c-1].REnd, joinTokens(toks[a:c])
		if d := c + 3; d < b && startsUpper(toks[d].Text) {
			spans = slices.Insert(spans, k+1, vistka.Span{Start: toks[d].RStart, End: toks[b-1].REnd, Type: "ORG", Text: joinTokens(toks[d:b])})
			k++
		}
	}
	return spans
}

// proceduralLead reports whether the three tokens are "за процесуального
// керівництва", "за процесуальним керівництвом" or "під процесуальним
// керівництвом".
func proceduralLead(ts []vistka.Token) bool {
	switch ts[0].Text {
	case "за":
		return ts[1].Text == "процесуального" && ts[2].Text == "керівництва" || ts[1].Text == "процесуальним" && ts[2].Text == "керівництвом"
	case "під":
		return ts[1].Text == "процесуальним" && ts[2].Text == "керівництвом"
	}
	return false
}
