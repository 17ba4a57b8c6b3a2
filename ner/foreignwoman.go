package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/vtag"
)

// foreignWomen turns on retypeForeignWomen and the written base form of
// indeclinable names (indeclinableName); a variable for experiments.
var foreignWomen = true

// retypeForeignWomen makes a PERS of a LOC span of two capitalised words
// that each end in е, є, о or і and that the gazetteer knows as no place
// in any form: a foreign woman's first name and surname that do not
// decline (з Довіле Шакалєне, Ауріне Норкене), which the tagger reads as
// a neuter place's name (Шакалєне, like Мукачеве) when no title stands
// before them. A place's preposition before the span (у, в, на, до, біля)
// leaves it a place. spans[from:] are the sentence's spans.
func retypeForeignWomen(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b == a+1 && k+1 < len(spans) && spans[k+1].Type == "PERS" && (a == 0 || !placePrepositions.has(toks[a-1].Text)) {
			// "[LOC Агне] [PERS Біловайтіте] заявила": the first name read
			// as a place, the surname as a person; one woman's name
			if c, d := vistka.TokensIn(toks, spans[k+1].Start, spans[k+1].End); c == b && d == b+1 && foreignWord(toks[a]) && foreignWord(toks[b]) {
				spans[k] = vistka.Span{Start: sp.Start, End: spans[k+1].End, Type: "PERS", Text: joinTokens(toks[a : b+1])}
				spans = slices.Delete(spans, k+1, k+2)
			}
			continue
		}
		if b != a+2 || a > 0 && placePrepositions.has(toks[a-1].Text) {
			continue
		}
		ok := true
		for i := a; i < b && ok; i++ {
			_, c := gazetteer.Guess(toks[i].Text)
			ok = toks[i].Kind == vistka.Word && startsUpper(toks[i].Text) && indeclinableEnd(toks[i].Text) && c&gazetteer.Location == 0
		}
		if ok {
			sp.Type = "PERS"
		}
	}
	return spans
}

// foreignWord reports whether t is a capitalised word ending as a foreign
// name that does not decline, that the gazetteer knows as no place.
func foreignWord(t vistka.Token) bool {
	_, c := gazetteer.Guess(t.Text)
	return t.Kind == vistka.Word && startsUpper(t.Text) && indeclinableEnd(t.Text) && c&gazetteer.Location == 0
}

// placePrepositions put a place's name after them.
var placePrepositions = newLowerSet("у", "в", "на", "до", "біля", "поблизу", "під")

// indeclinableEnd reports whether w ends as a foreign name that does not
// decline may (Шакалєне, Коіке, Мелоні): in е, є, о or і, but not in the
// dative ending of a man's name (Кухарчукові).
func indeclinableEnd(w string) bool {
	if strings.HasSuffix(w, "ові") || strings.HasSuffix(w, "еві") || strings.HasSuffix(w, "єві") {
		return false
	}
	return strings.HasSuffix(w, "е") || strings.HasSuffix(w, "є") || strings.HasSuffix(w, "о") || strings.HasSuffix(w, "і")
}

// indeclinableName reports whether the person's name toks[from:to], two
// words or more, is a foreign name that does not decline, to be given as
// written: every word capitalised, ending so (indeclinableEnd), and
// either unknown to the gazetteer or listed in the form written (Довіле
// Шакалєне, Юріко Коіке); the tagger reads such words as some inflected
// form (Довіле as the vocative of a Довіл). A word the gazetteer knows as
// another form of a name (Петрові, Ганні) declines, and so does a woman's
// first name in -ка, -га, -ха with its consonant alternated before -і
// (Франчесці Россі, Доменіці Россі).
func indeclinableName(toks []vistka.Token, from, to int) bool {
	if to-from < 2 {
		return false
	}
	for i := from; i < to; i++ {
		t := &toks[i]
		if t.Kind != vistka.Word || !startsUpper(t.Text) || !indeclinableEnd(t.Text) {
			return false
		}
		if l, c := gazetteer.Guess(t.Text); c != 0 && l != t.Text {
			return false
		}
		if vtag.Has(t.Tag, "fname") && alternated(t.Text, t.Lemma) {
			return false // Франчесці, the tagger's Франческа: a name that declines
		}
	}
	return true
}

// alternated reports whether form is the dative or locative of lemma, a
// word in -ка, -га or -ха, with its consonant alternating before -і:
// Франчесці of Франческа, Ользі of Ольга, Сосі of Соха.
func alternated(form, lemma string) bool {
	for _, a := range [...][2]string{{"ка", "ці"}, {"га", "зі"}, {"ха", "сі"}} {
		if stem, ok := strings.CutSuffix(lemma, a[0]); ok && stem != "" && form == stem+a[1] {
			return true
		}
	}
	return false
}
