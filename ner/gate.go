package ner

import (
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// sentBits sums up what a sentence's tokens hold, for skipping the rules
// after decoding that cannot fire on it: most of them walk every token
// looking for a word that few sentences have. The tokens do not change
// while the rules run (only the spans do), so the sum is made once.
type sentBits uint32

const (
	// sbDigit: a token starts with a digit (startsDigit).
	sbDigit sentBits = 1 << iota
	// sbNumeral: a token is tagged numr.
	sbNumeral
	// sbHour: a token is an ordinal of an hour (hourOrdinal).
	sbHour
	// sbUpperAdj: a capitalised token is tagged adj.
	sbUpperAdj
	// sbCouncil: a capitalised word's lemma is рада (councilLemma).
	sbCouncil
	// sbTeacher: a token tagged noun has a lemma of teacherTitles.
	sbTeacher
	// sbAdmin: a word is one of adminAbbrevWords.
	sbAdmin
	// sbURL: a token is a URL.
	sbURL
	// sbMonthIn: a token is a word of monthLocatives.
	sbMonthIn
	// sbQuote: a token is an opening quotation mark, « or „, or “,
	// which opens or closes.
	sbQuote
	// sbRange: a token is a dash, or of 21 bytes at least with a
	// hyphen or an en dash in it, as monthPair needs.
	sbRange
	// sbCode: a token is a code's word (codeWord): its lemma is кодекс,
	// or it is one of codeAcronyms.
	sbCode
	// sbSeat: a token's lemma is кремль (tagSeats).
	sbSeat
	// sbForce: a capitalised token starts with Сил or is tagged as a
	// plural adjective (addForces: Сили оборони, Повітряні сили).
	sbForce
	// sbBracket: a token is a bracket, ( ) [ or ] (cutOpenBrackets).
	sbBracket
	// sbOffice: a capitalised token starts with Офіс or has the lemma
	// офіс, or a token is СП (tagOfficeNames, joinBodyTails).
	sbOffice
	// sbRada: a token is a word of parliamentForms (tagParliaments):
	// capitalised, of 8 to 10 bytes, starting with Рад.
	sbRada

	// The bits of the spans, which the rules change: spanSum makes
	// them anew for each rule that needs them.

	// sbPERS: a PERS span.
	sbPERS
	// sbLOC: a LOC span.
	sbLOC
	// sbORG: an ORG span.
	sbORG

	spanBits = sbPERS | sbLOC | sbORG
)

// gates turns on skipping rules by sentBits; a variable for experiments
// and for the test that compares the rules with and without it.
var gates = true

// gateCheck makes find run a rule its gate skips anyway and record in
// gateMisses the rules that then change the spans; for tests only.
var (
	gateCheck  bool
	gateMisses []string
)

// summarize returns the sentBits of toks.
func summarize(toks []vistka.Token) sentBits {
	var b sentBits
	for i := range toks {
		t := &toks[i]
		w := t.Text
		if startsDigit(w) {
			b |= sbDigit
		}
		if strings.HasPrefix(t.Tag, "numr") {
			b |= sbNumeral
		}
		if strings.HasPrefix(t.Tag, "noun") && teacherTitles.has(t.Lemma) {
			b |= sbTeacher
		}
		if t.Kind == vistka.URL {
			b |= sbURL
		}
		// кодекс and кремль, the lemmas of codeWord and tagSeats, are
		// both of 12 bytes.
		if len(t.Lemma) == 12 {
			switch t.Lemma {
			case "кодекс":
				b |= sbCode
			case "кремль":
				b |= sbSeat
			}
		}
		if startsUpper(w) {
			if strings.HasPrefix(t.Tag, "adj") {
				b |= sbUpperAdj
				if strings.HasPrefix(t.Tag, "adj:p") {
					b |= sbForce
				}
			} else if strings.HasPrefix(w, "Сил") {
				b |= sbForce
			}
			if t.Kind == vistka.Word && councilLemma.has(t.Lemma) {
				b |= sbCouncil
			}
			if strings.HasPrefix(w, "Офіс") || t.Lemma == "офіс" {
				b |= sbOffice
			}
			if n := len(w); n >= 8 && n <= 10 && strings.HasPrefix(w, "Рад") && parliamentForms[w] {
				b |= sbRada
			}
		}
		// hourOrdinal is a form ending in -ій or -ої, and so its last
		// byte that of й, Й, ї or Ї (0xb9, 0x99, 0x97, 0x87) and the
		// one before the letter's that of і, І, о or О (0x96, 0x86,
		// 0xbe, 0x9e): most adjectives, in -ий, are none.
		if n := len(w); n > 4 && b&sbHour == 0 {
			switch w[n-1] {
			case 0xb9, 0x99, 0x97, 0x87:
				switch w[n-3] {
				case 0x96, 0x86, 0xbe, 0x9e:
					if hourStemEnd(w) && hourOrdinal(w) {
						b |= sbHour
					}
				}
			}
		}
		switch n := len(w); {
		case n == 1 && w[0] == '-' || n == 3 && (w == "–" || w == "—"):
			b |= sbRange
		case n == 1 && (w[0] == '(' || w[0] == ')' || w[0] == '[' || w[0] == ']'):
			b |= sbBracket
		case n == 4 && w == "СП":
			b |= sbOffice
		case n == 2 && w == "«" || n == 3 && (w == "„" || w == "“"):
			b |= sbQuote
		// The words of codeAcronyms are of two to five Cyrillic letters
		// and start with two capitals of Ѐ to Я (0xd0 0x80 to 0xd0
		// 0xaf), TestGateWords checks.
		case n >= 4 && n <= 10 && w[0] == 0xd0 && w[1] < 0xb0 && w[2] == 0xd0 && w[3] < 0xb0 && codeAcronyms[w]:
			b |= sbCode
		// The words of adminAbbrevWords are of three or four Cyrillic
		// capitals and end in А (0xd0 0x90), TestGateWords checks.
		case (n == 6 || n == 8) && w[n-1] == 0x90 && w[n-2] == 0xd0:
			if t.Kind == vistka.Word && adminAbbrevWords[w] {
				b |= sbAdmin
			}
		case n >= 21:
			if strings.IndexByte(w, '-') >= 0 || strings.Contains(w, "–") {
				b |= sbRange
			}
		// The words of monthLocatives end in і or у (0xd1 0x96, 0xd1
		// 0x83), TestGateWords checks.
		case n >= 10 && n <= 18 && w[n-2] == 0xd1 && (w[n-1] == 0x96 || w[n-1] == 0x83) && monthInitial(w) && monthLocatives[w]:
			b |= sbMonthIn
		}
	}
	return b
}

// hourStemEnd reports whether the letter before the last two of w, of
// more than four bytes, is one that ends a stem of hourStems: т, ш, г or
// м, or its capital. Most words in -ій and -ої (нової, київській) are
// then not lower-cased and looked up.
func hourStemEnd(w string) bool {
	n := len(w)
	if n < 6 {
		return false
	}
	switch c, d := w[n-6], w[n-5]; c {
	case 0xd0:
		return d == 0xa2 || d == 0xa8 || d == 0xb3 || d == 0x93 || d == 0xbc || d == 0x9c // Т Ш г Г м М
	case 0xd1:
		return d == 0x82 || d == 0x88 // т ш
	}
	return false
}

// monthInitial reports whether w starts with a lower-case letter that
// starts a word of monthLocatives: с, л, б, к, т, ч, в, ж or г.
func monthInitial(w string) bool {
	switch w[0] {
	case 0xd0:
		switch w[1] {
		case 0xbb, 0xb1, 0xba, 0xb2, 0xb6, 0xb3: // л б к в ж г
			return true
		}
	case 0xd1:
		switch w[1] {
		case 0x81, 0x82, 0x87: // с т ч
			return true
		}
	}
	return false
}

// spanSum returns the span bits of spans.
func spanSum(spans []vistka.Span) sentBits {
	var b sentBits
	for i := range spans {
		switch spans[i].Type {
		case "PERS":
			b |= sbPERS
		case "LOC":
			b |= sbLOC
		case "ORG":
			b |= sbORG
		}
	}
	return b
}

// checkGate runs rule on a copy of the sentence's spans, spans[from:],
// and records it in gateMisses when it changes them: its gate skipped a
// sentence it would have changed.
func checkGate(rule func([]vistka.Token, []vistka.Span, int) []vistka.Span, toks []vistka.Token, spans []vistka.Span, from int) {
	got := rule(toks, slices.Clone(spans), from)
	if !slices.Equal(got, spans) {
		gateMisses = append(gateMisses, fmt.Sprintf("%s: %s", runtime.FuncForPC(reflect.ValueOf(rule).Pointer()).Name(), joinTokens(toks)))
	}
}
