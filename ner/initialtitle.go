package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// initialTitles turns on splitInitialTitles; a variable for experiments.
var initialTitles = true

// splitInitialTitles splits a JOB span that opens a sentence and runs on
// into a body's name: "[JOB Голова] [ORG ДЕСС] Віктор Єленський
// повідомив", "[JOB Предстоятель] [ORG ПЦУ]", "[JOB Голова] [ORG
// Національної комісії …]". The capital is the sentence's; in lower
// case NER-UK tags the title and the body apart (голова + КМДА,
// заступником голови + Дніпропетровської ОДА: more than 50 times), and
// the model, which reads the capitalised title as official prose, keeps
// them together. The title keeps its lower-case words (Голова правління);
// a country after it (Президент України) stays in the JOB, as NER-UK tags
// it, and so does a minister's portfolio (Міністр оборони України, one JOB
// in NER-UK 4 times; Міністр економіки, довкілля та сільського
// господарства). spans[from:] are the sentence's spans,
// sorted; the result is sorted too.
func splitInitialTitles(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	if from >= len(spans) || spans[from].Type != "JOB" {
		return spans
	}
	i := 0
	for i < len(toks) && toks[i].Kind != vistka.Word {
		i++
	}
	s := spans[from]
	a, b := vistka.TokensIn(toks, s.Start, s.End)
	if a != i || b-a < 2 || !startsUpper(toks[a].Text) || !strings.HasPrefix(toks[a].Tag, "noun") {
		return spans
	}
	c := a + 1
	for c < b && !startsUpper(toks[c].Text) {
		c++
	}
	if c == b || toks[a].Lemma == "міністр" || strings.Contains(toks[c].Tag, ":geo") || toks[c].Lemma == "Україна" || toks[c].Text == "ЄС" {
		return spans
	}
	job := vistka.Span{Start: toks[a].RStart, End: toks[c-1].REnd, Type: "JOB", Text: joinTokens(toks[a:c])}
	org := vistka.Span{Start: toks[c].RStart, End: toks[b-1].REnd, Type: "ORG", Text: joinTokens(toks[c:b])}
	return slices.Replace(spans, from, from+1, job, org)
}
