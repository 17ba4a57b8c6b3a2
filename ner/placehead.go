package ner

import (
	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
)

// placeHeads turns on widenPlaceHeads; a variable for experiments.
var placeHeads = true

// widenPlaceHeads gives a place span the capitalised words before it
// that make it, whole, a listed place's name in the nominative: the
// model may tag only the last word of "Сполучені Штати Америки надали …"
// or "Латинська Америка та США підписали …" when the name opens a
// sentence (Америки, a genitive, as if the words before were common
// ones; Америка, another place), though it tags the whole name
// elsewhere. At most three words are taken, none of them in another
// span. spans[from:] are the sentence's spans, sorted.
func widenPlaceHeads(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	prevEnd := -1 // the end of the span before, in code points
	for k := from; k < len(spans); k++ {
		s := &spans[k]
		if s.Type != "LOC" {
			prevEnd = s.End
			continue
		}
		first, _ := vistka.TokensIn(toks, s.Start, s.End)
		for j := first - 1; j >= 0 && first-j <= 3; j-- {
			t := &toks[j]
			if t.Kind != vistka.Word || !startsUpper(t.Text) || t.RStart < prevEnd {
				break
			}
			name := joinTokens(toks[j:first]) + " " + s.Text
			if c := gazetteer.Lookup(name); c&gazetteer.Location != 0 && c&gazetteer.Person == 0 {
				s.Start, s.Text = t.RStart, name
				break
			}
		}
		prevEnd = s.End
	}
	return spans
}
