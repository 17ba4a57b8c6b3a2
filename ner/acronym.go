package ner

import (
	"slices"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// commonAcronyms turns on dropCommonAcronyms; a variable for experiments.
var commonAcronyms = true

// dropCommonAcronyms drops an ORG span of an acronym in brackets right
// after the lower-case words it stands for: "асфальтобетонний завод
// (АБЗ)", "науково-дослідну роботу (НДР)", "комплексної інформаційної
// системи (КІС)". Spelled out in lower case, the words are a common noun
// phrase, not a name, and so is their acronym; the model, seeing capitals
// in brackets, takes it for an organisation's. In the training documents
// such an acronym is untagged 7 times and an ORG once (ОСББ). The acronym
// must begin with the first letter of one of the words before the
// bracket, all of them lower-case. The rule puts 2 errors of
// cross-validation right and makes none; as many more come back when the
// acronym, tagged again further on without its words (130 БФП), is
// propagated over the document. spans[from:] are the sentence's spans,
// sorted.
func dropCommonAcronyms(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != a+1 || a < 2 || b >= len(toks) || toks[a-1].Text != "(" || toks[b].Text != ")" {
			continue
		}
		ab := toks[a].Text
		n := scan.RuneCount(ab)
		if n < 2 || n > 6 || !upperText(ab) || scan.ToLower(ab) == ab {
			continue
		}
		first := scan.Lower(firstRune(ab))
		ok := false
		for j := a - 2; j >= 0 && j >= a-1-n; j-- {
			w := toks[j].Text
			if !isLetter(firstRune(w)) {
				if w == "та" || w == "і" || w == "," {
					continue
				}
				break
			}
			if !startsLower(w) {
				break
			}
			if firstRune(w) == first {
				ok = true
				break
			}
		}
		if ok {
			spans = slices.Delete(spans, k, k+1)
			k--
		}
	}
	return spans
}
