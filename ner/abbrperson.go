package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// abbrPersons turns on cutAbbrPersons; a variable for experiments.
var abbrPersons = true

// cutAbbrPersons cuts off a PERS span the abbreviation in capitals that
// opens it before a name in title case: the abbreviation names what the
// person is, not who (з [PERS ФОП Стефаником], a sole trader, is
// Стефаник), and left inside it makes the base form "Фоп Стефаник", a
// name no other mention of the person has. The abbreviation must be one
// the lexicon knows (:abbr), of two letters or more.
func cutAbbrPersons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || !leadAbbr(&toks[a]) || !startsUpper(toks[a+1].Text) || upperText(toks[a+1].Text) {
			continue
		}
		sp.Start, sp.Text = toks[a+1].RStart, joinTokens(toks[a+1:b])
	}
	return spans
}

// leadAbbr reports an abbreviation in capitals of two letters or more that
// the lexicon reads as one (ФОП, noun:…:nv:abbr).
func leadAbbr(t *vistka.Token) bool {
	return utf8.RuneCountInString(t.Text) >= 2 && upperText(t.Text) && strings.Contains(t.Tag, ":abbr") && strings.HasPrefix(t.Tag, "noun")
}
