package ner

import (
	"strings"

	"github.com/vistka/vistka"
)

// bodyTails turns on joinBodyTails; a variable for experiments.
var bodyTails = true

// bodyTailsNeed gates joinBodyTails: both its names start at a token
// of Офіс or end on a token СП.
const bodyTailsNeed = sbOffice

// joinBodyTails tags as one ORG two names of bodies the model cuts: the
// Office of the Prosecutor General (Офіс Генерального прокурора, which it
// ends before прокурора, a word it reads as a title) and a territorial
// recruitment centre with its social support (ТЦК та СП, РТЦК і СП, where
// it reads СП as a person): the span that ends on ТЦК, or ТЦК alone, is
// extended over та СП. A span the name would cut through is left alone.
func joinBodyTails(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+2 < len(toks); i++ {
		w := toks[i].Text
		// Both names start with a capital Cyrillic letter: О (0xd0 0x9e)
		// or one of Т, Р, М before ТЦК.
		if len(w) < 6 || w[0] != 0xd0 {
			continue
		}
		switch {
		case strings.HasPrefix(w, "Офіс") && officeForms.has(w) && toks[i+1].Text == "Генерального" && strings.HasPrefix(toks[i+2].Text, "прокурор"):
			if s, ok := putSpan(spans, from, toks[i:i+3], "ORG"); ok {
				spans = s
				i += 2
			}
		case strings.HasSuffix(w, "ТЦК") && recruitmentCentres.has(w) && (toks[i+1].Text == "та" || toks[i+1].Text == "і") && toks[i+2].Text == "СП":
			start := i
			for _, sp := range spans[from:] {
				if sp.End == toks[i].REnd && sp.Start < toks[i].RStart {
					for start > 0 && toks[start-1].RStart >= sp.Start {
						start--
					}
				}
			}
			if s, ok := putSpan(spans, from, toks[start:i+3], "ORG"); ok {
				spans = s
				i += 2
			}
		}
	}
	return spans
}

// officeForms are the forms of Офіс as a body's head word.
var officeForms = newLowerSet("офіс", "офісу", "офісі", "офісом", "офісові")

// recruitmentCentres are the acronyms of territorial recruitment
// centres: of a district (РТЦК), an oblast (ОТЦК), a city (МТЦК).
var recruitmentCentres = newLowerSet("тцк", "ртцк", "отцк", "мтцк")
