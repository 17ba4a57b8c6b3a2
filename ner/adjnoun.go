package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/vtag"
)

// adjNouns turns on retypeAdjNouns; a variable for experiments.
var adjNouns = true

// retypeAdjNouns makes an ORG of a PERS span that is a capitalised
// adjective, or two, and a capitalised common noun for a thing in the
// same case ("Допомогу надав [PERS Червоний Хрест]"): no person is
// named by a thing's noun, and a name made of an adjective and such a
// noun is a body's. A PERS span of the noun alone after such an
// adjective no span covers takes the adjective in ("[PERS Хрест]" in
// "Червоний Хрест передав ліки", where the first word of the sentence
// was left out). A name the gazetteer lists as a place or a person is
// left alone, and so is a noun the lexicon also reads as a name (:prop).
// A thing's noun before such adjectives, not first in its sentence, is a
// body's name too ("гетьманом [PERS Війська Запорізького]").
func retypeAdjNouns(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a >= 2 && thingNoun(&toks[a]) && !sentenceFirst(toks, a) && adjsAfter(toks[a+1:b], &toks[a]) &&
			gazetteer.Lookup(sp.Text)&(gazetteer.Location|gazetteer.Person) == 0 {
			sp.Type = "ORG" // "гетьман [PERS Війська Запорізького]": the adjective after the noun
			continue
		}
		if b <= a || !thingNoun(&toks[b-1]) {
			continue
		}
		n := &toks[b-1]
		i := b - 1
		for i > a && adjOfNoun(&toks[i-1], n) {
			i--
		}
		if i != a {
			continue // a word of the span is no adjective of the noun
		}
		if a == b-1 {
			// the noun alone: the adjectives before it join it
			for i > 0 && i > a-2 && adjOfNoun(&toks[i-1], n) && !covered(spans[from:], toks[i-1].RStart, toks[i-1].REnd) {
				i--
			}
			if i == a {
				continue
			}
		}
		if gazetteer.Lookup(joinTokens(toks[i:b]))&(gazetteer.Location|gazetteer.Person) != 0 {
			continue
		}
		sp.Type, sp.Start, sp.Text = "ORG", toks[i].RStart, joinTokens(toks[i:b])
	}
	return spans
}

// adjsAfter reports whether ts are capitalised adjectives that agree with
// the noun n before them: Запорізького after Війська.
func adjsAfter(ts []vistka.Token, n *vistka.Token) bool {
	for i := range ts {
		if !adjOfNoun(&ts[i], n) {
			return false
		}
	}
	return len(ts) > 0
}

// thingNoun reports a capitalised noun the lexicon reads as a common
// noun for a thing only: Хрест, not Шевченко (:prop) nor Коваль (anim).
func thingNoun(t *vistka.Token) bool {
	return startsUpper(t.Text) && strings.HasPrefix(t.Tag, "noun:inanim") && !strings.Contains(t.Tag, ":prop") &&
		!strings.Contains(t.Tag, ":abbr") && vtag.Case(t.Tag) != "" && t.Lemma != "" && startsLower(t.Lemma)
}

// adjOfNoun reports a capitalised common adjective agreeing with the
// noun n in case and gender: Червоним before Хрестом. Outside the
// nominative and the accusative the masculine and the neuter forms are
// one, and the tagger gives either (Війська Запорізького, adj:m).
func adjOfNoun(t, n *vistka.Token) bool {
	c := vtag.Case(t.Tag)
	if !capitalAdj(t) || strings.Contains(t.Tag, ":prop") || c != vtag.Case(n.Tag) {
		return false
	}
	ag, ng := vtag.Gender(t.Tag), vtag.Gender(n.Tag)
	return ag == ng || ng == 0 || c != "v_naz" && c != "v_zna" && (ag == 'm' && ng == 'n' || ag == 'n' && ng == 'm')
}
