package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// titleNames turns on addTitleNames; a variable for experiments.
var titleNames = true

// addTitleNames tags as a PERS the name of two or three capitalised words
// that follows a JOB and the places or bodies named after it, right
// before a verb in a finite form, when the model left it out or ran a
// place into it: "[JOB Речник] [ORG МЗС Китаю] [PERS Лінь Цзянь]
// заявив" (Лінь read as a common noun), "[JOB Міністр закордонних справ]
// [ORG Китаю Ван Ї] провів" → "[LOC Китаю] [PERS Ван Ї]". A title's holder
// is a person; the words of a foreign name the lexicon does not know
// read as anything. spans[from:] are the sentence's spans, sorted.
func addTitleNames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		if spans[k].Type != "JOB" {
			continue
		}
		_, j := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		// past the places and bodies in the genitive
		m := k + 1
		for m < len(spans) && j < len(toks) && spans[m].Start == toks[j].RStart && (spans[m].Type == "LOC" || spans[m].Type == "ORG") {
			a, b := vistka.TokensIn(toks, spans[m].Start, spans[m].End)
			if spans[m].Type == "ORG" && b-a >= 3 && countryToken(&toks[a]) && vtag.Case(toks[a].Tag) == "v_rod" &&
				nameRun(toks, a+1, b) && b < len(toks) && finiteVerb(&toks[b]) {
				// [ORG Китаю Ван Ї] провів: the country, then the name
				spans[m] = vistka.Span{Start: toks[a].RStart, End: toks[a].REnd, Type: "LOC", Text: toks[a].Text}
				spans = slices.Insert(spans, m+1, vistka.Span{Start: toks[a+1].RStart, End: toks[b-1].REnd, Type: "PERS", Text: joinTokens(toks[a+1 : b])})
				j = -1
				break
			}
			if spans[m].Type == "ORG" && m > k+1 && nameRun(toks, a, b) && b < len(toks) && finiteVerb(&toks[b]) {
				// [LOC Китаю] [ORG Ван Ї] провів: the holder, read as a body
				spans[m].Type = "PERS"
				j = -1
				break
			}
			j = b
			m++
		}
		if j < 0 || j >= len(toks) || m == k+1 || m < len(spans) && spans[m].Start < toks[min(j+3, len(toks)-1)].REnd {
			continue
		}
		e := j
		for e < len(toks) && e-j < 3 && startsUpper(toks[e].Text) && toks[e].Kind == vistka.Word {
			e++
		}
		if e-j < 2 || e >= len(toks) || !finiteVerb(&toks[e]) || !nameRun(toks, j, e) {
			continue
		}
		spans = slices.Insert(spans, m, vistka.Span{Start: toks[j].RStart, End: toks[e-1].REnd, Type: "PERS", Text: joinTokens(toks[j:e])})
	}
	return spans
}

// nameRun reports whether toks[a:b] may be a foreign person's name: two
// or three capitalised words, none a place as the tagger reads it or an
// abbreviation in capitals.
func nameRun(toks []vistka.Token, a, b int) bool {
	if b-a < 2 || b-a > 3 {
		return false
	}
	for i := a; i < b; i++ {
		t := &toks[i]
		if t.Kind != vistka.Word || !startsUpper(t.Text) || upperText(t.Text) && len([]rune(t.Text)) > 1 ||
			strings.Contains(t.Tag, ":geo") {
			return false
		}
	}
	return true
}
