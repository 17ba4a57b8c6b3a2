package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// finalDots turns on cutFinalDots; a variable for experiments.
var finalDots = true

// cutFinalDots ends a name's span before the full stop that closes its
// sentence, when the model ran the span over it: "наголосили в
// [Міністерстві соціальної політики.]" → "[Міністерстві соціальної
// політики]". The stop is the sentence's punctuation token there; the dot
// of an abbreviation (пров., Корп.) is a token of another kind, or follows
// a word tagged as an abbreviation, and stays. Amounts and measures, whose
// units end in such dots (грн.), are left alone.
func cutFinalDots(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		switch sp.Type {
		case "PERS", "LOC", "ORG", "JOB", "MISC", "ART", "DOC":
		default:
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || toks[b-1].Text != "." || toks[b-1].Tag != "punct" || !fullWord(&toks[b-2]) {
			continue
		}
		sp.End = toks[b-2].REnd
		sp.Text = joinTokens(toks[a : b-1])
	}
	return spans
}

// fullWord reports whether t is a Cyrillic noun or adjective of four
// letters or more that the tagger read in a case, not an abbreviation, an
// initial or a Latin word: служби, політики, but not пров, Гал, Л, CO.
func fullWord(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") || !strings.Contains(t.Tag, ":v_") ||
		strings.Contains(t.Tag, "abbr") || utf8.RuneCountInString(t.Text) < 4 || upperText(t.Text) {
		return false
	}
	for _, r := range t.Text {
		if r < 0x400 && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}
