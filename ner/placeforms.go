package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
)

// placeFormsOn turns on linkPlaceForms; a variable for experiments.
var placeFormsOn = true

// linkPlaceForms reads as a document's town another form of the town's
// name the model left untagged or took for a person ("У Черкасах …", then
// "Мер Черкас …" or "[PERS Черкас]", the genitive read as the surname
// Черкас): a capitalised word of one word, not inside a span of another
// type, that the lexicon reads as a form of the base form of a one-word
// LOC span of the same document, a town, region or country the gazetteer
// lists; a word opening a sentence must be read as a proper noun there,
// for a common noun is written so too (Лінія тікає, in a text on the
// village Лінія). It is narrower than preferring the gazetteer's reading: the
// document must name the place itself, and the word must be its form.
// A one-word person whose surname a full name of the document ends in
// ("Іван Черкас" … "Черкас сказав") stays a person. spans are the
// document's, sorted; the result is sorted too.
func (m *Model) linkPlaceForms(sents []vistka.Sentence, spans []vistka.Span) []vistka.Span {
	if m.lemmas.Lex == nil {
		return spans
	}
	places := map[string]bool{} // base forms of one-word places
	prefixes := map[string]bool{}
	surnames := map[string]bool{} // last words of persons' full names, as written and as base forms
	for _, s := range spans {
		switch {
		case s.Type == "LOC" && !strings.ContainsAny(s.Text, " -") && startsUpper(s.Lemma) &&
			gazetteer.Lookup(s.Lemma)&(gazetteer.Settlement|gazetteer.Region|gazetteer.Country) != 0:
			places[s.Lemma] = true
			prefixes[runePrefix(s.Lemma, 3)] = true
		case s.Type == "PERS" && strings.Contains(s.Text, " "):
			surnames[lastField(s.Text)] = true
			surnames[lastField(s.Lemma)] = true
		}
	}
	if len(places) == 0 {
		return spans
	}
	// placeOf returns the place whose form w is, or "".
	placeOf := func(w string) string {
		if !startsUpper(w) || upperText(w) || strings.ContainsAny(w, " -") || !prefixes[runePrefix(w, 3)] || surnames[w] {
			return ""
		}
		for _, x := range m.lemmas.Lex.Analyze(w) {
			if strings.HasPrefix(x.Tag, "noun") && places[x.Lemma] && !surnames[x.Lemma] {
				return x.Lemma
			}
		}
		return ""
	}
	for i := range spans {
		s := &spans[i]
		if s.Type != "PERS" || places[s.Lemma] {
			continue
		}
		if p := placeOf(s.Text); p != "" {
			s.Type, s.Lemma = "LOC", p
		}
	}
	n := len(spans)
	for si := range sents {
		toks := sents[si].Tokens
		for i := range toks {
			t := &toks[i]
			if t.Kind != vistka.Word || !startsUpper(t.Text) || overlapsSpan(spans[:n], t.RStart, t.REnd) {
				continue
			}
			if i == 0 && !strings.Contains(t.Tag, ":prop") {
				continue // a common noun opening a sentence: Лінія тікає
			}
			if p := placeOf(t.Text); p != "" {
				spans = append(spans, vistka.Span{Start: t.RStart, End: t.REnd, Type: "LOC", Text: t.Text, Lemma: p})
			}
		}
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b vistka.Span) int { return a.Start - b.Start })
	}
	return spans
}

// overlapsSpan reports whether [start, end) overlaps one of spans, which
// are sorted.
func overlapsSpan(spans []vistka.Span, start, end int) bool {
	i, _ := slices.BinarySearchFunc(spans, start, func(s vistka.Span, p int) int {
		if s.End <= p {
			return -1
		}
		return 1
	})
	return i < len(spans) && spans[i].Start < end
}

// runePrefix returns the first n letters of s, or s when shorter.
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// lastField returns the last word of s.
func lastField(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
