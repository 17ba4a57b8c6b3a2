package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// periods turns on makePeriods; a variable for experiments.
var periods = true

// makePeriods makes PERIODs of ranges of dates: two DATE spans with only
// по, до or a dash between them become one (12 березня 2014 року по 14
// вересня 2015 року, 13 жовтня – 12 листопада 2015 р.), and a DATE span
// with a dash between two numbers or two months becomes a PERIOD (14-21
// лютого, квітні-листопаді 2015 року). NER-UK marks a range of dates as
// one PERIOD: 93 spans with such a dash are PERIODs in the training
// documents against 9 DATEs, and 34 with по or до against 1 pair of
// DATEs apart. spans[from:] are the sentence's spans, sorted.
func makePeriods(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		if spans[k].Type != "DATE" {
			continue
		}
		a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		if b <= a {
			continue
		}
		if k+1 < len(spans) && (spans[k+1].Type == "DATE" || spans[k+1].Type == "PERIOD") {
			c, d := vistka.TokensIn(toks, spans[k+1].Start, spans[k+1].End)
			if c == b+1 && d > c && rangeWord(toks[b].Text) {
				spans[k].End = toks[d-1].REnd
				spans[k].Text = joinTokens(toks[a:d])
				spans[k].Type = "PERIOD"
				spans = slices.Delete(spans, k+1, k+2)
				continue
			}
		}
		for i := a; i < b; i++ {
			if dashRange(toks[i:b], i > a) {
				spans[k].Type = "PERIOD"
				break
			}
		}
	}
	return spans
}

// rangeWord reports whether w joins the two ends of a range of dates.
func rangeWord(w string) bool {
	switch w {
	case "по", "до", "–", "—", "-":
		return true
	}
	return false
}

// dashRange reports whether the first of ts is a dash between two
// numbers or two months (inside a span: after is true when a token comes
// before it), or a word with one inside: 2015-2016, 14-21, квітні-листопаді.
func dashRange(ts []vistka.Token, after bool) bool {
	t := ts[0].Text
	switch t {
	case "–", "—", "-":
		return after && len(ts) > 1
	}
	l, r, ok := strings.Cut(t, "-")
	if !ok {
		l, r, ok = strings.Cut(t, "–")
	}
	if !ok || l == "" || r == "" {
		return false
	}
	return digits(l) && digits(r) || monthWord(l) && monthWord(r)
}

func digits(s string) bool {
	for _, c := range s {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

var monthStems = []string{"січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листоп", "груд"}

// monthWord reports whether w is a form of a month's name.
func monthWord(w string) bool {
	w = scan.ToLower(w)
	for _, m := range monthStems {
		if strings.HasPrefix(w, m) {
			return true
		}
	}
	return false
}

// monthRanges turns on addMonthRanges; a variable for experiments.
var monthRanges = true

// monthRangesNeed gates addMonthRanges: a range is a token that
// monthPair accepts (21 bytes at least, cut at a hyphen or an en dash)
// or two around a dash, and with no range added the rule changes
// nothing.
const monthRangesNeed = sbRange

// addMonthRanges makes a PERIOD of a range of two months that the model
// left out: "у травні-жовтні", "за січень-лютий", "упродовж
// липня-листопада", "у квітні – грудні". With a year after it, which the
// model did tag as a DATE, the range and the year are one PERIOD
// ("червні-серпні 2015 року"), as makePeriods makes of a DATE with such a
// range inside. NER-UK tags every range of two months in the training
// documents a PERIOD (15 of 15); the model misses 5 of them in
// cross-validation, all without a year, and the rule adds them.
// spans[from:] are the sentence's spans, sorted; the result is sorted too.
func addMonthRanges(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	covered := func(i int) bool {
		return slices.ContainsFunc(spans[from:], func(s vistka.Span) bool { return s.Start < toks[i].REnd && toks[i].RStart < s.End })
	}
	n := len(spans)
	for i := 0; i < len(toks); i++ {
		j := 0 // the end of the range
		switch {
		case monthPair(toks[i].Text):
			j = i + 1
		case i+2 < len(toks) && (toks[i+1].Text == "–" || toks[i+1].Text == "—" || toks[i+1].Text == "-") && monthForm(toks[i].Text) && monthForm(toks[i+2].Text):
			j = i + 3
		default:
			continue
		}
		if covered(i) || covered(j-1) {
			i = j - 1
			continue
		}
		spans = append(spans, vistka.Span{Start: toks[i].RStart, End: toks[j-1].REnd, Type: "PERIOD", Text: joinTokens(toks[i:j])})
		i = j - 1
	}
	if len(spans) == n {
		return spans
	}
	slices.SortFunc(spans[from:], func(a, b vistka.Span) int { return a.Start - b.Start })
	// a year right after the range: one PERIOD.
	for k := from; k+1 < len(spans); k++ {
		if spans[k].Type != "PERIOD" || spans[k+1].Type != "DATE" {
			continue
		}
		a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		c, d := vistka.TokensIn(toks, spans[k+1].Start, spans[k+1].End)
		if c != b || d <= c || !monthRangeSpan(toks[a:b]) || !digits(toks[c].Text) {
			continue
		}
		spans[k].End, spans[k].Text = spans[k+1].End, joinTokens(toks[a:d])
		spans = slices.Delete(spans, k+1, k+2)
	}
	return spans
}

// monthRangeSpan reports whether ts are a range of two months alone.
func monthRangeSpan(ts []vistka.Token) bool {
	return len(ts) == 1 && monthPair(ts[0].Text) || len(ts) == 3 && monthForm(ts[0].Text) && monthForm(ts[2].Text)
}

// monthPair reports whether w is two months' names joined by a hyphen
// (травні-жовтні): two forms of 10 bytes at least and a dash, a length
// tested where it is called, for every token.
func monthPair(w string) bool {
	return len(w) >= 21 && cutMonthPair(w)
}

// cutMonthPair is monthPair past the test of the length.
func cutMonthPair(w string) bool {
	l, r, ok := strings.Cut(w, "-")
	if !ok {
		l, r, ok = strings.Cut(w, "–")
	}
	return ok && monthForm(l) && monthForm(r)
}

// monthForm reports whether w is a form of a month's name: its stem and
// an ending of the declension (травні, липня, листопаді, лютого), not
// another word of the same beginning (липа, трава, серпа).
func monthForm(w string) bool {
	// A form of a month is 5 to 10 Cyrillic letters of two bytes each,
	// upper- or lower-case; no other text lower-cases to one. Most words
	// are not that long, and are not lower-cased.
	if len(w) < 10 || len(w) > 20 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch scan.Lower(r) {
	case 'с', 'л', 'б', 'к', 'т', 'ч', 'в', 'ж', 'г': // as the stems below start
	default:
		return false
	}
	w = scan.ToLower(w)
	if rest, ok := strings.CutPrefix(w, "лют"); ok {
		return slices.Contains([]string{"ий", "ого", "ому", "им", "ім"}, rest)
	}
	if rest, ok := strings.CutPrefix(w, "листопад"); ok {
		return slices.Contains([]string{"", "а", "і", "у", "ом"}, rest)
	}
	for _, m := range []string{"січ", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "груд"} {
		if rest, ok := strings.CutPrefix(w, m); ok {
			return slices.Contains([]string{"ень", "ня", "ні", "ню", "нем"}, rest)
		}
	}
	return false
}
