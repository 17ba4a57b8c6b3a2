package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// sharedHeads turns on joinSharedHeads; a variable for experiments.
var sharedHeads = true

// joinSharedHeads joins proper adjectives coordinated before the plural
// noun they share into one span with it: "Хмельницької, Тернопільської
// та Чернівецької областей", "Кременчуцький, Дрогобицький і
// Надвірнянський НПЗ", which the model splits into a span for each
// adjective and one for the last with the noun. The first adjectives
// name nothing without the noun: NER-UK tags such a coordination as one
// name 14 times in the training documents and splits it 4 times. The
// last span must begin with a capitalised adjective and end with a noun
// in the plural (or one that does not decline: НПЗ, ТЕС); the words
// joined are capitalised adjectives in the same case, each alone or a
// span of its own, before "і", "та", "й" and, further left, commas; the
// span takes the type of the last. spans[from:] are the sentence's
// spans, sorted; the result is sorted too.
func joinSharedHeads(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := len(spans) - 1; k >= from; k-- {
		sp := spans[k]
		if sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || !properAdj(&toks[a]) || !pluralHead(&toks[b-1]) {
			continue
		}
		start, first := a, k // the joined span's first token and span
		for i, conj := a-1, true; i >= 1; conj = false {
			w := scan.ToLower(toks[i].Text)
			if conj && w != "і" && w != "та" && w != "й" || !conj && w != "," {
				break
			}
			adj := &toks[i-1]
			if !properAdj(adj) || vtag.Case(adj.Tag) != vtag.Case(toks[a].Tag) {
				break
			}
			// the adjective alone or a span of its own, one word
			f := first
			if f > from && spans[f-1].End > adj.RStart {
				f--
				c, d := vistka.TokensIn(toks, spans[f].Start, spans[f].End)
				if c != i-1 || d != i || spans[f].Type != "LOC" && spans[f].Type != "ORG" && spans[f].Type != "PERS" {
					break
				}
			}
			start, first, i = i-1, f, i-2
		}
		if start == a {
			continue
		}
		sp.Start, sp.Text = toks[start].RStart, joinTokens(toks[start:b])
		spans = append(spans[:first], append([]vistka.Span{sp}, spans[k+1:]...)...)
		k = first
	}
	return spans
}

// properAdj reports whether t is a capitalised adjective (Хмельницької,
// Надвірнянський).
func properAdj(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "adj") && startsUpper(t.Text)
}

// pluralHead reports whether t is a noun in the plural or one that does
// not decline (областей, НПЗ).
func pluralHead(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun") && (strings.Contains(t.Tag, ":p:") || strings.Contains(t.Tag, ":nv"))
}
