package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// countedTails turns on cutCountedTails; a variable for experiments.
var countedTails = true

// cutCountedTails ends a PERS, LOC or ORG span before a number written in
// digits that follows a noun inside it and is followed by a lower-case
// noun in the plural, the things counted: "Фонд передав [ORG Київській
// обласній лікарні 50 обігрівачів]" → Київській обласній лікарні,
// "[ORG Міністерству охорони здоров'я України 20 автомобілів]" →
// Міністерству охорони здоров'я України. A number in a name follows №,
// stands before the noun (93 бригада) or is followed by no plural (ліцей
// 142, ліцей 142 міста Києва), and such spans are left alone. spans[from:] are the sentence's
// spans.
func cutCountedTails(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" && sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		for j := a + 1; j+1 < b; j++ {
			if toks[j].Kind != vistka.Number || !strings.HasPrefix(toks[j-1].Tag, "noun") || !countedNoun(&toks[j+1]) {
				continue
			}
			sp.End, sp.Text = toks[j-1].REnd, joinTokens(toks[a:j])
			break
		}
	}
	return spans
}

// lowerNoun reports a lower-case common noun, not a pronoun.
func lowerNoun(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "noun") && !strings.Contains(t.Tag, ":prop") && !strings.Contains(t.Tag, "pron") && startsLower(t.Text)
}

// countedNoun reports a lower-case common noun in the plural: the things
// a number before it counts (50 обігрівачів, 3 автомобілі).
func countedNoun(t *vistka.Token) bool {
	return lowerNoun(t) && vtag.Gender(t.Tag) == 'p'
}
