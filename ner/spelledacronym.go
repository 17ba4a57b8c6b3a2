package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// spelledAcronyms turns on addSpelledAcronyms; a variable for experiments.
var spelledAcronyms = true

// addSpelledAcronyms adds an ORG span for a body's name spelled out in
// words that the model left untagged, when the document calls the body by
// the acronym of those words, tagged an ORG elsewhere: "Дніпровський
// металургійний завод, що входить до групи …" and then "Торік ДМЗ
// сплатив", "Харківський тракторний завод … ХТЗ". A plant's or a
// factory's name of capitalised adjective and common nouns at the start
// of a sentence reads to the model as the sentence's words; the acronym,
// in capitals, it tags. The words, adjectives and nouns ("Він подякував
// партнерам" is no ВПП), must be as many as the acronym's letters, each
// starting with its letter in order, the first capitalised, the rest in
// lower case save a proper name closing it (Служба безпеки України), the
// last a noun, and no span may cover any of them. bf gives the span its
// base form. spans are the document's, sorted; the result is sorted too.
func addSpelledAcronyms(sents []vistka.Sentence, spans []vistka.Span, bf func(typ, text string, toks []vistka.Token) string) []vistka.Span {
	var acrs []string
	for k := range spans {
		if t := spans[k].Text; spans[k].Type == "ORG" && bodyAcronym(t) && scan.RuneCount(t) >= 3 && !slices.Contains(acrs, t) {
			acrs = append(acrs, t)
		}
	}
	if len(acrs) == 0 {
		return spans
	}
	n := len(spans)
	for s := range sents {
		toks := sents[s].Tokens
		for i := range toks {
			if !startsUpper(toks[i].Text) || toks[i].Kind != vistka.Word || upperText(toks[i].Text) {
				continue
			}
			for _, acr := range acrs {
				j := i + scan.RuneCount(acr)
				if j > len(toks) || !spells(toks[i:j], acr) || covered(spans[:n], toks[i].RStart, toks[j-1].REnd) {
					continue
				}
				text := joinTokens(toks[i:j])
				spans = append(spans, vistka.Span{Start: toks[i].RStart, End: toks[j-1].REnd, Type: "ORG", Text: text, Lemma: bf("ORG", text, toks[i:j])})
				break
			}
		}
	}
	if len(spans) > n {
		slices.SortStableFunc(spans, func(x, y vistka.Span) int { return x.Start - y.Start })
	}
	return spans
}

// spells reports whether the words toks, each an adjective or a noun,
// start with the letters of acr in order: the first capitalised, the
// others in lower case but a capitalised last one, and the last a noun.
func spells(toks []vistka.Token, acr string) bool {
	k := 0
	for _, a := range acr {
		t := &toks[k]
		c, _ := utf8.DecodeRuneInString(t.Text)
		if t.Kind != vistka.Word || unicode.ToLower(c) != unicode.ToLower(a) || !strings.HasPrefix(t.Tag, "adj") && !strings.HasPrefix(t.Tag, "noun") {
			return false // ("Він подякував партнерам" is no ВПП)
		}
		if k > 0 && k < len(toks)-1 && !startsLower(t.Text) {
			return false
		}
		k++
	}
	return strings.HasPrefix(toks[len(toks)-1].Tag, "noun")
}
