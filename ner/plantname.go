package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// plantNames turns on widenPlantNames; a variable for experiments.
var plantNames = true

// widenPlantNames makes one ORG of the name of a works: a capitalised
// adjective (most often made from a place's name), lower-case adjectives
// and a noun for a works (завод, комбінат, фабрика, верф), all in one
// case: "на [LOC Крюківському] вагонобудівному заводі" → "на [ORG
// Крюківському вагонобудівному заводі]", "[LOC Житомирської
// кондитерської] фабрики", "[LOC Запорізькому титано-магнієвому
// комбінаті]". The model, knowing the capitalised adjective as a place's,
// tags it alone or the whole as a place; the noun for a works makes the
// phrase an enterprise's name, as NER-UK tags it (ORG Харківського
// тракторного заводу) and as the model does where it knows the words.
// The span must start at the capitalised adjective and hold nothing but
// the name's adjectives, or the whole name; no other span may lie in
// the words it takes. spans[from:] are the sentence's spans, sorted.
func widenPlantNames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || !capitalAdj(&toks[a]) {
			continue
		}
		c := vtag.Case(toks[a].Tag)
		j := a + 1
		for j < len(toks) && lowerAdjIn(&toks[j], c) {
			j++
		}
		if j >= len(toks) || j < b-1 {
			continue // the span holds more than the name's words
		}
		n := &toks[j]
		if !strings.HasPrefix(n.Tag, "noun:inanim") || !startsLower(n.Text) || vtag.Case(n.Tag) != c || !plantNouns.has(n.Lemma) {
			continue
		}
		if j == a+1 {
			continue // an adjective and the noun alone: "Житомирська фабрика" may be any works of the town
		}
		if k+1 < len(spans) && spans[k+1].Start < n.REnd {
			continue
		}
		sp.End, sp.Type, sp.Text = n.REnd, "ORG", joinTokens(toks[a:j+1])
	}
	return spans
}

// lowerAdjIn reports a lower-case adjective in case c, not a pronoun's.
func lowerAdjIn(t *vistka.Token, c string) bool {
	return strings.HasPrefix(t.Tag, "adj") && !strings.Contains(t.Tag, "pron") && startsLower(t.Text) && vtag.Case(t.Tag) == c
}

// plantNouns are the lemmas of the nouns for a works.
var plantNouns = newLowerSet("завод", "комбінат", "фабрика", "верф")
