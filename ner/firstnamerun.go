package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// firstNameRuns turns on joinFirstNameRuns; a variable for experiments.
var firstNameRuns = true

// joinFirstNameRuns joins a PERS span made of two first names or more and the
// PERS span right after it, in the same case: "[PERS Луїс Інасіу] [PERS
// Лула да Сілва]" → "[PERS Луїс Інасіу Лула да Сілва]". A long foreign
// name whose middle words the lexicon knows as first names (Лула) is
// cut by the model where a surname seems to begin. Two people's names
// side by side differ in case ("Віктора Ющенка | Олексій Івченко", all
// but one of NER-UK's such pairs), hold a surname in the first, or open
// with one first name (Корнель | Сальомеї, the one left).
// spans[from:] are the sentence's spans, sorted.
func joinFirstNameRuns(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k+1 < len(spans); k++ {
		sp, next := &spans[k], spans[k+1]
		if sp.Type != "PERS" || next.Type != "PERS" {
			continue
		}
		a, b := spanTokens(toks, sp.Start, sp.End)
		c, d := spanTokens(toks, next.Start, next.End)
		if b-a < 2 || c != b || d <= c {
			continue
		}
		firsts := true
		for i := a; i < b; i++ {
			firsts = firsts && strings.Contains(toks[i].Tag, ":fname")
		}
		surname := false // the second holds more than first names
		for i := c; i < d; i++ {
			surname = surname || !strings.Contains(toks[i].Tag, ":fname")
		}
		ca := vtag.Case(toks[b-1].Tag)
		if !firsts || !surname || ca == "" || ca != vtag.Case(toks[c].Tag) {
			continue
		}
		sp.End, sp.Text = next.End, joinTokens(toks[a:d])
		spans = slices.Delete(spans, k+1, k+2)
		k--
	}
	return spans
}
