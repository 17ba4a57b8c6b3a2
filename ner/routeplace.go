package ner

import (
	"slices"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// routePlaces turns on splitRoutePlaces; a variable for experiments.
var routePlaces = true

// routeKinds are the lemmas of the words before a quoted name made of
// places that say the name is a road's, a route's or a border
// crossing's (пункт пропуску «Ягодин – Дорогуськ», траса «Луцьк –
// Ковель», маршруту «Житомир – Бердичів»); checkpoint marks the kinds
// a single place may name (пункті пропуску «Ягодин»).
var routeKinds = map[string]struct{ checkpoint bool }{
	"пропуск": {true}, "кпп": {true},
	"траса": {}, "автотраса": {}, "автошлях": {}, "автодорога": {}, "дорога": {},
	"маршрут": {}, "рейс": {}, "потяг": {}, "поїзд": {}, "сполучення": {},
}

// splitRoutePlaces makes each place of a quoted name of places joined by
// dashes after a word for a road, a route or a border crossing a LOC of
// its own, and drops the span the model gave the quoted whole (a work,
// ART, or a body with the checkpoint's КПП): the road or crossing is no
// entity, the places it joins are places (the gold's guideline of entity
// set 7; the crossing's places are small towns on both sides of a border
// that the model does not find inside quotes). A checkpoint named by one
// place is that place. Each place is one to three capitalised words.
// spans[from:] are the sentence's spans, sorted; the result is sorted
// too.
func splitRoutePlaces(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for q := 1; q+2 < len(toks); q++ {
		if !openQuote(toks[q].Text) {
			continue
		}
		kind, ok := routeKinds[scan.ToLower(toks[q-1].Lemma)]
		if !ok {
			continue
		}
		c, parts := routeParts(toks, q)
		if c < 0 || len(parts) < 2 && !(kind.checkpoint && len(parts) == 1) {
			continue
		}
		start, end := toks[q].RStart, toks[c].REnd
		spans = slices.DeleteFunc(spans, func(sp vistka.Span) bool { return sp.Start < end && start < sp.End })
		for _, p := range parts {
			spans = insertSpan(spans, from, vistka.Span{Start: toks[p[0]].RStart, End: toks[p[1]-1].REnd, Type: "LOC", Text: joinTokens(toks[p[0]:p[1]])})
		}
		q = c
	}
	return spans
}

// routeParts reads the quoted name opening at toks[q]: the index of its
// closing quote and its parts (token ranges) between dashes, each one to
// three capitalised words; -1 when it is no such name.
func routeParts(toks []vistka.Token, q int) (int, [][2]int) {
	var parts [][2]int
	at := q + 1
	for i := q + 1; i < len(toks) && i <= q+12; i++ {
		t := &toks[i]
		switch {
		case t.Kind == vistka.QuoteMark:
			if i == at || i-at > 3 {
				return -1, nil
			}
			return i, append(parts, [2]int{at, i})
		case t.Kind == vistka.Dash:
			if i == at || i-at > 3 {
				return -1, nil
			}
			parts = append(parts, [2]int{at, i})
			at = i + 1
		case t.Kind != vistka.Word || !startsUpper(t.Text):
			return -1, nil
		}
	}
	return -1, nil
}

// routePlace reports whether toks[from:to] is a place of a quoted route
// name that splitRoutePlaces reads (Медика of «Шегині – Медика»): such a
// name does not decline inside its quotes, so its base form is the text
// (not a guessed Медик).
func routePlace(toks []vistka.Token, from, to int) bool {
	if !routePlaces || from < 2 || to >= len(toks) || toks[from-1].Kind != vistka.QuoteMark && toks[from-1].Kind != vistka.Dash {
		return false
	}
	for q := from - 1; q >= 1 && q >= from-12; q-- {
		if !openQuote(toks[q].Text) {
			continue
		}
		if _, ok := routeKinds[scan.ToLower(toks[q-1].Lemma)]; !ok {
			return false
		}
		_, parts := routeParts(toks, q)
		return slices.Contains(parts, [2]int{from, to})
	}
	return false
}
