package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// bodyCountries turns on joinBodyCountries; a variable for experiments.
var bodyCountries = true

// bodyCountriesNeed gates joinBodyCountries: it joins an ORG to a LOC.
const bodyCountriesNeed = sbLOC

// joinBodyCountries makes one ORG of a ministry or another body named by
// its kind and the country's name in the genitive right after it, which
// the model may split into an ORG and a LOC: "[ORG МЗС] [LOC Панами]",
// "[ORG Міноборони] [LOC Росії]", "[ORG Міністерство закордонних справ]
// [LOC Польщі]". NER-UK tags such a name as one ORG (Міністерства юстиції
// України, МВС України: 134 ORG spans end in a country's name in the
// training documents, and no ORG is followed by a country's LOC), and the
// entity layer needs the country to keep the ministries of two countries
// apart. The ORG must be a body's noun or a ministry's short name, or
// open with one and go on in lower-case words (Міністерство оборони);
// the LOC must be countries only, in the genitive. spans[from:] are the
// sentence's spans, sorted.
func joinBodyCountries(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		// A ministry's short name the model left untagged before the
		// country, as it may at a sentence's start ("Міноборони Росії
		// відкинуло …"), is the body all the same.
		sp := spans[k]
		if sp.Type != "LOC" {
			continue
		}
		c, d := vistka.TokensIn(toks, sp.Start, sp.End)
		if c < 1 || d <= c || (k > from && spans[k-1].End > toks[c-1].RStart) || !allCountries(toks[c:d]) || !genitiveWords(toks[c:d]) {
			continue
		}
		if m := &toks[c-1]; m.Kind == vistka.Word && startsUpper(m.Text) && (ministryShort[scan.ToLower(m.Text)] || ministryShort[scan.ToLower(m.Lemma)]) {
			spans[k] = vistka.Span{Start: m.RStart, End: sp.End, Type: "ORG", Text: joinTokens(toks[c-1 : d])}
		}
	}
	for k := from; k+1 < len(spans); k++ {
		sp, next := spans[k], spans[k+1]
		if sp.Type != "ORG" || next.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		c, d := vistka.TokensIn(toks, next.Start, next.End)
		if b <= a || c != b || d <= c || !countryBody(toks[a:b]) || !allCountries(toks[c:d]) || !genitiveWords(toks[c:d]) {
			continue
		}
		org := vistka.Span{Start: sp.Start, End: next.End, Type: "ORG", Text: joinTokens(toks[a:d])}
		spans = slices.Replace(spans, k, k+2, org)
	}
	return spans
}

// countryBody reports whether ts name a body that a country's name may
// complete: a body's noun or a ministry's short name (МЗС, Міноборони),
// with capitalised adjectives before it (Генеральна прокуратура) and
// lower-case words after it (Міністерство закордонних справ), and no
// other capitalised word.
func countryBody(ts []vistka.Token) bool {
	i := 0
	for i < len(ts)-1 && strings.HasPrefix(ts[i].Tag, "adj") && startsUpper(ts[i].Text) {
		i++
	}
	if !bodyNoun(&ts[i]) && !ministryShort[scan.ToLower(ts[i].Lemma)] && !ministryShort[scan.ToLower(ts[i].Text)] {
		return false
	}
	for _, t := range ts[i+1:] {
		if t.Kind == vistka.Word && !startsLower(t.Text) {
			return false
		}
	}
	return true
}

// ministryShort are the short names of ministries that a country's name
// follows (Міноборони Росії, МОЗ Польщі).
var ministryShort = map[string]bool{
	"мзс": true, "мвс": true, "моз": true, "мон": true, "міноборони": true, "мінфін": true, "мінюст": true,
	"мін'юст": true, "мінекономіки": true, "міненерго": true, "мінкульт": true, "мінагро": true,
}
