package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// missionPlaces turns on joinMissionPlaces; a variable for experiments.
var missionPlaces = true

// joinMissionPlaces joins to an ORG span of a body that stands for one
// state or body in another place (посольство, консульство,
// представництво, місія) the place after в or у that the model tags as a
// LOC of its own: Посольство Росії |в Осло, Генеральне консульство Греції
// |в Одесі, Моніторингова місія ООН з прав людини |в Україні. The place
// is part of the body's name, as in the news golds' names of such bodies
// (Посольство Росії в Берліні). spans[from:] are the sentence's spans.
func joinMissionPlaces(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k+1 < len(spans); k++ {
		sp, next := &spans[k], &spans[k+1]
		if sp.Type != "ORG" || next.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		c, d := vistka.TokensIn(toks, next.Start, next.End)
		if b+1 != c || d <= c || !missionBody(toks[a:b]) || toks[b].Text != "в" && toks[b].Text != "у" ||
			vtag.Case(toks[c].Tag) != "v_mis" {
			continue
		}
		sp.End, sp.Text = next.End, joinTokens(toks[a:d])
		spans = slices.Delete(spans, k+1, k+2)
	}
	return spans
}

// missionBody reports whether the first noun of ts, a body's name, is a
// kind of body that stands for another in a place: Посольство Росії,
// Генеральне консульство України, Моніторингова місія ООН.
func missionBody(ts []vistka.Token) bool {
	for i := range ts {
		if strings.HasPrefix(ts[i].Tag, "noun") {
			return missionBodies.has(ts[i].Lemma)
		}
	}
	return false
}

// missionBodies are the lemmas of the kinds of bodies that stand for a
// state or a body in another place.
var missionBodies = newLowerSet("посольство", "консульство", "генконсульство", "представництво", "місія")
