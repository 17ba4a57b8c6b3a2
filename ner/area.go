package ner

import (
	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// areas turns on retypeAreas; a variable for experiments.
var areas = true

// retypeAreas makes a LOC of a one-word ORG or PERS span whose lemma is a
// region of the project's own list (gazetteer.Areas): "країн [ORG
// Балтії]" → LOC. VESUM lists Балтія only among other proper names (as a
// company's), and the model reads it as one where nothing around it says
// place; a region is a LOC in NER-UK (Прибалтики, Закавказзя).
// spans[from:] are the sentence's spans.
func retypeAreas(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" && sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b == a+1 && areaNames.has(toks[a].Lemma) {
			sp.Type = "LOC"
		}
	}
	return spans
}

// areaNames are gazetteer.Areas in lower case.
var areaNames = func() lowerSet {
	m := map[string]bool{}
	for _, a := range gazetteer.Areas() {
		m[scan.ToLower(a)] = true
	}
	return lowerSetOf(m)
}()
