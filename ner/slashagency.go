package ner

import "github.com/vistka/vistka"

// slashAgencies turns on retypeSlashAgencies; a variable for experiments.
var slashAgencies = true

// retypeSlashAgencies makes a LOC span an ORG when slashes enclose it,
// as a dateline encloses the agency that sends the news: "КИЇВ, 12
// березня. /Укрінформ/." The model, which has seen such a word only after
// a city's name in capitals, takes it for a second place; a place is never
// written between slashes. On our news texts (pipeline/testdata/news*,
// shared articles) the rule puts 22 spans right (/Укрінформ/ LOC → ORG)
// and breaks none; NER-UK has no such datelines, and its scores (dev and
// cross-validation) do not change. spans[from:] are the sentence's spans.
func retypeSlashAgencies(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || a == 0 || b >= len(toks) || toks[a-1].Text != "/" || toks[b].Text != "/" {
			continue
		}
		sp.Type = "ORG"
	}
	return spans
}
