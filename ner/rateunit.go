package ner

import (
	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// rateUnits turns on joinRateUnits; a variable for experiments.
var rateUnits = true

// joinRateUnits extends a QUANT span that ends with a unit of length
// over the "/" and the unit of time after it: "пориви вітру 15-20 м / с",
// "швидкість 90 км/год". A speed is one quantity; the model, which reads
// the slash as the span's end, stops at the metres (7 errors in
// cross-validation; NER-UK tags the whole each of the 7 times the
// training documents hold one). spans[from:] are the sentence's spans,
// sorted.
func joinRateUnits(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "QUANT" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || b+1 >= len(toks) || toks[b].Text != "/" || !lengthUnits[scan.ToLower(toks[b-1].Text)] ||
			!timeUnits[scan.ToLower(toks[b+1].Text)] {
			continue
		}
		if k+1 < len(spans) && spans[k+1].Start < toks[b+1].REnd {
			continue
		}
		sp.End, sp.Text = toks[b+1].REnd, joinTokens(toks[a:b+2])
	}
	return spans
}

var (
	lengthUnits = map[string]bool{"м": true, "км": true, "метрів": true, "кілометрів": true}
	timeUnits   = map[string]bool{"с": true, "сек": true, "год": true, "хв": true}
)
