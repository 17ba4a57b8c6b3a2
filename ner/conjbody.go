package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/vtag"
)

// conjBodies turns on cutConjoinedBodies; a variable for experiments.
var conjBodies = true

// cutConjoinedBodies ends an ORG span before і or та when what follows in
// it is one lower-case noun of a kind of body (фонд, інститут, банк) in
// the case of the name's first noun: a second body, unnamed, joined to
// the name ("[ORG Український інститут і фонд] домовилися" → Український
// інститут), not a field of the name (Міністерство освіти і науки,
// Інститут історії та археології). spans[from:] are the sentence's spans.
func cutConjoinedBodies(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 4 {
			continue
		}
		c, last := &toks[b-2], &toks[b-1]
		if c.Text != "і" && c.Text != "та" && c.Text != "й" || !lowerNoun(last) || gazetteer.Lookup(last.Lemma)&gazetteer.OrgNoun == 0 {
			continue
		}
		head := -1
		for i := a; i < b-2; i++ {
			if strings.HasPrefix(toks[i].Tag, "noun") {
				head = i
				break
			}
		}
		if head < 0 || vtag.Case(toks[head].Tag) != vtag.Case(last.Tag) {
			continue
		}
		sp.End, sp.Text = toks[b-3].REnd, joinTokens(toks[a:b-2])
	}
	return spans
}
