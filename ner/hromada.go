package ner

import (
	"strings"

	"github.com/vistka/vistka"
)

// hromadas turns on retypeHromadas; a variable for experiments.
var hromadas = true

// retypeHromadas makes a hromada named by its place adjective a LOC, as
// news2 and news3 tag it (a territory like a district, область or район;
// its council is the ORG): Золочівської селищної громади, Кременчуцька
// міська територіальна громада, Балаклійської громади. The model read
// such names as ORG. Only a span of a capitalised adjective, lower-case
// adjectives and громада in the singular at the end: асоціація громад,
// громадська організація, a hromada's council are left.
func retypeHromadas(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || b-a > 5 || toks[b-1].Lemma != "громада" || strings.Contains(toks[b-1].Tag, ":p:") || !startsUpper(toks[a].Text) {
			continue
		}
		ok := true
		for i := a; i < b-1; i++ {
			if !strings.HasPrefix(toks[i].Tag, "adj") || i > a && startsUpper(toks[i].Text) {
				ok = false
				break
			}
		}
		if ok {
			sp.Type = "LOC"
		}
	}
	return spans
}
