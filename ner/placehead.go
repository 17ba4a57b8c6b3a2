package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/vtag"
)

// placeHeads turns on widenPlaceHeads; a variable for experiments.
var placeHeads = true

// widenPlaceHeads gives a place span the capitalised words before it
// that make it, whole, a listed place's name in the nominative: the
// model may tag only the last word of "Сполучені Штати Америки надали …"
// or "Латинська Америка та США підписали …" when the name opens a
// sentence (Америки, a genitive, as if the words before were common
// ones; Америка, another place), though it tags the whole name
// elsewhere. At most three words are taken, none of them in another
// span. In another case the words before a one-word span are taken when
// they are capitalised adjectives agreeing with it and make, in the
// nominative, a listed place's name: "Делегація [LOC Зеландії]" after
// Нової, "міністра закордонних справ Нової [LOC Зеландії]" (Нова
// Зеландія; the model reads Нової as a common adjective there, and the
// entity became a place Зеландія beside Нова Зеландія).
// spans[from:] are the sentence's spans, sorted.
func widenPlaceHeads(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	prevEnd := -1 // the end of the span before, in code points
	for k := from; k < len(spans); k++ {
		s := &spans[k]
		if s.Type != "LOC" {
			prevEnd = s.End
			continue
		}
		first, _ := vistka.TokensIn(toks, s.Start, s.End)
		for j := first - 1; j >= 0 && first-j <= 3; j-- {
			t := &toks[j]
			if t.Kind != vistka.Word || !startsUpper(t.Text) || t.RStart < prevEnd {
				break
			}
			name := joinTokens(toks[j:first]) + " " + s.Text
			if c := gazetteer.Lookup(name); c&gazetteer.Location != 0 && c&gazetteer.Person == 0 ||
				obliquePlaceName(toks, j, first, s.End) {
				s.Start, s.Text = t.RStart, name
				break
			}
		}
		prevEnd = s.End
	}
	return spans
}

// obliquePlaceName reports whether toks[j:first], capitalised adjectives
// of the case, gender and number of the one noun of a span that starts at
// toks[first] and ends at end (code points), make with it the name of a
// listed place when all are put in the nominative: Нової Зеландії (Нова
// Зеландія), Південної Осетії.
func obliquePlaceName(toks []vistka.Token, j, first, end int) bool {
	n := &toks[first]
	if n.REnd != end || !strings.HasPrefix(n.Tag, "noun") || !startsUpper(n.Lemma) {
		return false
	}
	c, g := vtag.Case(n.Tag), vtag.Gender(n.Tag)
	if c == "" || c == "v_naz" || g == 0 {
		return false
	}
	var b strings.Builder
	for i := j; i < first; i++ {
		t := &toks[i]
		if !strings.HasPrefix(t.Tag, "adj") || vtag.Case(t.Tag) != c || vtag.Gender(t.Tag) != g || t.Lemma == "" {
			return false
		}
		b.WriteString(titleCase(adjForm(t.Lemma, string(g))))
		b.WriteByte(' ')
	}
	b.WriteString(n.Lemma)
	k := gazetteer.Lookup(b.String())
	return k&gazetteer.Location != 0 && k&gazetteer.Person == 0
}
