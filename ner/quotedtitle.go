package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// quotedTitles turns on addQuotedTitles; a variable for experiments.
var quotedTitles = true

// addQuotedTitles tags as one ART a title in quotation marks after a word
// for a kind of work (workWords), or after that word and the author's
// name, when the model cut the title into other spans or left it out:
// "стрічку Мстислава Чернова « 2000 метрів до Андріївки »" (was QUANT
// 2000 метрів and LOC Андріївки), "за фільм « 20 днів у Маріуполі »" (was
// PERIOD 20 днів and LOC Маріуполі), "книжки Вікторії Амеліної « Дивлячись
// на жінок, які дивляться на війну »" (was nothing). retypeQuotedWorks
// retypes a span that fills the marks; this rule replaces the spans
// inside them. A span that crosses a mark, a title of more than 15 tokens
// or one opening with a lower-case word is left.
func addQuotedTitles(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for q := 1; q+2 < len(toks); q++ {
		if !openQuote(toks[q].Text) {
			continue
		}
		c := q + 1
		for c < len(toks) && c-q <= 16 && !closeQuote(toks[c].Text) && !openQuote(toks[c].Text) {
			c++
		}
		if c >= len(toks) || !closeQuote(toks[c].Text) || c == q+1 || c-q > 16 {
			continue
		}
		if first := toks[q+1].Text; !startsUpper(first) && !startsDigit(first) {
			continue
		}
		w := q - 1
		for k := from; k < len(spans); k++ {
			if spans[k].Type == "PERS" && spans[k].End == toks[q-1].REnd {
				p, _ := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
				p--
				if p > 0 && startsLower(toks[p].Text) && strings.HasPrefix(toks[p].Tag, "noun") && strings.Contains(toks[p].Tag, "v_rod") && !workWords[scan.ToLower(toks[p].Lemma)] {
					p-- // режисерки, письменника
				}
				if p >= 0 {
					w = p
				}
				break
			}
		}
		if !workWords[scan.ToLower(toks[w].Lemma)] || !strings.HasPrefix(toks[w].Tag, "noun") {
			continue
		}
		start, stop := toks[q+1].RStart, toks[c-1].REnd
		k, n, ok := spansInside(spans, from, start, stop)
		if !ok || n == 1 && spans[k].Start == start && spans[k].End == stop {
			q = c
			continue
		}
		spans = slices.Replace(spans, k, k+n, vistka.Span{Start: start, End: stop, Type: "ART", Text: joinTokens(toks[q+1 : c])})
		q = c
	}
	return spans
}

// quotedEvents turns on retypeQuotedEvents; a variable for experiments.
var quotedEvents = true

// retypeQuotedEvents makes a quoted name right after a lower-case word for
// an event (eventHeads: фестиваль, кінофестиваль, конкурс, турнір, премія)
// a MISC, as retypeEvents does for the names that hold such a word:
// "на кінофестивалі « Санденс »" (was ORG), "премії « Золота дзиґа »".
// The word may open the sentence, capitalised there only by its place
// ("Фестиваль « Бандерштат » зібрав", "Конкурс « Євробачення »"); a
// capital elsewhere may begin a body's name of its own. The span must
// fill the marks.
func retypeQuotedEvents(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type == "MISC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || a < 2 || b >= len(toks) || !openQuote(toks[a-1].Text) || !closeQuote(toks[b].Text) {
			continue
		}
		if w := &toks[a-2]; (startsLower(w.Text) || a == 2) && strings.HasPrefix(w.Tag, "noun") && eventHeads.has(w.Lemma) {
			sp.Type = "MISC"
		}
	}
	return spans
}
