package ner

import (
	"unicode"

	"github.com/vistka/vistka"
)

// glossTypes turns on retypeGlosses; a variable for experiments.
var glossTypes = true

// retypeGlosses gives a name in Latin letters, in brackets right after a
// name in Cyrillic, the type of that name: it is the same name as
// written in its own language ("[PERS Джон Сміт] ( [LOC John Smith] )",
// "«[ORG Зелена долина]» ( [LOC Green Valley Limited] )" become a PERS
// and an ORG). Alone, a foreign name in Latin letters gives the model
// little to read its kind from. Only PERS, LOC and ORG are retyped.
// In cross-validation the rule puts 3 types right (two persons and a
// company read as places) and makes no error. spans[from:] are the
// sentence's spans, sorted.
func retypeGlosses(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from + 1; k < len(spans); k++ {
		sp, prev := &spans[k], &spans[k-1]
		if sp.Type == prev.Type || !nameType(sp.Type) || !nameType(prev.Type) || !latinLetter(firstRune(sp.Text)) || latinLetter(firstRune(prev.Text)) {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if a < 2 || b >= len(toks) || toks[a-1].Text != "(" || toks[b].Text != ")" {
			continue
		}
		c := a - 2 // the last token of the name glossed
		if closeQuote(toks[c].Text) && c > 0 {
			c--
		}
		if toks[c].REnd != prev.End && toks[c+1].REnd != prev.End {
			continue
		}
		sp.Type = prev.Type
	}
	return spans
}

// nameType reports PERS, LOC and ORG.
func nameType(t string) bool { return t == "PERS" || t == "LOC" || t == "ORG" }

// latinLetter reports a letter of the Latin alphabet.
func latinLetter(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }
