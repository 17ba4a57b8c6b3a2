package ner

import (
	"slices"

	"github.com/vistka/vistka"
)

// asciiQuotes turns on closeASCIIQuoted; a variable for experiments.
var asciiQuotes = true

// closeASCIIQuoted widens a name that opens right after a straight
// quotation mark and stops short of the mark that closes it to that
// mark: "партії \"[ORG Право] і справедливість\"" → "[ORG Право і
// справедливість]". Straight marks open and close alike, and the model,
// which learnt quoted names between « and », ends such a name at its
// first word now and then. The mark before the name must open (an even
// number of straight marks before it in the sentence), and at most six
// words, none of them in a span, may come before the closing one.
// spans[from:] are the sentence's spans, sorted.
func closeASCIIQuoted(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type == "PERS" || sp.Type == "DATE" || sp.Type == "TIME" || sp.Type == "MON" || sp.Type == "PCT" || sp.Type == "QUANT" || sp.Type == "PERIOD" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || a == 0 || toks[a-1].Text != `"` || b >= len(toks) || toks[b].Text == `"` {
			continue
		}
		marks := 0
		for i := 0; i < a-1; i++ {
			if toks[i].Text == `"` {
				marks++
			}
		}
		if marks%2 != 0 {
			continue // the mark before closes a quotation
		}
		j := b
		for j < len(toks) && j-b < 6 && toks[j].Kind == vistka.Word {
			j++
		}
		if j == b || j >= len(toks) || toks[j].Text != `"` || k+1 < len(spans) && spans[k+1].Start < toks[j].RStart {
			continue
		}
		sp.End, sp.Text = toks[j-1].REnd, joinTokens(toks[a:j])
	}
	return spans
}

// straightQuotes reports whether toks hold a straight quotation mark.
func straightQuotes(toks []vistka.Token) bool {
	for i := range toks {
		if toks[i].Text == `"` {
			return true
		}
	}
	return false
}

// guillemets returns a copy of toks with their straight quotation marks
// made « and », by turns: the model learnt quoted names between
// guillemets, which NER-UK's texts use (2 of its 391 texts hold a
// straight mark), and reads "Право і справедливість" as it reads
// «Право і справедливість» only so. The spans found keep the text as
// written (find restores it).
func guillemets(toks []vistka.Token) []vistka.Token {
	out := slices.Clone(toks)
	open := false
	for i := range out {
		if out[i].Text != `"` {
			continue
		}
		// a mark opens where none is open and a word follows it
		if !open && i+1 < len(out) && out[i+1].Kind == vistka.Word {
			out[i].Text, open = "«", true
		} else if open {
			out[i].Text, open = "»", false
		}
	}
	return out
}

// withGuillemets returns sents, or a copy whose sentences with straight
// quotation marks have them made guillemets.
func withGuillemets(sents []vistka.Sentence) []vistka.Sentence {
	out := sents
	for i := range sents {
		if !straightQuotes(sents[i].Tokens) {
			continue
		}
		if &out[0] == &sents[0] {
			out = slices.Clone(sents)
		}
		out[i].Tokens = guillemets(sents[i].Tokens)
	}
	return out
}
