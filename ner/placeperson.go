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
// Піцерно]". The first word must be a proper name the gazetteer lists as
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
		if b-a < 3 || !startsUpper(toks[a+1].Text) || !startsUpper(toks[a+2].Text) {
			continue
		}
		t := &toks[a]
		if !strings.Contains(t.Tag, ":prop") || strings.Contains(t.Tag, "name") ||
			vtag.Case(t.Tag) != "v_rod" && !strings.Contains(t.Tag, ":nv") {
			continue
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
