package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// ages turns on dropAges; a variable for experiments.
var ages = true

// dropAges drops a PERIOD span that is a person's age: "померла в 35
// років", "у віці 83 років", "людей віком від 15 до 29 років". An age
// says how old someone is, not how long something lasts; NER-UK leaves
// such phrases untagged 9 times in the training documents against once
// a PERIOD, and the model tagged all 9 in cross-validation. The span must
// be a number of years alone (N років, N до M років) right after "у" or
// "в", "у віці", or "віком" (with "від" or "до"); a term, "до 3 років
// позбавлення волі", has no such word before it. spans[from:] are the
// sentence's spans, sorted.
func dropAges(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	out := spans[:from]
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type == "PERIOD" {
			a, b := vistka.TokensIn(toks, sp.Start, sp.End)
			if b > a && a > 0 && yearsAlone(toks[a:b]) && ageContext(toks, a) {
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// yearsAlone reports whether toks are a number of years and nothing
// else: numbers or numerals, perhaps a range with "до", and the word for
// years last.
func yearsAlone(toks []vistka.Token) bool {
	switch scan.ToLower(toks[len(toks)-1].Text) {
	case "років", "роки", "рік", "літ":
	default:
		return false
	}
	if len(toks) < 2 {
		return false
	}
	for i := range toks[:len(toks)-1] {
		t := &toks[i]
		cardinal := t.Kind == vistka.Number && allDigits(t.Text) || strings.HasPrefix(t.Tag, "numr")
		if !cardinal && scan.ToLower(t.Text) != "до" {
			return false // not у 20-ті роки, a decade
		}
	}
	return true
}

// ageContext reports whether the words before toks[a] introduce an age:
// у, в, у віці, віком, віком від, віком до.
func ageContext(toks []vistka.Token, a int) bool {
	switch w := scan.ToLower(toks[a-1].Text); w {
	case "у", "в", "віці", "віком":
		return true
	case "від", "до":
		return a >= 2 && scan.ToLower(toks[a-2].Text) == "віком"
	}
	return false
}

// allDigits reports whether s is digits alone.
func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
