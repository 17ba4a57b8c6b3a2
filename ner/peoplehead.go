package ner

import (
	"strings"

	"github.com/vistka/vistka"
)

// peopleHeads turns on cutPeopleHeads; a variable for experiments.
var peopleHeads = true

// cutPeopleHeads cuts from an ORG or LOC span the lower-case words before
// its first capitalised one when they hold a common noun for a person:
// "[ORG 46-річного жителя Волинської області]" → Волинської області,
// "[LOC мешканці Харкова]" → Харкова. A name of a body or a place never
// opens with such a noun (жителя, учасників, працівника); the model, which
// has seen a place's genitive after one, runs the span back over it. A
// span cut down to a region's name (Волинської області) is a LOC. A span
// whose lower-case words hold another noun before the person's (площа
// генерала Григоренка, a square named after him) stays.
// spans[from:] are the sentence's spans.
func cutPeopleHeads(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" && sp.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		f, person := a, false
	lower:
		for ; f < b && !startsUpper(toks[f].Text); f++ {
			t := &toks[f]
			switch {
			case strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, ":prop"):
				person = true
			case strings.HasPrefix(t.Tag, "noun"):
				// "площа генерала Григоренка": a place's kind before
				// the person it is named after
				person = false
				break lower
			}
		}
		if !person || f >= b {
			continue
		}
		sp.Start, sp.Text = toks[f].RStart, joinTokens(toks[f:b])
		if sp.Type == "ORG" && regionKinds.has(toks[b-1].Lemma) {
			sp.Type = "LOC"
		}
	}
	return spans
}
