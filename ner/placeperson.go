package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/vtag"
)

// placePersons turns on splitPlacePersons; a variable for experiments.
var placePersons = true

// splitPlacePersons cuts a place or a body named in the genitive (or an
// indeclinable one) off the front of a PERS span of three words or more,
// as splitCountryPersons does for countries: "губернатор [PERS Огайо Майк
// ДеВайн]" → "[LOC Огайо] [PERS Майк ДеВайн]", "віцепрезидентки [PERS
// Європарламенту Піни Піцерно]" → "[ORG Європарламенту] [PERS Піни
// Піцерно]"; and a place in the locative after в, у or на off the front
// of a PERS span of two words or more: "в [PERS Анкарі Фідан]" → "в [LOC
// Анкарі] [PERS Фідан]". The first word must be a proper name the gazetteer lists as
// a place (LOC) or another proper name (ORG) and not as a person's name,
// and the tagger must not read it as one. spans[from:] are the sentence's
// spans, sorted.
func splitPlacePersons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		t := &toks[a]
		// "в [PERS Анкарі Фідан]": a place in the locative after в, у
		// or на, a name of one word or more after it
		at := b-a >= 2 && a > 0 && (toks[a-1].Text == "в" || toks[a-1].Text == "у" || toks[a-1].Text == "на") &&
			vtag.Case(t.Tag) == "v_mis" && startsUpper(toks[a+1].Text)
		if !at && (b-a < 3 || !startsUpper(toks[a+1].Text) || !startsUpper(toks[a+2].Text)) {
			continue
		}
		if !strings.Contains(t.Tag, ":prop") || strings.Contains(t.Tag, "name") ||
			!at && vtag.Case(t.Tag) != "v_rod" && !strings.Contains(t.Tag, ":nv") {
			continue
		}
		if at && gazetteer.Lookup(t.Lemma)&gazetteer.Location == 0 {
			continue // (a body in the locative is no place a person is named after)
		}
		c := gazetteer.Lookup(t.Lemma)
		typ := ""
		switch {
		case c&gazetteer.Person != 0:
			continue
		case c&gazetteer.Location != 0:
			typ = "LOC"
		case c&gazetteer.OtherName != 0:
			typ = "ORG"
		default:
			continue
		}
		spans[k] = vistka.Span{Start: sp.Start, End: t.REnd, Type: typ, Text: t.Text}
		spans = slices.Insert(spans, k+1, vistka.Span{Start: toks[a+1].RStart, End: sp.End, Type: "PERS", Text: joinTokens(toks[a+1 : b])})
		k++
	}
	return spans
}
