package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// addNumberedActs makes a DOC of an act named by its head word and its
// number, with its issuer between them and its date after від: "указ №
// 123/2025", "[DOC постанову Кабміну № 1234]", "[DOC наказ Мінрегіонбуду від
// 07.07.11 № 110]", "[DOC резолюцію № 2231 від 20 липня 2015 року]", and a
// resolution by its bare number ("[DOC резолюцію 2774]"), as NER-UK tags
// every act it cites by number (договору №3 від 25.05.2011 року,
// постанові Кабінету міністрів № 854 від 10 серпня 2011 року, рішення від
// 12 грудня 2012 року №18). The model finds some, misses others or runs
// two acts joined by та into one DOC, which is cut at the second act's
// head, or on over the act's subject after про, which is cut off
// (законопроєкт № 12089, as news2's gold has it). addActNumbers has made a DOC already of an act whose issuer and
// number the model read as one ORG. spans[from:] are the sentence's
// spans, sorted; the result is sorted too.
func addNumberedActs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if !numberedActHeads.has(t.Lemma) || !strings.HasPrefix(t.Tag, "noun") || i > 0 && !startsLower(t.Text) {
			continue
		}
		end := actEnd(toks, spans[from:], i)
		if end == 0 {
			continue
		}
		start, stop := t.RStart, toks[end-1].REnd
		k, n, ok := spansInside(spans, from, start, stop)
		act := []vistka.Span{{Start: start, End: stop, Type: "DOC", Text: joinTokens(toks[i:end])}}
		if !ok {
			// a DOC the model ran on over a second act: cut in two at
			// the conjunction
			last := spans[k+n-1]
			if last.Type != "DOC" || spans[k].Start < start {
				continue
			}
			switch {
			case toks[end].Text == "про":
				// законопроєкт № 12089 про електронну ідентифікацію:
				// the number names it, the subject is not its title
			case nextAct(toks, end, last.End):
				_, e := vistka.TokensIn(toks, last.Start, last.End)
				act = append(act, vistka.Span{Start: toks[end+1].RStart, End: last.End, Type: "DOC", Text: joinTokens(toks[end+1 : e])})
			default:
				continue
			}
		}
		spans = slices.Replace(spans, k, k+n, act...)
		i = end - 1
	}
	return spans
}

// numberedActHeads are the lemmas of the head words of acts cited by
// number.
var numberedActHeads = newLowerSet("постанова", "наказ", "розпорядження", "указ", "рішення", "ухвала", "резолюція", "закон", "законопроєкт", "законопроект", "договір")

// actEnd returns the end of the act whose head word is toks[i]: its
// issuer (capitalised words and the genitives after them), the date after
// від and the number after №, in either order, the number required; or a
// resolution's bare number. It returns 0 when there is none. spans are
// the sentence's.
func actEnd(toks []vistka.Token, spans []vistka.Span, i int) int {
	j := i + 1
	if toks[i].Lemma == "резолюція" && j < len(toks) && bareActNumber(toks, j) {
		return dateAfter(toks, spans, j+1)
	}
	// the issuer: Кабміну, Кабінету Міністрів України, Президента
	if j < len(toks) && toks[j].Kind == vistka.Word && startsUpper(toks[j].Text) {
		for j < len(toks) && j-i <= 6 && toks[j].Kind == vistka.Word && (strings.HasPrefix(toks[j].Tag, "noun") || strings.HasPrefix(toks[j].Tag, "adj")) &&
			(startsUpper(toks[j].Text) || strings.Contains(toks[j].Tag, "v_rod")) {
			j++
		}
	}
	j = dateAfter(toks, spans, j)
	e := actNumberEnd(toks, j)
	if e == j {
		return 0
	}
	return dateAfter(toks, spans, e)
}

// actNumberEnd returns the end of an act's number at toks[j], № and the
// number (№ 123/2025, №1234, № 610-р), j if there is none.
func actNumberEnd(toks []vistka.Token, j int) int {
	if j >= len(toks) {
		return j
	}
	e := j + 1
	switch w := toks[j].Text; {
	case w == "№":
		if e >= len(toks) || !startsDigit(toks[e].Text) {
			return j
		}
		e++
	case strings.HasPrefix(w, "№") && startsDigit(w[len("№"):]):
	default:
		return j
	}
	// the rest of the number, written with no space: 123/2025
	for e < len(toks) && toks[e].RStart == toks[e-1].REnd && toks[e].Text != "." && toks[e].Text != "," && toks[e].Kind != vistka.Word {
		e++
	}
	return e
}

// bareActNumber reports a resolution's number with no № at toks[j]: three
// to five digits, not a year (2774, not 2024 року).
func bareActNumber(toks []vistka.Token, j int) bool {
	w := toks[j].Text
	if len(w) < 3 || len(w) > 5 || !digits(w) {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].Lemma != "рік" && toks[j+1].Text != "р." && toks[j+1].Text != "р"
}

// dateAfter returns the end of the DATE span after від at toks[j], j if
// there is none.
func dateAfter(toks []vistka.Token, spans []vistka.Span, j int) int {
	if j+1 >= len(toks) || toks[j].Text != "від" {
		return j
	}
	for _, s := range spans {
		if s.Type == "DATE" && s.Start == toks[j+1].RStart {
			_, e := vistka.TokensIn(toks, s.Start, s.End)
			return e
		}
	}
	return j
}

// nextAct reports whether the tokens from toks[end] to the code point
// stop are a conjunction or a comma and another act's head word, which a
// span running on from an act to stop holds: "постанову № 5 та
// розпорядження № 6".
func nextAct(toks []vistka.Token, end, stop int) bool {
	if end+1 >= len(toks) || toks[end+1].REnd > stop {
		return false
	}
	switch toks[end].Text {
	case "та", "і", "й", ",":
		return numberedActHeads.has(toks[end+1].Lemma)
	}
	return false
}
