package ner

import (
	"slices"
	"strconv"

	"github.com/vistka/vistka"
)

// Inner returns the entities nested inside the outer spans that Find
// returns, for the commonest nesting of NER-UK: years inside a PERIOD,
// DOC or MISC span (2007-2011 р. р. holds DATE 2007 and DATE 2011; a
// programme на 2012 – 2014 роки holds DATE 2012 and 2014). The spans are
// sorted by start. Only dates nest for now: they make most of the
// corpus's nested spans.
func Inner(sentences []vistka.Sentence, outer []vistka.Span) []vistka.Span {
	var out []vistka.Span
	for _, o := range outer {
		if o.Type != "PERIOD" && o.Type != "DOC" && o.Type != "MISC" {
			continue
		}
		for i := range sentences {
			s := &sentences[i]
			if s.REnd <= o.Start || s.RStart >= o.End {
				continue
			}
			for _, t := range Refine(*s).Tokens {
				if t.RStart < o.Start || t.REnd > o.End || t.Kind != vistka.Number || t.RStart == o.Start && t.REnd == o.End {
					continue
				}
				date := func(a, b int, text string) {
					out = append(out, vistka.Span{Start: a, End: b, Type: "DATE", Text: text, Lemma: text})
				}
				switch {
				case isYear(t.Text) || isDate(t.Text):
					date(t.RStart, t.REnd, t.Text)
				case len(t.Text) == 9 && (t.Text[4] == '-') && isYear(t.Text[:4]) && isYear(t.Text[5:]):
					// 2007-2011: two years
					date(t.RStart, t.RStart+4, t.Text[:4])
					date(t.RStart+5, t.RStart+9, t.Text[5:])
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b vistka.Span) int { return a.Start - b.Start })
	return out
}

// isDate reports a date written dd.mm.yyyy.
func isDate(s string) bool {
	if len(s) != 10 || s[2] != '.' || s[5] != '.' {
		return false
	}
	d, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[3:5])
	return err1 == nil && err2 == nil && d >= 1 && d <= 31 && m >= 1 && m <= 12 && isYear(s[6:])
}

// isYear reports a four-digit number from 1000 to 2199.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1000 && n < 2200
}
