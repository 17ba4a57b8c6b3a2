package ner

import (
	"slices"

	"github.com/vistka/vistka"
)

// quotedLists turns on tagQuotedLists; a variable for experiments.
var quotedLists = true

// quotedListsNeed gates tagQuotedLists: a quotation opens with «, „ or
// “.
const quotedListsNeed = sbQuote

// tagQuotedLists gives a quoted name in a list of quoted names the type
// of its neighbour in the list when the model left it out: « [ART Весна]
// » , « Мандри » , « [ART Сад] » makes "Мандри" an ART. A list of quoted
// names (songs on a record, books of a series, companies of a group) is
// a list of things of one kind, joined by commas or a conjunction; the
// model, reading each name by its words, misses the ones whose words say
// little (a song's first line). The name must begin with a capital
// letter or a digit, and nothing in the quotation be tagged; a
// neighbour's span covers its quotation's words exactly. Only ART
// spreads so: spreading ORG and MISC too put one more error of
// cross-validation right and made two (« Дід » та « Баба »). In
// cross-validation the rule puts 3 missed ART right and makes no error.
// spans[from:] are the sentence's spans, sorted; the result is sorted
// too.
func tagQuotedLists(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	type quote struct{ a, b int } // the words inside, toks[a:b]
	var qs [8]quote
	quotes := qs[:0]
	for i := 0; i < len(toks); i++ {
		if !openQuote(toks[i].Text) && toks[i].Text != "“" {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+12 && !closingMark(toks[j].Text) && toks[j].Text != "“" && !openQuote(toks[j].Text) {
			j++
		}
		if j >= len(toks) || j == i+1 || j == i+12 || openQuote(toks[j].Text) {
			continue
		}
		quotes = append(quotes, quote{i + 1, j})
		i = j
	}
	if len(quotes) < 2 {
		return spans
	}
	// typ: the type of the span covering a quotation's words, "" for
	// none, "-" for a span that covers part of them or more.
	typ := func(q quote) string {
		for k := from; k < len(spans); k++ {
			a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
			if b <= q.a-1 || a >= q.b+1 {
				continue
			}
			if a == q.a && b == q.b {
				return spans[k].Type
			}
			return "-"
		}
		return ""
	}
	// joined reports whether only a comma or a conjunction stands
	// between two quotations.
	joined := func(p, q quote) bool {
		if q.a-p.b != 3 {
			return false
		}
		switch toks[p.b+1].Text {
		case ",", "і", "й", "та", "чи", "або":
			return true
		}
		return false
	}
	types := make([]string, len(quotes))
	for i, q := range quotes {
		types[i] = typ(q)
	}
	added := false
	for pass := 0; pass < 2; pass++ {
		for i, q := range quotes {
			if types[i] != "" || !startsUpper(toks[q.a].Text) && !startsDigit(toks[q.a].Text) {
				continue
			}
			t := ""
			if i > 0 && joined(quotes[i-1], q) && listType(types[i-1]) {
				t = types[i-1]
			} else if i+1 < len(quotes) && joined(q, quotes[i+1]) && listType(types[i+1]) {
				t = types[i+1]
			}
			if t == "" {
				continue
			}
			types[i] = t
			spans = append(spans, vistka.Span{Start: toks[q.a].RStart, End: toks[q.b-1].REnd, Type: t, Text: joinTokens(toks[q.a:q.b])})
			added = true
		}
	}
	if added {
		slices.SortFunc(spans[from:], func(a, b vistka.Span) int { return a.Start - b.Start })
	}
	return spans
}

// listType reports the type a list of quoted names spreads.
func listType(t string) bool { return t == "ART" }
