package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
)

// middleNames turns on joinMiddleNames; a variable for experiments.
var middleNames = true

// joinMiddleNames joins a first name tagged alone (one word read as a
// person's name), the word written with
// a capital right after it that the tagger read as some common word, and
// the PERS span right after that: one foreign name of three words whose
// middle part the lexicon knows as something else ("Андерс | Дам |
// Єнсен", Дам read as a verb). Inside a sentence only a name's part is
// written with a capital there; a place, a country or a body's word (з
// Петром у Києві) is no part of it, and neither is an acronym, a body's
// short name. The two ends agree in case, or the second does not
// decline. spans[from:] are the sentence's spans, sorted.
func joinMiddleNames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	return joinPersPairs(toks, spans, from, func(a, b, c, d int) bool {
		return b-a == 1 && c == b+1 && firstNameAt(&toks[a]) && middlePart(&toks[b]) && sameCaseName(&toks[a], &toks[d-1])
	})
}

// firstNameAt reports whether t may be a first name: the tagger reads it
// as a person's name, a first name or a surname (a foreign first name it
// does not know: Андерс, read as a surname).
func firstNameAt(t *vistka.Token) bool {
	return strings.Contains(t.Tag, ":fname") || strings.Contains(t.Tag, ":lname")
}

// middlePart reports whether t may be the middle word of a name the
// tagger read as a common word: a word written with a capital, not in
// capitals, that is no place's, country's or body's name.
func middlePart(t *vistka.Token) bool {
	if t.Kind != vistka.Word || !startsUpper(t.Text) || upperText(t.Text) || strings.Contains(t.Tag, ":geo") ||
		strings.Contains(t.Tag, ":abbr") || strings.Contains(t.Tag, ":prop") || strings.HasPrefix(t.Tag, "prep") || strings.HasPrefix(t.Tag, "conj") {
		return false
	}
	return gazetteer.Lookup(t.Text)&(gazetteer.Location|gazetteer.OtherName) == 0 && !bodyHead(t)
}
