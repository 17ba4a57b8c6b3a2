package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// quoteOpeners turns on dropQuoteOpeners; a variable for experiments.
var quoteOpeners = true

// dropQuoteOpeners drops an ORG or MISC span of common words that opens a
// quoted sentence: "«[ORG Ядерна безпека] не може бути заручницею війни»,
// – наголосив він". Words in quotation marks with a capital look like a
// quoted name to the model, but a name in marks closes right after it
// («Нафтогаз», «Укрзалізниця» заявила), and its words are a proper name
// or not all in the dictionary as common ones. The span is dropped when
// its quotation goes on past it to a verb and every word of it is a
// common noun or adjective. spans[from:] are the sentence's spans,
// sorted.
func dropQuoteOpeners(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "ORG" && sp.Type != "MISC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if a < 1 || b >= len(toks) || !opensQuote(toks, a-1) || toks[b].Kind == vistka.QuoteMark || !commonWords(toks[a:b]) || !verbBeforeClose(toks, b) {
			continue
		}
		spans = slices.Delete(spans, k, k+1)
		k--
	}
	return spans
}

// commonWords reports whether every token is a common noun or adjective
// of the dictionary, not a name, and none a noun for a kind of body: a
// body named by common words (Волинська митниця, Рівненська облрада)
// stays.
func commonWords(toks []vistka.Token) bool {
	for i := range toks {
		tag := toks[i].Tag
		if !strings.HasPrefix(tag, "noun") && !strings.HasPrefix(tag, "adj") || strings.Contains(tag, ":prop") || strings.Contains(tag, ":abbr") || bodyHead(&toks[i]) {
			return false
		}
	}
	return len(toks) > 0
}

// verbBeforeClose reports whether a verb comes at i or after it before the
// next quotation mark: the quoted words are a sentence, not a name.
func verbBeforeClose(toks []vistka.Token, i int) bool {
	for ; i < len(toks) && toks[i].Kind != vistka.QuoteMark; i++ {
		if strings.HasPrefix(toks[i].Tag, "verb") {
			return true
		}
	}
	return false
}

// opensQuote reports whether the quotation mark at i opens a quotation:
// « and „ always; a mark that may close too (" “) when it touches the word
// after it and not the one before.
func opensQuote(toks []vistka.Token, i int) bool {
	t := &toks[i]
	if t.Kind != vistka.QuoteMark {
		return false
	}
	switch t.Text {
	case "«", "„":
		return true
	case "»":
		return false
	}
	return i+1 < len(toks) && toks[i+1].RStart == t.REnd && (i == 0 || toks[i-1].REnd < t.RStart)
}
