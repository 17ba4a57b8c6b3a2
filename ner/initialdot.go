package ner

import (
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// initialDots turns on addInitialDots; a variable for experiments.
var initialDots = true

// addInitialDots widens a PERS span that ends with an initial over the
// full stop after it: "[PERS Петренку О . В] ." becomes "Петренку О .
// В .". The stop is the initial's own, and NER-UK takes it with the
// name (15 times in the training documents, once not), even where it
// ends the sentence too; the model leaves the last one out where the
// stop stands apart from its letter. In cross-validation the rule puts
// 2 spans' ends right (a third, Metinvest B. V., then has its end
// right and its type still wrong) and makes no error. spans[from:] are
// the sentence's spans, sorted.
func addInitialDots(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || b >= len(toks) || toks[b].Text != "." || toks[b].RStart != toks[b-1].REnd && toks[b].RStart != toks[b-1].REnd+1 {
			continue
		}
		if r, n := utf8.DecodeRuneInString(toks[b-1].Text); n != len(toks[b-1].Text) || !isUpper(r) {
			continue
		}
		if k+1 < len(spans) && spans[k+1].Start < toks[b].REnd {
			continue
		}
		sp.End, sp.Text = toks[b].REnd, joinTokens(toks[a:b+1])
	}
	return spans
}
