package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// dollarCountries turns on joinDollarCountries; a variable for experiments.
var dollarCountries = true

// joinDollarCountries joins a MON span that ends in долар (or дол.) and
// the LOC span of the country right after it, which names whose dollar
// it is: "[MON 50 000 доларів] [LOC США]" → "[MON 50 000 доларів США]",
// "[MON 3 млн дол. США]". The country is part of the currency's name,
// not a place the text speaks of, and NER-UK tags it so (both times its
// training documents hold one, in one text); the model, which knows США
// as a place, cuts it off there. In cross-validation the rule puts 2 MON
// spans right and drops 2 false LOCs: MON F1 0.932 → 0.936, LOC
// precision 0.838 → 0.839, PERS+LOC+ORG 0.8838 → 0.8839, micro 0.8358 →
// 0.8361; our news texts already get the whole name, and the rule
// changes none of their spans. spans[from:] are the
// sentence's spans, sorted.
func joinDollarCountries(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k+1 < len(spans); k++ {
		sp, next := &spans[k], spans[k+1]
		if sp.Type != "MON" || next.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || b >= len(toks) || toks[b].RStart != next.Start || !dollarWord(toks[b-1]) && (toks[b-1].Text != "." || b-2 < a || !dollarWord(toks[b-2])) {
			continue
		}
		_, e := vistka.TokensIn(toks, next.Start, next.End)
		if e <= b {
			continue
		}
		sp.End, sp.Text = next.End, joinTokens(toks[a:e])
		spans = slices.Delete(spans, k+1, k+2)
	}
	return spans
}

// dollarWord reports whether t is the word долар in any form or its
// abbreviation.
func dollarWord(t vistka.Token) bool {
	w := scan.ToLower(t.Text)
	return scan.ToLower(t.Lemma) == "долар" || w == "дол." || w == "дол" || strings.HasPrefix(w, "долар")
}
