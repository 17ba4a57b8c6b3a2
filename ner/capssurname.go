package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// Regional papers print a person's surname in capitals after a first name
// in title case: "директор ТОВ «Х» Віталій АВРАМЕНКО", "Марія ЛУЦЬ".

// capsSurname reports whether toks[i] is a surname in capitals after a
// first name in title case that the tagger does not read as an
// abbreviation (no :abbr, its lemma not in capitals): ЛУЦЬ (Луць), ТКАЧ
// or ВОВК (вовк), whose few vowels capsWord takes for an acronym's.
func capsSurname(toks []vistka.Token, i int) bool {
	if i == 0 || !firstNameTitle(&toks[i-1]) {
		return false
	}
	t := &toks[i]
	return scan.RuneCount(t.Text) >= 2 && upperText(t.Text) && allLetters(strings.ReplaceAll(t.Text, "-", "")) &&
		!strings.Contains(t.Tag, ":abbr") && t.Lemma != "" && !upperText(t.Lemma)
}

// firstNameTitle reports a first name (:fname) written in title case.
func firstNameTitle(t *vistka.Token) bool {
	return strings.Contains(t.Tag, ":fname") && startsUpper(t.Text) && !upperText(t.Text)
}

// capsAbbrevs turns on cutCapsAbbrevs; a variable for experiments.
var capsAbbrevs = true

// cutCapsAbbrevs ends a PERS span at a first name in title case that the
// abbreviation after it closes: "Василь ЗСУ" is no person's full name, the
// abbreviation (ЗСУ, ОВА, ТОВ, НАБУ: the lexicon's :abbr, short, its
// lemma in capitals) names a body. The abbreviation becomes a PERS span
// of its own, which retypeCapsPersons, after, makes an ORG.
func cutCapsAbbrevs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || !firstNameTitle(&toks[b-2]) || !nameAbbrev(&toks[b-1]) {
			continue
		}
		t := &toks[b-1]
		sp.End, sp.Text = toks[b-2].REnd, joinTokens(toks[a:b-1])
		spans = append(spans, vistka.Span{Start: t.RStart, End: t.REnd, Type: "PERS", Text: t.Text})
		slices.SortFunc(spans[from:], func(a, b vistka.Span) int { return a.Start - b.Start })
	}
	return spans
}

// nameAbbrev reports an abbreviation the lexicon knows: a word of two to
// six capitals read as :abbr with its lemma in capitals (a long surname
// the tagger does not know it may guess as one too: ГРИЦАЙЧУК).
func nameAbbrev(t *vistka.Token) bool {
	n := scan.RuneCount(t.Text)
	return n >= 2 && n <= 6 && upperText(t.Text) && strings.Contains(t.Tag, ":abbr") && upperText(t.Lemma)
}
