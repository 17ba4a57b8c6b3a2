package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// durations turns on addDurations; a variable for experiments.
var durations = true

// durationsNeed gates addDurations: a duration opens with a number in
// digits or a numeral.
const durationsNeed = sbDigit | sbNumeral

// addDurations tags as a PERIOD a number of years, months, weeks, days,
// hours or minutes that no span covers after a word that makes it a
// length of time: "протягом [PERIOD трьох років]", "за [PERIOD останні
// два роки]", "строком до [PERIOD шести місяців]", "триватиме [PERIOD два
// роки]". останні, наступні (останніх, наступних) belong to the span.
// NER-UK tags such lengths PERIOD (after на 39 times, за 15, останні 11,
// протягом 9, до 7, against a few left out or DATEs of the past, за N
// років); the model misses those with a numeral in words. The word
// before is asked for, so that an age or a count (49 років, дві години
// тому) is left to the model. spans[from:] are the sentence's spans,
// sorted; the result is sorted too.
func addDurations(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 1; i+1 < len(toks); i++ {
		// the unit first: few tokens are one
		if !timeUnit(&toks[i+1]) {
			continue
		}
		if a := halfLength(toks, i); a >= 0 {
			spans = addHalfLength(toks, spans, from, a, i+2)
			i++
			continue
		}
		if !measureNumber(&toks[i]) && !fewWord(toks[i].Text) {
			continue
		}
		a := i
		p := scan.ToLower(toks[i-1].Text)
		switch {
		case durationEdges[p]:
			a = i - 1 // останні два роки
			if a == 0 || !durationWords[scan.ToLower(toks[a-1].Text)] && !durationVerb(&toks[a-1]) {
				continue
			}
		case durationWords[p] || durationVerb(&toks[i-1]):
		default:
			continue
		}
		start, stop := toks[a].RStart, toks[i+1].REnd
		if covered(spans[from:], start, stop) {
			continue
		}
		spans = insertSpan(spans, from, vistka.Span{Start: start, End: stop, Type: "PERIOD", Text: joinTokens(toks[a : i+2])})
		i++
	}
	return spans
}

// durationWords are the words that make the number of years, months or
// days after them a length of time.
var durationWords = map[string]bool{
	"протягом": true, "впродовж": true, "упродовж": true, "понад": true, "строком": true, "терміном": true,
	"до": true, "на": true, "за": true, "майже": true,
}

// durationEdges are the words of the span that open a length of time
// (останні два роки).
var durationEdges = map[string]bool{"останні": true, "останніх": true, "наступні": true, "наступних": true}

// durationVerb reports a verb of lasting: триватиме, тривав, триває.
func durationVerb(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "verb") && (t.Lemma == "тривати" || t.Lemma == "потривати")
}

// fewWord reports кілька, декілька.
func fewWord(w string) bool {
	w = scan.ToLower(w)
	return w == "кілька" || w == "декілька" || w == "кількох" || w == "декількох"
}

// timeUnit reports a noun for a unit of time: років, місяці, тижнів, днів,
// діб, годин, хвилин.
func timeUnit(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "noun") || !startsLower(t.Text) {
		return false
	}
	switch t.Lemma {
	case "рік", "місяць", "тиждень", "день", "доба", "година", "хвилина":
		return true
	}
	return false
}

// halfLength returns the start of a number with a half that ends at
// toks[i], before a unit of time: півтора, півтори (року, години), два з
// половиною (тижні), 2 з половиною; -1 if none does.
func halfLength(toks []vistka.Token, i int) int {
	w := toks[i].Text
	switch {
	case len(w) == 14 && (scan.ToLower(w) == "півтора" || scan.ToLower(w) == "півтори"):
		return i
	case w == "половиною" && i >= 2 && toks[i-1].Text == "з" && measureNumber(&toks[i-2]):
		return i - 2
	}
	return -1
}

// addHalfLength tags as a PERIOD the length of time toks[a:end], a
// number with a half and its unit, whatever word stands before it:
// "триває вже [PERIOD півтора року]", "через [PERIOD півтора роки]",
// "Тривалість сеансу — [PERIOD дві з половиною години]", with останні or
// наступні before it. NER-UK tags 4 of the 6 such lengths in its texts
// PERIOD; of the others one is an age (їй було півтора рочки), which is
// left, as is a past date (півтора року тому). A span over any of its
// words leaves it to the model.
func addHalfLength(toks []vistka.Token, spans []vistka.Span, from, a, end int) []vistka.Span {
	if a > 0 && durationEdges[scan.ToLower(toks[a-1].Text)] {
		a--
	}
	if a > 0 && ageWord(&toks[a-1]) || end < len(toks) && toks[end].Text == "тому" {
		return spans
	}
	start, stop := toks[a].RStart, toks[end-1].REnd
	if covered(spans[from:], start, stop) {
		return spans
	}
	return insertSpan(spans, from, vistka.Span{Start: start, End: stop, Type: "PERIOD", Text: joinTokens(toks[a:end])})
}

// ageWord reports a word before an age: a form of бути (їй було) or of
// вік (віком, у віці).
func ageWord(t *vistka.Token) bool {
	return t.Lemma == "бути" || t.Lemma == "вік"
}
