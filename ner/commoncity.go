package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
)

// commonCities turns on addCommonCities; a variable for experiments.
var commonCities = true

// addCommonCities tags as a LOC a capitalised word inside a sentence that
// the POS tagger read as a common noun and the gazetteer lists as a
// settlement: "атакували [LOC Суми]" (сума), "звільнили [LOC Лиман]"
// (лиман), "під [LOC Ізюмом]" (ізюм). A capital inside a sentence,
// after a word or a comma, is the name's; at the sentence's start, after
// a quotation mark, a colon or a dash it may be the word's own. A word
// the gazetteer also lists as a person's name is left to the model.
// spans[from:] are the sentence's spans, sorted.
func addCommonCities(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if !strings.HasPrefix(t.Tag, "noun:inanim") || strings.Contains(t.Tag, ":prop") || !startsUpper(t.Text) || isLatin(t.Text) ||
			!isWordText(t.Text) || isAbbrev(t.Text) || t.Lemma == "" || startsUpper(t.Lemma) {
			continue
		}
		if p := &toks[i-1]; p.Kind != vistka.Word && p.Text != "," {
			continue
		}
		if i+1 < len(toks) && startsUpper(toks[i+1].Text) && toks[i+1].Kind == vistka.Word {
			continue // a name of several words is the model's
		}
		if lemma, cat := gazetteer.Guess(t.Text); lemma == "" || cat&gazetteer.Settlement == 0 || cat&gazetteer.Person != 0 {
			continue
		}
		if covered(spans[from:], t.RStart, t.REnd) {
			continue
		}
		spans = insertSpan(spans, from, vistka.Span{Start: t.RStart, End: t.REnd, Type: "LOC", Text: t.Text})
	}
	return spans
}
