package ner

import (
	"github.com/vistka/vistka"
)

// regnals turns on addRegnals; a variable for experiments.
var regnals = true

// addRegnals stretches a PERS span over the Roman numeral right after it
// that no span covers, a ruler's ordinal: "[PERS Франц Йосиф] І" →
// "[PERS Франц Йосиф І]", "[PERS Катерини] II". The numeral is part of
// a monarch's or pope's name, and NER-UK tags it so each of the 7 times
// its training texts hold one; the model now and then stops before it.
// In cross-validation the rule puts one name right (Франц Йосиф І) and
// makes no error; it changes no span of our news texts. spans[from:] are
// the sentence's spans, sorted.
func addRegnals(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || b >= len(toks) || !regnalNumeral(toks[b].Text) {
			continue
		}
		if k+1 < len(spans) && spans[k+1].Start < toks[b].REnd {
			continue
		}
		sp.End, sp.Text = toks[b].REnd, joinTokens(toks[a:b+1])
	}
	return spans
}

// regnalNumeral reports a Roman numeral from I to XXX in capitals, in
// Latin letters or the Cyrillic І and Х that stand for them.
func regnalNumeral(w string) bool {
	if w == "" || len([]rune(w)) > 5 {
		return false
	}
	for _, c := range w {
		switch c {
		case 'I', 'V', 'X', 'І', 'Х':
		default:
			return false
		}
	}
	return true
}
