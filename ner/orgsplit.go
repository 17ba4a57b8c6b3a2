package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// orgPairs turns on splitOrgPairs; a variable for experiments.
var orgPairs = true

// splitOrgPairs splits an ORG span that runs over і, та or й into a second
// body introduced by a lower-case adjective of its country or kind: "[ORG
// Goldman Sachs] і польський [ORG PKO Bank Polski]", "[ORG Raiffeisen
// Bank International] та угорський [ORG OTP Bank]", and over a common
// noun before a quoted name: "[ORG Національний симфонічний оркестр
// України] і хор «[ORG Київ]»". A name does not go on in lower case after
// і and then start again with a capital; the model, which reads a run of
// capitals as one body, joins the two. A conjunction inside the name
// (Міністерство освіти і науки) is followed by a noun, not an adjective
// and a capital, and stays. spans[from:] are the sentence's spans,
// sorted; the result is sorted too.
func splitOrgPairs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		s := spans[k]
		if s.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, s.Start, s.End)
		if b-a < 3 {
			continue
		}
		for c := a + 1; c+1 < b; c++ {
			if w := scan.ToLower(toks[c].Text); w != "і" && w != "та" && w != "й" {
				continue
			}
			if startsUpper(toks[c+1].Text) && conjoinedNames(toks, a, c, b) {
				// "[ORG Одеській обласній військовій адміністрації та
				// ДСНС]": a name that goes on after і in lower case
				// (Міністерство освіти і науки) never starts again
				// with a capital straight after it
				left := vistka.Span{Start: toks[a].RStart, End: toks[c-1].REnd, Type: "ORG", Text: joinTokens(toks[a:c])}
				right := vistka.Span{Start: toks[c+1].RStart, End: toks[b-1].REnd, Type: "ORG", Text: joinTokens(toks[c+1 : b])}
				spans = slices.Replace(spans, k, k+1, left, right)
				k++
				break
			}
			p := c + 1
			for p < b && strings.HasPrefix(toks[p].Tag, "adj") && startsLower(toks[p].Text) {
				p++
			}
			if r0 := kindNamed(toks, p, b); r0 > 0 && leftName(toks, a, c) {
				// "[ORG Одеська обласна військова адміністрація та данська
				// компанія Nordic Agro Systems]": the second a company
				// named after its kind, which is no part of its name
				left := vistka.Span{Start: toks[a].RStart, End: toks[c-1].REnd, Type: "ORG", Text: joinTokens(toks[a:c])}
				right := vistka.Span{Start: toks[r0].RStart, End: toks[b-1].REnd, Type: "ORG", Text: joinTokens(toks[r0:b])}
				spans = slices.Replace(spans, k, k+1, left, right)
				k++
				break
			}
			if !startsUpper(toks[c-1].Text) && toks[c-1].Text != "»" {
				continue // the left part ends in a name's word
			}
			r0, r1 := -1, b
			switch {
			case p > c+1 && p < b && startsUpper(toks[p].Text):
				r0 = p
			case p+2 < b && startsLower(toks[p].Text) && strings.HasPrefix(toks[p].Tag, "noun") && toks[p+1].Text == "«" && toks[b-1].Text == "»":
				r0, r1 = p+2, b-1
			case p+1 < b-1 && toks[p].Text == "«" && toks[b-1].Text == "»" && balancedQuotes(toks[p+1:b-1]) && balancedQuotes(toks[a:c]):
				// "[ORG Greyfield Ventures та український «Дніпро
				// Венчурс»]", "[ORG Fusilero Ltd і «Neblina Holdings»]":
				// a second company's quoted name
				r0, r1 = p+1, b-1
			}
			if r0 < 0 || r0 >= r1 {
				continue
			}
			left := vistka.Span{Start: toks[a].RStart, End: toks[c-1].REnd, Type: "ORG", Text: joinTokens(toks[a:c])}
			right := vistka.Span{Start: toks[r0].RStart, End: toks[r1-1].REnd, Type: "ORG", Text: joinTokens(toks[r0:r1])}
			spans = slices.Replace(spans, k, k+1, left, right)
			k++
			break
		}
	}
	return spans
}

// balancedQuotes reports whether toks open as many quotation marks as
// they close: a conjunction after them stands outside any quoted name.
func balancedQuotes(toks []vistka.Token) bool {
	n := 0
	for i := range toks {
		switch toks[i].Text {
		case "«", "„":
			n++
		case "»", "“":
			n--
		case "\"":
			n ^= 1 // the same mark opens and closes
		}
	}
	return n == 0
}

// conjoinedNames reports whether the ORG span toks[a:b] holds two names
// joined by the conjunction at c: each a noun phrase of its own, of two
// words or more or an acronym the lexicon knows as a proper name, not a
// list of fields (Міністерство будівництва, архітектури і ЖКГ), a shared
// head (Сумська та Чернігівська обласні адміністрації), a unit's name
// (ТЦК та СП), a firm's (Пукшин і Партнери) or a remit's place (Слідчий
// відділ … у м. Києві та Київській області); and with no quoted name
// open across the conjunction.
func conjoinedNames(toks []vistka.Token, a, c, b int) bool {
	whole := func(from, to int) bool { return to-from >= 2 || propAcronym(&toks[from]) }
	last := &toks[c-1]
	if last.Kind != vistka.Word || !strings.HasPrefix(last.Tag, "noun") && !propAcronym(last) || !whole(a, c) || !whole(c+1, b) || !balancedQuotes(toks[a:c]) {
		return false
	}
	for i := a; i < c; i++ {
		if toks[i].Text == "," || strings.HasPrefix(toks[i].Tag, "prep") {
			return false // a list of fields, or a remit whose place goes on (у м. Києві та Київській області)
		}
	}
	return true
}

// kindNamed returns the index of the name that follows the company or
// outlet word at toks[p] up to b, a name in Latin letters ("компанія
// Nordic Agro Systems", "концерн Terma"), or -1.
func kindNamed(toks []vistka.Token, p, b int) int {
	if p+1 >= b || !startsLower(toks[p].Text) || !companyWord(&toks[p]) && !outletKinds[scan.ToLower(toks[p].Lemma)] {
		return -1
	}
	if !startsUpper(toks[p+1].Text) || !latinWords(joinTokens(toks[p+1:b])) {
		return -1
	}
	return p + 1
}

// leftName reports whether toks[a:c], before a conjunction at c, is a
// name of its own: it ends in a noun, an acronym or a closing quotation
// mark, opens as many quotation marks as it closes and holds no comma
// (Міністерство будівництва, архітектури і …: a list of fields).
func leftName(toks []vistka.Token, a, c int) bool {
	last := &toks[c-1]
	if c-a < 1 || !(strings.HasPrefix(last.Tag, "noun") || propAcronym(last) || last.Text == "»" || latinWords(last.Text)) || !balancedQuotes(toks[a:c]) {
		return false
	}
	for i := a; i < c; i++ {
		if toks[i].Text == "," {
			return false
		}
	}
	return true
}
