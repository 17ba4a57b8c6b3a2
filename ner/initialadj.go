package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// initialAdjectives turns on dropInitialAdjectives; a variable for
// experiments.
var initialAdjectives = true

// dropInitialAdjectives drops a LOC span that is only the adjective
// opening a sentence before a noun in lower case: "Український боксер
// Олександр Усик" names no place. The capital is the sentence's; the model,
// which takes capitals for names, reads the place's adjective as the
// place. NER-UK tags none of the 83 such openings of its texts (a place's
// adjective of -ський, -цький before a word in lower case at a
// sentence's start). spans[from:] are the sentence's spans, sorted.
func dropInitialAdjectives(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	if from >= len(spans) {
		return spans
	}
	i := 0
	for i < len(toks) && toks[i].Kind != vistka.Word {
		i++
	}
	if i+1 >= len(toks) {
		return spans
	}
	t, next := &toks[i], &toks[i+1]
	s := &spans[from]
	if s.Type != "LOC" || s.Start != t.RStart || s.End != t.REnd || !strings.HasPrefix(t.Tag, "adj") ||
		strings.Contains(t.Tag, ":prop") || !startsLower(next.Text) || !strings.HasPrefix(next.Tag, "noun") {
		return spans
	}
	return slices.Delete(spans, from, from+1)
}
