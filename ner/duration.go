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
		if !timeUnit(&toks[i+1]) || !measureNumber(&toks[i]) && !fewWord(toks[i].Text) {
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
