package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// unitAcronyms turns on joinUnitAcronyms; a variable for experiments.
var unitAcronyms = true

// unitAcronymsNeed gates joinUnitAcronyms: two ORG spans.
const unitAcronymsNeed = sbORG

// joinUnitAcronyms joins an ORG span that names a unit of a body
// (департамент, управління, сили, штаб) and the ORG acronym of the body
// right after it: "[ORG Повітряних силах] [ORG ЗСУ]" → "[ORG Повітряних
// силах ЗСУ]", "Департаменту контррозвідки СБУ". NER-UK tags the unit
// with its body as one ORG (Головного слідчого управління МВС, Управління
// СБУ, АТЦ СБУ); the model, which knows the acronyms well, splits them.
// spans[from:] are the sentence's spans, sorted.
func joinUnitAcronyms(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k+1 < len(spans); k++ {
		s, t := &spans[k], &spans[k+1]
		if s.Type != "ORG" || t.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, s.Start, s.End)
		c, d := vistka.TokensIn(toks, t.Start, t.End)
		if b != c || d != c+1 || !bodyAcronym(toks[c].Text) || !unitSpan(toks[a:b]) {
			continue
		}
		s.End, s.Text = t.End, joinTokens(toks[a:d])
		spans = slices.Delete(spans, k+1, k+2)
	}
	return spans
}

// bodyAcronym reports an acronym of two to five Cyrillic capitals: ЗСУ,
// СБУ, МВС, НАБУ.
func bodyAcronym(w string) bool {
	n := scan.RuneCount(w)
	if n < 2 || n > 5 {
		return false
	}
	for _, r := range w {
		if (r < 'А' || r > 'Я') && r != 'І' && r != 'Ї' && r != 'Є' && r != 'Ґ' {
			return false
		}
	}
	return true
}

// unitSpan reports whether the first noun of ts names a unit of a body.
func unitSpan(ts []vistka.Token) bool {
	for i := range ts {
		if strings.HasPrefix(ts[i].Tag, "noun") {
			return unitKinds.has(ts[i].Lemma)
		}
	}
	return false
}

// unitKinds are the lemmas of the units of a body.
var unitKinds = newLowerSet("департамент", "управління", "відділ", "відділення", "служба", "сила", "сили", "штаб",
	"командування", "угруповання", "бригада", "полк", "батальйон", "корпус", "інспекція", "головне управління")
