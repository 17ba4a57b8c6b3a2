package ner

import (
	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// capsPersons turns on retypeCapsPersons; a variable for experiments.
var capsPersons = true

// retypeCapsPersons makes an ORG of a PERS span that is one word of two to
// six capitals: "прокурори САП", which the model, seeing a genitive after
// a person's noun, may read as a surname. News prints no person's name in
// capitals but in headlines; in the NER-UK training documents such a word
// is an ORG 343 times, a LOC 36, a MISC 26 and never a PERS. It runs
// before dropCommonAcronyms, which then drops an acronym of lower-case
// words before it. spans[from:] are the sentence's spans, sorted.
func retypeCapsPersons(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != a+1 {
			continue
		}
		w := toks[a].Text
		if n := scan.RuneCount(w); n < 2 || n > 6 || !upperText(w) || !allLetters(w) {
			continue
		}
		sp.Type = "ORG"
	}
	return spans
}

// allLetters reports whether every rune of s is a letter.
func allLetters(s string) bool {
	for _, r := range s {
		if !isLetter(r) {
			return false
		}
	}
	return s != ""
}
