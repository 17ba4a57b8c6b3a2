package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// worldRegions turns on addWorldRegions; a variable for experiments.
var worldRegions = true

// A multiRegion is a region of gazetteer.Areas named by adjectives and a
// noun (Латинська Америка, Західні Балкани): the adjectives' stems and
// the noun's lemma, in lower case.
type multiRegion struct {
	name string // as listed
	adjs []string
	noun string
}

// multiRegions are the regions of two words or more of gazetteer.Areas,
// by their noun in lower case.
var multiRegions = func() map[string][]multiRegion {
	m := map[string][]multiRegion{}
	for _, a := range gazetteer.Areas() {
		w := strings.Fields(scan.ToLower(a))
		if len(w) < 2 {
			continue
		}
		r := multiRegion{name: a, noun: w[len(w)-1]}
		for _, x := range w[:len(w)-1] {
			r.adjs = append(r.adjs, adjStem(x))
		}
		m[r.noun] = append(m[r.noun], r)
	}
	return m
}()

// adjEndings are the case endings of adjectives, the longer of two with a
// common end first.
var adjEndings = []string{
	"ього", "ому", "ьому", "ого", "ими", "іми", "ьої", "ьою", "ої", "ою",
	"ий", "ій", "их", "іх", "им", "ім", "а", "я", "у", "ю", "е", "є", "і", "ї",
}

// adjStem returns w, an adjective in lower case, without its case ending.
func adjStem(w string) string {
	for _, e := range adjEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// addWorldRegions tags as one LOC a region of the world or of a country
// that the gazetteer lists by adjectives and a noun (Латинська Америка,
// Близький Схід, Західні Балкани, Південно-Східна Азія), in any case,
// each word capitalised: the model may drop an adjective that opens a
// sentence ("Латинська Америка стала …" gave Америка alone, which is
// another place), or tag the noun alone (Балканах). The words' spans
// give way to it; a span that runs past it (Інститут Близького Сходу)
// stays. spans[from:] are the sentence's spans, sorted.
func addWorldRegions(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 1; i < len(toks); i++ {
		if r := regionEndingAt(toks, i); r != nil {
			spans, _ = putSpan(spans, from, toks[i-len(r.adjs):i+1], "LOC")
		}
	}
	return spans
}

// regionEndingAt returns the region of multiRegions whose noun is toks[i]
// and whose adjectives come right before it, or nil.
func regionEndingAt(toks []vistka.Token, i int) *multiRegion {
	t := &toks[i]
	if t.Kind != vistka.Word || !startsUpper(t.Text) {
		return nil
	}
	rs := multiRegions[scan.ToLower(t.Lemma)]
	if rs == nil {
		rs = multiRegions[scan.ToLower(t.Text)]
	}
	for k := range rs {
		r := &rs[k]
		if a := i - len(r.adjs); a >= 0 && regionAdjectives(toks[a:i], r.adjs) {
			return r
		}
	}
	return nil
}

// worldRegionName returns the listed name of the region of multiRegions
// that toks are, whole, in any case (Глобального Півдня → Глобальний
// Південь), and false when they are none.
func worldRegionName(toks []vistka.Token) (string, bool) {
	if len(toks) < 2 {
		return "", false
	}
	if r := regionEndingAt(toks, len(toks)-1); r != nil && len(r.adjs) == len(toks)-1 {
		return r.name, true
	}
	return "", false
}

// regionAdjectives reports whether toks are capitalised words whose stems,
// by lemma or as written, are stems.
func regionAdjectives(toks []vistka.Token, stems []string) bool {
	for k := range toks {
		t := &toks[k]
		if t.Kind != vistka.Word || !startsUpper(t.Text) {
			return false
		}
		if adjStem(scan.ToLower(t.Lemma)) != stems[k] && adjStem(scan.ToLower(t.Text)) != stems[k] {
			return false
		}
	}
	return true
}
