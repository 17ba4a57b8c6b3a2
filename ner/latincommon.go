package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// latinCommons turns on dropLatinCommons; a variable for experiments.
var latinCommons = true

// dropLatinCommons drops a PERS, LOC or ORG span of one word made of a
// prefix in Latin script, a hyphen and a common noun in lower case
// (FPV-дронів, Starlink-терміналів, IT-компанії), which the tagger reads
// as the noun inflects (FPV-дрон, noun:inanim): a kind of thing, not a
// name, however its capitals look to the model ("удару FPV-дронів у
// Херсоні" read as a place). spans[from:] are the sentence's spans,
// sorted.
func dropLatinCommons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "PERS" && sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != a+1 || !latinCommon(&toks[a]) {
			continue
		}
		spans = slices.Delete(spans, k, k+1)
		k--
	}
	return spans
}

// latinCommon reports whether t is a common noun written as a Latin
// prefix, a hyphen and a lower-case Cyrillic word (see scan.LatinPrefixed).
func latinCommon(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "noun") || strings.Contains(t.Tag, ":prop") {
		return false
	}
	_, w, ok := scan.LatinPrefixed(t.Text)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return scan.Lower(r) == r
}
