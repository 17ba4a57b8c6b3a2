package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// titledSurnames turns on retypeTitledSurnames; a variable for experiments.
var titledSurnames = true

// retypeTitledSurnames makes a PERS of a one-word LOC span that the
// tagger reads as a surname and not as a place, right after a title of a
// person in the same case: "вітання від [JOB президента] [LOC
// Зеленського]". A surname in the form of an adjective (-ського) looks
// like a place's name to the entity model when no full name stands near;
// after a person's title it is the person, unless the title is an office
// over a place (мера Староконстянтинова). spans[from:] are the
// sentence's spans, sorted.
func retypeTitledSurnames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from + 1; k < len(spans); k++ {
		sp, prev := &spans[k], &spans[k-1]
		if sp.Type != "LOC" || prev.Type != "JOB" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		_, pb := vistka.TokensIn(toks, prev.Start, prev.End)
		if b-a != 1 || pb != a || pb == 0 {
			continue
		}
		t, title := &toks[a], &toks[pb-1]
		if !strings.Contains(t.Tag, ":lname") || strings.Contains(t.Tag, ":geo") || !strings.HasPrefix(title.Tag, "noun:anim") ||
			vtag.Case(t.Tag) == "" || vtag.Case(t.Tag) != vtag.Case(title.Tag) {
			continue
		}
		if placeOffices[scan.ToLower(title.Lemma)] && vtag.Case(t.Tag) == "v_rod" {
			continue // "мера Староконстянтинова": the town a mayor heads, misspelt
		}
		sp.Type = "PERS"
	}
	return spans
}

// placeOffices are titles of offices held over a place, named after them
// in the genitive.
var placeOffices = map[string]bool{"мер": true, "губернатор": true, "голова": true, "староста": true, "посол": true,
	"консул": true, "аким": true, "бургомістр": true, "градоначальник": true, "очільник": true}
