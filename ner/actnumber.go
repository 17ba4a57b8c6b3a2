package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// actNumbers turns on addActNumbers; a variable for experiments.
var actNumbers = true

// addActNumbers makes a DOC of a numbered act the model reads as its
// issuer: the head word before an ORG that ends in № and a number, and the
// date after від that follows ("відповідно до [DOC постанови Кабінету
// Міністрів № 812]", "[DOC наказу МОЗ № 1462 від 5 серпня 2024 року]"),
// as NER-UK tags постанові Кабінету міністрів № 854 від 10 серпня 2011
// року and наказом Міністерства фінансів України … за № 859 (the model
// gives ORG Кабінету Міністрів № 812). It makes a DOC, too, of a
// building or national standard with its code (ДБН В.2.3-22:2009, ДСТУ
// 8855:2019), which the model reads as a body or a person's initial,
// and of an act of the EU with its number (Регламенті (ЄС) 2024/1183).
// spans[from:] are the sentence's spans, sorted; the result is sorted too.
func addActNumbers(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		s := spans[k]
		if s.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, s.Start, s.End)
		if a == 0 || b-a < 3 || b > len(toks) || !actHeads.has(toks[a-1].Lemma) || !startsLower(toks[a-1].Text) && a-1 > 0 {
			continue
		}
		n := slices.IndexFunc(toks[a:b], func(t vistka.Token) bool { return t.Text == "№" })
		if n < 1 || a+n+1 >= b || !startsDigit(toks[a+n+1].Text) || !numberTail(toks[a+n+1:b]) {
			continue
		}
		end, last := b, k
		// від and the act's date
		if end+1 < len(toks) && toks[end].Text == "від" && k+1 < len(spans) && spans[k+1].Type == "DATE" && spans[k+1].Start == toks[end+1].RStart {
			_, e := vistka.TokensIn(toks, spans[k+1].Start, spans[k+1].End)
			end, last = e, k+1
		}
		spans = slices.Replace(spans, k, last+1, vistka.Span{Start: toks[a-1].RStart, End: toks[end-1].REnd, Type: "DOC", Text: joinTokens(toks[a-1 : end])})
	}
	spans = addNumberedActs(toks, spans, from)
	for i := 0; i+1 < len(toks); i++ {
		var end int
		switch {
		case startsUpper(toks[i].Text) && standardCodes[toks[i].Text]: // the codes' capitals first
			end = standardEnd(toks, i+1)
		case euActs.has(toks[i].Lemma):
			end = euActEnd(toks, i+1)
		}
		if end <= i+1 {
			continue
		}
		var ok bool
		if spans, ok = putSpan(spans, from, toks[i:end], "DOC"); ok {
			i = end - 1
		}
	}
	return spans
}

// actHeads are the lemmas of the words for an act that stand before its
// issuer and number.
var actHeads = newLowerSet("постанова", "наказ", "розпорядження", "указ", "рішення", "ухвала", "доручення")

// numberTail reports whether toks are an act's number: digits, or digits
// with / or - and more (125/2026, 1234-р).
func numberTail(toks []vistka.Token) bool {
	for i, t := range toks {
		if i > 0 && t.RStart != toks[i-1].REnd {
			return false
		}
	}
	return true
}

// standardCodes are the names of the series of standards and norms.
var standardCodes = map[string]bool{"ДБН": true, "ДСТУ": true, "ГОСТ": true, "СНиП": true, "ISO": true, "ДСанПіН": true}

// standardEnd returns the end of a standard's code at toks[j] (В.2.3-22:2009,
// 8855:2019, EN ISO 9001:2015), j if there is none: tokens with no space
// between them, one of them opening with a digit.
func standardEnd(toks []vistka.Token, j int) int {
	end, last := j, j // last: the end after the last part with a digit
	for end < len(toks) && (end == j || toks[end].RStart == toks[end-1].REnd) {
		w := toks[end].Text
		switch {
		case startsDigit(w):
			last = end + 1
		case last == j && len([]rune(w)) <= 2 && startsUpper(w) && strings.TrimSuffix(w, ".") == strings.ToUpper(w):
			// a series' letter (В.)
		case w == "." || w == ":" || w == "-" || w == "/":
		default:
			return last
		}
		end++
	}
	return last
}

// euActs are the lemmas of the words for an act of the EU.
var euActs = newLowerSet("регламент", "директива", "рішення")

// euActEnd returns the end of an EU act's number after its head word:
// (ЄС) 2024/1183, (ЄС) № 2016/679; j if there is none.
func euActEnd(toks []vistka.Token, j int) int {
	if j+3 >= len(toks) || toks[j].Text != "(" || (toks[j+1].Text != "ЄС" && toks[j+1].Text != "ЄЕС") || toks[j+2].Text != ")" {
		return j
	}
	e := j + 3
	if toks[e].Text == "№" {
		e++
	}
	if e+2 >= len(toks) || !digits(toks[e].Text) || toks[e+1].Text != "/" || !digits(toks[e+2].Text) {
		return j
	}
	return e + 3
}
