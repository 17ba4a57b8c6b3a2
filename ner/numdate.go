package ner

import (
	"slices"
	"strconv"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// numericDates turns on fixNumericDates; a variable for experiments.
var numericDates = true

// numericDatesNeed gates fixNumericDates: a date of dots is a Number
// token that starts with an ASCII digit (dottedDate reads its parts with
// strconv.Atoi, and a number token never starts with a sign).
const numericDatesNeed = sbDigit

// fixNumericDates makes a date written in figures, day, month and year
// with dots (08.07.2014, 18.12.15), a DATE span with the word for the
// year after it (року, р.): the model leaves some out ("експертиза від
// 08.07.2014") and reads others as the body or person before them
// ("рішенням … ради від 05.03.2015" as an ORG): the rule puts 9 errors
// of cross-validation right and makes one. In the training documents
// NER-UK tags such a date as a DATE 32 times and puts it inside an act's
// DOC 7 times, never anything else; a date inside a span of another kind
// stays as it is. The rule runs before makePeriods, which joins two such
// dates into a PERIOD (з 12.02.2018 до 02.03.2018). spans[from:] are the
// sentence's spans, sorted; the result is sorted too.
func fixNumericDates(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	n := len(spans)
	for i := range toks {
		t := &toks[i]
		if t.Kind != vistka.Number || !dottedDate(t.Text) {
			continue
		}
		end := i + 1
		if end < len(toks) {
			if w := scan.ToLower(toks[end].Text); w == "року" || w == "р." || w == "р" {
				end++
			}
		}
		k := slices.IndexFunc(spans[from:n], func(s vistka.Span) bool { return s.Start < t.REnd && t.RStart < s.End })
		switch {
		case k < 0:
			if end > i+1 && slices.ContainsFunc(spans[from:n], func(s vistka.Span) bool { return s.Start < toks[end-1].REnd && toks[end-1].RStart < s.End }) {
				end = i + 1
			}
			spans = append(spans, vistka.Span{Start: t.RStart, End: toks[end-1].REnd, Type: "DATE", Text: joinTokens(toks[i:end])})
		case spans[from+k].Start == t.RStart && spans[from+k].End == t.REnd && spans[from+k].Type != "DATE":
			spans[from+k].Type = "DATE"
		}
	}
	if len(spans) > n {
		slices.SortFunc(spans[from:], func(a, b vistka.Span) int { return a.Start - b.Start })
	}
	return spans
}

// dottedDate reports whether s is a date of day, month and year with
// dots: 08.07.2014, 18.12.15.
func dottedDate(s string) bool {
	if len(s) < 7 || len(s) > 10 {
		return false // (most numbers: no split; d.mm.yy to dd.mm.yyyy)
	}
	p := strings.Split(s, ".")
	if len(p) != 3 || len(p[0]) < 1 || len(p[0]) > 2 || len(p[1]) != 2 || len(p[2]) != 2 && len(p[2]) != 4 {
		return false
	}
	d, err1 := strconv.Atoi(p[0])
	m, err2 := strconv.Atoi(p[1])
	_, err3 := strconv.Atoi(p[2])
	return err1 == nil && err2 == nil && err3 == nil && d >= 1 && d <= 31 && m >= 1 && m <= 12
}
