package ner

import (
	"slices"
	"strings"
	"unicode"

	"github.com/vistka/vistka"
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
		a, b := spanTokens(toks, spans[k].Start, spans[k].End)
		if b <= a {
			continue
		}
		if k+1 < len(spans) && (spans[k+1].Type == "DATE" || spans[k+1].Type == "PERIOD") {
			c, d := spanTokens(toks, spans[k+1].Start, spans[k+1].End)
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
		if !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

var monthStems = []string{"січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листоп", "груд"}

// monthWord reports whether w is a form of a month's name.
func monthWord(w string) bool {
	w = strings.ToLower(w)
	for _, m := range monthStems {
		if strings.HasPrefix(w, m) {
			return true
		}
	}
	return false
}
