package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// dativeCountries turns on cutDativeCountries; a variable for experiments.
var dativeCountries = true

// cutDativeCountries cuts a country's name in the dative off the end of
// an ORG span: "передали системи [ORG ППО Україні]" is the weapon and the
// one given it, "[LOC Україні]". A body's name takes its country in the
// genitive (Міністерство оборони України, Збройні сили України), never
// in the dative; the model, reading a run of capitals as one name, joins
// an acronym to the country after it. What stays before the country is
// kept as an ORG, unless it is one acronym after a lower-case noun whose
// name it ends (системи ППО, комплекси ЗРК): the thing given, no body.
// spans[from:] are the sentence's spans, sorted; the result is sorted
// too.
func cutDativeCountries(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		s := spans[k]
		if s.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, s.Start, s.End)
		if b-a < 2 {
			continue
		}
		c := &toks[b-1]
		if !strings.Contains(c.Tag, ":v_dav") || !strings.Contains(c.Tag, ":prop") || gazetteer.Lookup(c.Lemma)&gazetteer.Country == 0 {
			continue
		}
		loc := vistka.Span{Start: c.RStart, End: c.REnd, Type: "LOC", Text: c.Text}
		if b-a == 2 && acronymOf(toks, a) {
			spans[k] = loc
			continue
		}
		left := vistka.Span{Start: toks[a].RStart, End: toks[b-2].REnd, Type: "ORG", Text: joinTokens(toks[a : b-1])}
		spans = slices.Replace(spans, k, k+1, left, loc)
		k++
	}
	return spans
}

// acronymOf reports whether toks[i] is an acronym, all capitals, after a
// lower-case noun it names a kind of (системи ППО).
func acronymOf(toks []vistka.Token, i int) bool {
	if i == 0 || !strings.HasPrefix(toks[i-1].Tag, "noun") || !startsLower(toks[i-1].Text) {
		return false
	}
	w := toks[i].Text
	if len([]rune(w)) < 2 {
		return false
	}
	for _, r := range w {
		if !scan.IsUpper(r) {
			return false
		}
	}
	return true
}
