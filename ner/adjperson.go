package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// adjPersons turns on dropAdjPersons; a variable for experiments.
var adjPersons = true

// dropAdjPersons drops a one-word PERS span that the POS tagger read as a
// common adjective agreeing with the lowercase noun right after it: the
// two are a phrase ("Фото: [PERS Урядовий] портал"), not a surname. A
// surname the tagger reads as a name (Зеленський, lname) is left.
func dropAdjPersons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != a+1 || b >= len(toks) || !adjBeforeNoun(&toks[a], &toks[b]) || possessiveOfName(&toks[a]) {
			continue
		}
		spans = slices.Delete(spans, k, k+1)
		k--
	}
	return spans
}

// adjBeforeNoun reports whether adj is a common adjective and noun a
// lowercase common noun of its gender and case.
func adjBeforeNoun(adj, noun *vistka.Token) bool {
	at, nt := adj.Tag, noun.Tag
	if !strings.HasPrefix(at, "adj:") || strings.Contains(at, ":prop") || !strings.HasPrefix(nt, "noun") || strings.Contains(nt, ":prop") ||
		noun.Text == "" || noun.Text[0] >= 0x80 && strings.ToLower(noun.Text) != noun.Text || noun.Text[0] < 0x80 {
		return false
	}
	af, nf := strings.Split(at, ":"), strings.Split(nt, ":")
	if len(af) < 3 {
		return false
	}
	return slices.Contains(nf, af[1]) && slices.Contains(nf, af[2])
}
