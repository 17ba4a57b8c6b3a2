package ner

import (
	"strings"
	"unicode"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// orgAnd turns on joinOrgAnd; a variable for experiments.
var orgAnd = true

// joinOrgAnd extends an ORG span that ends with a genitive noun over "і"
// or "та" and the lower-case genitive noun that completes the name
// (Міністерства регіонального розвитку | і будівництва). spans[from:] are
// the sentence's spans, sorted.
func joinOrgAnd(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || b+1 >= len(toks) || !strings.Contains(toks[b-1].Tag, "v_rod") || !strings.HasPrefix(toks[b-1].Tag, "noun") {
			continue
		}
		if w := scan.ToLower(toks[b].Text); w != "і" && w != "та" && w != "й" {
			continue
		}
		if l := toks[b-1].Lemma; bodyHeads[scan.ToLower(l)] || !unicode.IsLower([]rune(toks[b-1].Text)[0]) {
			continue // "обласної ради і договору": the body ends there
		}
		c := b + 1
		if c >= len(toks) || !strings.HasPrefix(toks[c].Tag, "noun") || !strings.Contains(toks[c].Tag, "v_rod") ||
			strings.Contains(toks[c].Tag, "prop") || !unicode.IsLower([]rune(toks[c].Text)[0]) {
			continue
		}
		c++
		if k+1 < len(spans) && spans[k+1].Start < toks[c-1].REnd {
			continue
		}
		if c < len(toks) && (strings.Contains(toks[c].Tag, "v_rod") || toks[c].Kind == vistka.Word && !strings.HasPrefix(toks[c].Tag, "verb") && !strings.HasPrefix(toks[c].Tag, "prep") && !strings.HasPrefix(toks[c].Tag, "conj")) {
			continue // the phrase goes on: not the name's end
		}
		sp.End, sp.Text = toks[c-1].REnd, joinTokens(toks[a:c])
	}
	return spans
}

// bodyHeads are nouns that end the name of a body rather than list its
// fields.
var bodyHeads = map[string]bool{"рада": true, "адміністрація": true, "райдержадміністрація": true,
	"облдержадміністрація": true, "держадміністрація": true, "комітет": true, "служба": true,
	"управління": true, "міністерство": true, "суд": true, "прокуратура": true, "інспекція": true,
	"агентство": true, "департамент": true, "відділ": true, "фонд": true, "компанія": true}
