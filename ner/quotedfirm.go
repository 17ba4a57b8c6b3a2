package ner

import (
	"slices"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// quotedFirms turns on addQuotedFirms; a variable for experiments.
var quotedFirms = true

// firmWords are the lemmas of the words for a kind of body that stand
// before a body's quoted name: фонд «Повернись живим», компанія «Нова
// пошта», організація «Центр протидії корупції».
var firmWords = map[string]bool{
	"фонд": true, "компанія": true, "організація": true, "фундація": true, "асоціація": true, "корпорація": true,
	"концерн": true, "холдинг": true, "ініціатива": true, "товариство": true,
}

// addQuotedFirms makes an ORG of a quoted name that no span covers, right
// after a word for a kind of body: "Фонд «Повернись живим» доставив …",
// whose words (a verb, an adjective) the model reads as no name. NER-UK
// tags every quoted name after such a word an ORG, the name alone
// without its quotes (компанія «[ORG Нова пошта]»). The name opens with a
// capital and runs up to five words to its closing quote. spans[from:]
// are the sentence's spans, sorted; the result is sorted too.
func addQuotedFirms(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for q := 1; q+2 < len(toks); q++ {
		if toks[q].Text != "«" || !firmWords[scan.ToLower(toks[q-1].Lemma)] || !startsUpper(toks[q+1].Text) {
			continue
		}
		end := q + 1
		for end < len(toks) && end <= q+5 && toks[end].Text != "»" && toks[end].Text != "«" && toks[end].Kind == vistka.Word {
			end++
		}
		if end >= len(toks) || toks[end].Text != "»" || end == q+1 {
			continue
		}
		start, stop := toks[q+1].RStart, toks[end-1].REnd
		k := from
		for k < len(spans) && spans[k].End <= start {
			k++
		}
		if k < len(spans) && spans[k].Start < toks[end].REnd {
			continue // a span there already: the model's reading stands
		}
		spans = slices.Insert(spans, k, vistka.Span{Start: start, End: stop, Type: "ORG", Text: joinTokens(toks[q+1 : end])})
		q = end
	}
	return spans
}
