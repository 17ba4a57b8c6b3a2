package ner

import (
	"slices"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// branches turns on joinBranches; a variable for experiments.
var branches = true

// joinBranches makes one ORG span of a body and the region or city it
// serves, when decoding found them as an ORG and a LOC apart: ГУ ДФС |
// у м. Києві, Управління МНС України | в Житомирській області. NER-UK
// marks the branch of a body so, as one name (27 against 6 in the
// training documents for a region, 8 against 1 for a city after м. or
// місті); a place after у or в without either is more often apart
// (Партії регіонів у Краматорську) and stays so. A second region joined
// by та or і comes along (в м. Києві та Київській області). spans[from:]
// are the sentence's spans, sorted.
func joinBranches(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k+1 < len(spans); k++ {
		if spans[k].Type != "ORG" || spans[k+1].Type != "LOC" {
			continue
		}
		_, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		c, d := vistka.TokensIn(toks, spans[k+1].Start, spans[k+1].End)
		if b == 0 || d <= c || c <= b || !branchGap(toks[b:c]) {
			continue
		}
		city := c-b > 1
		if !city && !regionWord(toks[d-1].Text) {
			continue
		}
		end := k + 1
		if k+2 < len(spans) && spans[k+2].Type == "LOC" {
			e, f := vistka.TokensIn(toks, spans[k+2].Start, spans[k+2].End)
			if e == d+1 && f > e && (toks[d].Text == "та" || toks[d].Text == "і") && regionWord(toks[f-1].Text) {
				end, d = k+2, f
			}
		}
		a, _ := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		spans[k].End = toks[d-1].REnd
		spans[k].Text = joinTokens(toks[a:d])
		spans = slices.Delete(spans, k+1, end+1)
	}
	return spans
}

// branchGap reports whether gap, the tokens between a body and a place,
// is у or в, with м. or місті after it or not.
func branchGap(gap []vistka.Token) bool {
	if len(gap) == 0 || (gap[0].Text != "у" && gap[0].Text != "в") {
		return false
	}
	switch rest := gap[1:]; len(rest) {
	case 0:
		return true
	case 1:
		return rest[0].Text == "м." || rest[0].Text == "місті"
	case 2:
		return rest[0].Text == "м" && rest[1].Text == "."
	}
	return false
}

// regionWord reports whether w closes the name of a region in the
// locative: області, районі, регіоні, обл.
func regionWord(w string) bool {
	switch scan.ToLower(w) {
	case "області", "районі", "регіоні", "обл", "обл.":
		return true
	}
	return false
}

// namedAfterRule turns on joinNamedAfter; a variable for experiments.
var namedAfterRule = true

// joinNamedAfter makes one ORG span of a body and the name of whom it is
// named after, when decoding cut them apart: К-ПНУ | ім. Івана Огієнка,
// Інституту ботаніки ім. | М. Холодного. NER-UK keeps such names whole
// (20 against none in the training documents). spans[from:] are the
// sentence's spans, sorted.
func joinNamedAfter(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k+1 < len(spans); k++ {
		if spans[k].Type != "ORG" {
			continue
		}
		switch spans[k+1].Type {
		case "PERS", "LOC", "ORG":
		default:
			continue
		}
		a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		c, d := vistka.TokensIn(toks, spans[k+1].Start, spans[k+1].End)
		if b <= a || d <= c || c < b {
			continue
		}
		x, y := b, c
		for x > a && namedWord(toks[x-1].Text) {
			x--
		}
		for y < d && namedWord(toks[y].Text) {
			y++
		}
		if x == a || y == d {
			continue
		}
		ok := true
		for _, t := range toks[b:c] {
			ok = ok && namedWord(t.Text)
		}
		if !ok || !slices.ContainsFunc(toks[x:y], func(t vistka.Token) bool { return t.Text != "." }) {
			continue
		}
		spans[k].End = spans[k+1].End
		spans[k].Text = joinTokens(toks[a:d])
		spans = slices.Delete(spans, k+1, k+2)
		k--
	}
	return spans
}

// namedWord reports whether w is імені, its abbreviation or the latter's
// full stop.
func namedWord(w string) bool {
	switch w {
	case "ім", "ім.", "імені", ".":
		return true
	}
	return false
}
