package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// unitTypes turns on retypeUnits; a variable for experiments.
var unitTypes = true

// retypeUnits gives a number's span the type its unit says: per cent
// (відсоток in any form) is a PCT, a degree (°, градус) a QUANT. A QUANT
// or MON span with відсоток becomes a PCT ("[PCT 0,1 відсотка]"), and a
// number with відсоток that no span covers is made one ("[PCT 40
// відсотків]"); a PCT span of degrees becomes a QUANT ("[QUANT 13-17
// °] морозу"), the minutes after the degrees joined ("[QUANT 23 ° 27
// ′]") and a sign right before them taken in ("[QUANT +23 ° 27 ′]").
// NER-UK tags each of the 7 numbers with відсоток in its training texts
// a PCT and each of the 10 with degrees a QUANT; the model, which learnt
// PCT from the sign %, reads ° as one and a spelled-out per cent as a
// quantity. In cross-validation the rule puts 7 spans right (9 errors)
// and makes none: PCT F1 0.916 → 0.943, QUANT 0.753 → 0.765, micro
// 0.8378 → 0.8384; it changes no span of our news texts.
// spans[from:] are the sentence's spans, sorted.
func retypeUnits(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	return addPercents(toks, retypeUnitSpans(toks, spans, from), from)
}

// retypeUnitSpans is the part of retypeUnits that retypes the spans.
func retypeUnitSpans(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "QUANT" && sp.Type != "MON" && sp.Type != "PCT" {
			continue // (most spans: their tokens are not looked up)
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a {
			continue
		}
		switch {
		case (sp.Type == "QUANT" || sp.Type == "MON") && percentWord(toks[b-1].Text):
			sp.Type = "PCT"
		case sp.Type == "PCT" && degreeWord(toks[b-1].Text):
			sp.Type = "QUANT"
			if b+1 < len(toks) && measureNumber(&toks[b]) && toks[b+1].Text == "′" {
				switch {
				case k+1 == len(spans) || spans[k+1].Start >= toks[b+1].REnd:
					b += 2
				case spans[k+1].Start == toks[b].RStart && spans[k+1].End == toks[b+1].REnd:
					b += 2 // the minutes in a span of their own
					spans = slices.Delete(spans, k+1, k+2)
					sp = &spans[k]
				}
			}
			if a > 0 && signWord(toks[a-1].Text) && toks[a-1].REnd == toks[a].RStart && !covered(spans[from:], toks[a-1].RStart, toks[a-1].REnd) {
				a--
			}
			sp.Start, sp.End, sp.Text = toks[a].RStart, toks[b-1].REnd, joinTokens(toks[a:b])
		}
	}
	return spans
}

// percentsNeed gates addPercents: the number starts with a digit.
const percentsNeed = sbDigit

// addPercents is the part of retypeUnits that tags a per cent no span
// covers: "знизився на 40 відсотків".
func addPercents(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+1 < len(toks); i++ {
		if !startsDigit(toks[i].Text) || !measureNumber(&toks[i]) || !percentWord(toks[i+1].Text) ||
			covered(spans[from:], toks[i].RStart, toks[i+1].REnd) {
			continue
		}
		spans = insertSpan(spans, from, vistka.Span{Start: toks[i].RStart, End: toks[i+1].REnd, Type: "PCT", Text: joinTokens(toks[i : i+2])})
	}
	return spans
}

// percentWord reports a form of відсоток.
func percentWord(w string) bool {
	return strings.HasPrefix(scan.ToLower(w), "відсот")
}

// degreeWord reports the degree sign or a form of градус.
func degreeWord(w string) bool {
	return w == "°" || strings.HasPrefix(scan.ToLower(w), "градус")
}

// signWord reports a plus or minus sign.
func signWord(w string) bool {
	return w == "+" || w == "-" || w == "−"
}
