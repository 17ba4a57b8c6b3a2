package ner

import (
	"strings"

	"github.com/vistka/vistka"
)

// siteNames turns on joinSiteNames; a variable for experiments.
var siteNames = true

// joinSiteNames makes a site's name written as a domain, a capitalised
// word glued to a dot and a label in Latin letters (Вінниця.info,
// Житомир.info, Новини.LIVE, Суми.net, Телеграф.com.ua), one ORG span
// as written: the outlet, not the place or the common word its first
// part is (the model reads Вінниця a LOC and leaves .info out, or
// Новини a LOC). The tokenizer joins such domains only when their first
// label is Latin (LB.ua, 24tv.ua), so the Cyrillic ones come as three
// tokens or more. A label in Cyrillic after a glued dot (Крим.Реалії) may
// be a sentence written without its space, and is left. spans[from:] are
// the sentence's spans, sorted; the result is sorted too.
func joinSiteNames(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.Kind != vistka.Word || !startsUpper(t.Text) {
			continue
		}
		end := siteEnd(toks, i)
		if end == i+1 {
			continue
		}
		last := toks[end-1].REnd
		k := from
		for k < len(spans) && spans[k].End <= t.RStart {
			k++
		}
		switch {
		case k < len(spans) && spans[k].Start <= t.RStart && spans[k].End >= last:
			// the whole site name in a span already: an outlet
			spans[k].Type = "ORG"
		case k < len(spans) && spans[k].Start <= t.RStart && spans[k].End == t.REnd:
			// Вінниця of Вінниця.info: the span takes the domain
			a, _ := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
			spans[k].End, spans[k].Type, spans[k].Text = last, "ORG", joinTokens(toks[a:end])
		case k < len(spans) && spans[k].Start < last:
			// a span that begins inside the domain, or goes on past the
			// word in another way: left as it is
		default:
			spans = insertSpan(spans, from, vistka.Span{Start: t.RStart, End: last, Type: "ORG", Text: joinTokens(toks[i:end])})
		}
		i = end - 1
	}
	return spans
}

// siteEnd returns the index after the last domain label glued to
// toks[i] (a dot, then a label, each touching the one before: .info,
// .com.ua), i+1 when there is none.
func siteEnd(toks []vistka.Token, i int) int {
	j := i + 1
	for j+1 < len(toks) && toks[j].Text == "." && toks[j].RStart == toks[j-1].REnd &&
		toks[j+1].RStart == toks[j].REnd && domainLabel(toks[j+1].Text) {
		j += 2
	}
	return j
}

// domainLabel reports whether s may be a domain's labels after a name,
// each 2 to 6 Latin letters, in lower case or in capitals (ua, info,
// LIVE, com.ua: the tokenizer keeps a Latin domain one token), or a
// capitalised Info or Net as outlets write them.
func domainLabel(s string) bool {
	if s == "Info" || s == "Net" {
		return true
	}
	for s != "" {
		label, rest, _ := strings.Cut(s, ".")
		if !latinLabel(label) {
			return false
		}
		s = rest
	}
	return true
}

// latinLabel reports whether s is 2 to 6 Latin letters, all in lower case
// or all in capitals.
func latinLabel(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	lower, upper := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			upper = false
		case 'A' <= c && c <= 'Z':
			lower = false
		default:
			return false
		}
	}
	return lower || upper
}
