package ner

import (
	"slices"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// caseSeams turns on splitCaseSeams; a variable for experiments.
var caseSeams = true

// splitCaseSeams cuts an ORG span that opens right after з, із or зі in
// the instrumental and runs on into a name in the nominative: "Спільно з
// [ORG Українським Червоним Хрестом] [ORG Одеська міська рада] відкрила",
// "Разом з [ORG ЮНІСЕФ] [ORG Львівська міська рада]". The partner after з
// and the subject fronted after it abut, and the model reads the run of
// capitals as one body; a name does not turn from the instrumental to the
// nominative inside itself. A quoted name (з компанією «Нова пошта») and
// a legal form's abbreviation (з ТОВ Альфа) are left alone.
// spans[from:] are the sentence's spans.
func splitCaseSeams(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || a == 0 || !instrumentalOpen(toks, a) {
			continue
		}
		c := caseSeam(toks, a, b)
		if c < 0 {
			continue
		}
		rt := "ORG"
		if c+1 == b && placeWord(&toks[c]) {
			rt = "LOC" // "разом з ЮНІСЕФ Україна"
		}
		left := vistka.Span{Start: toks[a].RStart, End: toks[c-1].REnd, Type: "ORG", Text: joinTokens(toks[a:c])}
		right := vistka.Span{Start: toks[c].RStart, End: toks[b-1].REnd, Type: rt, Text: joinTokens(toks[c:b])}
		spans = slices.Insert(spans, k+1, right)
		spans[k] = left
		k++
	}
	return spans
}

// instrumentalOpen reports whether the span starting at a follows з, із
// or зі and opens with a capitalised word in the instrumental or with an
// acronym the lexicon knows as a proper name (ЮНІСЕФ, not ТОВ).
func instrumentalOpen(toks []vistka.Token, a int) bool {
	if w := scan.ToLower(toks[a-1].Text); w != "з" && w != "із" && w != "зі" {
		return false
	}
	t := &toks[a]
	return startsUpper(t.Text) && (vtag.Case(t.Tag) == "v_oru" && !vtag.Has(t.Tag, "nv") || propAcronym(t))
}

// caseSeam returns where, in the span toks[a:b], a capitalised adjective
// (or any, right after an acronym: "з ЮНІСЕФ міська рада")
// or noun in the nominative follows a word in no nominative or one that
// does not decline (an acronym: ЮНІСЕФ), with no
// quotation mark before it; -1 when there is none.
func caseSeam(toks []vistka.Token, a, b int) int {
	for c := a + 1; c < b; c++ {
		t, prev := &toks[c], &toks[c-1]
		if !isWordText(prev.Text) {
			return -1 // a quoted name or a bracket
		}
		if (startsUpper(t.Text) || c == a+1 && propAcronym(prev)) && (vtag.Has(t.Tag, "adj") || vtag.Has(t.Tag, "noun")) && vtag.Case(t.Tag) == "v_naz" && !vtag.Has(t.Tag, "nv") &&
			(vtag.Case(prev.Tag) != "v_naz" || vtag.Has(prev.Tag, "nv")) {
			return c
		}
	}
	return -1
}
