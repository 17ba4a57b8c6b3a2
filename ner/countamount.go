package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// countAmounts turns on dropCountAmounts; a variable for experiments.
var countAmounts = true

// dropCountAmounts drops a MON span that is a number and a multiplier
// with no currency, when a noun in the genitive plural follows: what it
// counts is people or things, not money ("отримали 410 тис.
// українців", "наклад сягнув 30 тис. примірників", "19 тис.
// глядачів"). NER-UK tags counts of people and things nothing; the model
// takes the multiplier for the opening of a sum. A multiplier with no
// noun after it (на суму 1,49 млн) stays a MON, as NER-UK tags it, and so
// does one before a currency. spans[from:] are the sentence's spans,
// sorted.
func dropCountAmounts(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	t := 0
	for k := from; k < len(spans); k++ {
		s := &spans[k]
		if s.Type != "MON" {
			continue
		}
		for t < len(toks) && toks[t].REnd < s.End {
			t++
		}
		if t == len(toks) || toks[t].REnd != s.End {
			continue
		}
		last := t
		if toks[last].Text == "." && last > 0 {
			last--
		}
		if !multiplierWord(strings.TrimSuffix(toks[last].Text, ".")) || t+1 >= len(toks) {
			continue
		}
		n := &toks[t+1]
		if !strings.HasPrefix(n.Tag, "noun") || !strings.Contains(n.Tag, ":p:v_rod") || strings.Contains(n.Tag, ":abbr") ||
			!startsLower(n.Text) || currencyWord(n.Text) || moneyLemmas[n.Lemma] {
			continue
		}
		spans = slices.Delete(spans, k, k+1)
		k--
	}
	return spans
}

// moneyLemmas are the lemmas of the currencies the model knows, which
// currencyWord leaves out, and of nouns that count money (70 мільйонів
// податків in a headline).
var moneyLemmas = map[string]bool{"гривня": true, "долар": true, "євро": true, "цент": true, "копійка": true, "карбованець": true,
	"кошт": true, "податок": true, "збиток": true}
