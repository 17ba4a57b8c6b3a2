package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// orgPairs turns on splitOrgPairs; a variable for experiments.
var orgPairs = true

// splitOrgPairs splits an ORG span that runs over і, та or й into a second
// body introduced by a lower-case adjective of its country or kind: "[ORG
// Goldman Sachs] і польський [ORG PKO Bank Polski]", "[ORG Raiffeisen
// Bank International] та угорський [ORG OTP Bank]", and over a common
// noun before a quoted name: "[ORG Національний симфонічний оркестр
// України] і хор «[ORG Київ]»". A name does not go on in lower case after
// і and then start again with a capital; the model, which reads a run of
// capitals as one body, joins the two. A conjunction inside the name
// (Міністерство освіти і науки) is followed by a noun, not an adjective
// and a capital, and stays. spans[from:] are the sentence's spans,
// sorted; the result is sorted too.
func splitOrgPairs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		s := spans[k]
		if s.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, s.Start, s.End)
		if b-a < 4 {
			continue
		}
		for c := a + 1; c+2 < b; c++ {
			if w := scan.ToLower(toks[c].Text); w != "і" && w != "та" && w != "й" {
				continue
			}
			if !startsUpper(toks[c-1].Text) && toks[c-1].Text != "»" {
				continue // the left part ends in a name's word
			}
			p := c + 1
			for p < b && strings.HasPrefix(toks[p].Tag, "adj") && startsLower(toks[p].Text) {
				p++
			}
			r0, r1 := -1, b
			switch {
			case p > c+1 && p < b && startsUpper(toks[p].Text):
				r0 = p
			case p+2 < b && startsLower(toks[p].Text) && strings.HasPrefix(toks[p].Tag, "noun") && toks[p+1].Text == "«" && toks[b-1].Text == "»":
				r0, r1 = p+2, b-1
			}
			if r0 < 0 || r0 >= r1 {
				continue
			}
			left := vistka.Span{Start: toks[a].RStart, End: toks[c-1].REnd, Type: "ORG", Text: joinTokens(toks[a:c])}
			right := vistka.Span{Start: toks[r0].RStart, End: toks[r1-1].REnd, Type: "ORG", Text: joinTokens(toks[r0:r1])}
			spans = slices.Replace(spans, k, k+1, left, right)
			k++
			break
		}
	}
	return spans
}
