package ner

import (
	"slices"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/vtag"
)

// countryPersons turns on splitCountryPersons; a variable for
// experiments.
var countryPersons = true

// splitCountryPersons cuts a country's name in the genitive off the
// front of a PERS span: "прем'єр-міністра [PERS Ізраїлю Біньяміна
// Нетаньягу]" → "[LOC Ізраїлю] [PERS Біньяміна Нетаньягу]". The model,
// which knows Ізраїль as a first name too and sees it tagged a person
// elsewhere in the document, now and then runs the name over the country
// of the title before it. A person's name opens with no country in the
// genitive; a first name in the nominative (Ізраїль Гельфанд) stays.
// spans[from:] are the sentence's spans, sorted.
func splitCountryPersons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || vtag.Case(toks[a].Tag) != "v_rod" || !startsUpper(toks[a+1].Text) {
			continue
		}
		typ := "LOC"
		switch {
		case gazetteer.Lookup(toks[a].Lemma)&gazetteer.Country != 0:
		case propAcronym(&toks[a]) && !isAbbrev(toks[a+1].Text):
			// "у штаб-квартирі [PERS ООН Зеленський]": a body's acronym
			// in the genitive opens no person's name either
			typ = "ORG"
		default:
			continue
		}
		spans[k] = vistka.Span{Start: sp.Start, End: toks[a].REnd, Type: typ, Text: toks[a].Text}
		spans = slices.Insert(spans, k+1, vistka.Span{Start: toks[a+1].RStart, End: sp.End, Type: "PERS", Text: joinTokens(toks[a+1 : b])})
		k++
	}
	return spans
}

// propAcronym reports whether t is an acronym the lexicon lists as a
// proper name (ООН, НАТО, МЗС): its tag has both abbr and prop.
func propAcronym(t *vistka.Token) bool {
	return vtag.Has(t.Tag, "abbr") && vtag.Has(t.Tag, "prop") && isAbbrev(t.Text)
}
