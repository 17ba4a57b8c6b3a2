package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// families turns on dropFamilies; a variable for experiments.
var families = true

// dropFamilies drops a PERS or ORG span of one surname in the plural
// right after a noun for a family (родина, сім'я, подружжя, династія,
// рід): "родина Коваленків", "подружжя Букіних", "династія Кравчуків".
// The entity guidelines annotate no family in the plural (`родини
// Шевченків`, `ансамблю Кіцелюків` of entity set 3); the model, seeing a
// surname, makes a person of it (Коваленки) or a body. A surname in the
// singular after such a noun stays (сім'я Івана Коваля holds a person).
// spans[from:] are the sentence's spans, sorted.
func dropFamilies(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" && sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != a+1 || a == 0 || !familyWords.has(toks[a-1].Lemma) {
			continue
		}
		if t := &toks[a]; !strings.HasPrefix(t.Tag, "noun:anim:p:") || vtag.Case(t.Tag) == "" || !startsUpper(t.Text) {
			continue
		}
		spans = slices.Delete(spans, k, k+1)
		k--
	}
	return spans
}

// familyWords are the nouns for a family before its surname in the plural.
var familyWords = newLowerSet("родина", "сім'я", "подружжя", "династія", "рід", "ансамбль")
