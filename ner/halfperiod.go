package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// halfPeriods turns on retypeHalfPeriods; a variable for experiments.
var halfPeriods = true

// retypeHalfPeriods makes a PERIOD of a DATE span that is half a year or
// a year and a half (відкласти на [PERIOD пів року], [PERIOD півроку],
// [PERIOD півтора року]): a length of time, as NER-UK tags півроку 4 times
// of 5 and never a DATE; the model, which knows року from dates, reads a
// date. spans[from:] are the sentence's spans, sorted.
func retypeHalfPeriods(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		s := &spans[k]
		// (the phrases below hold no digit: a date with one is passed
		// over before its words are lower-cased and joined)
		if s.Type != "DATE" || strings.ContainsAny(s.Text, "0123456789") {
			continue
		}
		switch strings.Join(scan.Fields(scan.ToLower(s.Text)), " ") {
		case "пів року", "півроку", "півтора року", "останні пів року", "останні півроку":
			s.Type = "PERIOD"
		}
	}
	return spans
}
