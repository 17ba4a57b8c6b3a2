package ner

import (
	"slices"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// stateGroups turns on addStateGroups; a variable for experiments.
var stateGroups = true

// groupNumerals are the numerals that name a club of states after Група
// (Група семи, Групи двадцяти), and groupNouns the collective numerals
// after Велика (Велика сімка, Великої двадцятки).
var (
	groupNumerals = map[string]bool{"семи": true, "восьми": true, "двадцяти": true}
	groupNouns    = map[string]bool{"сімка": true, "вісімка": true, "двадцятка": true}
)

// addStateGroups tags as one ORG a club of states named by a number: G7,
// G-20, Група семи, Велика двадцятка, in any case. The model reads "G-20"
// as a work, "Групи двадцяти" as a person named Група and "Саміт G7" as
// nothing. The words' spans give way to it. spans[from:] are the
// sentence's spans, sorted.
func addStateGroups(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i < len(toks); i++ {
		if n := stateGroupAt(toks, i); n > 0 {
			ok := false
			if spans, ok = putSpan(spans, from, toks[i:i+n], "ORG"); !ok && i > 0 {
				spans = cutTitleGroup(toks, spans, from, i, i+n)
			}
			i += n - 1
		}
	}
	return spans
}

// cutTitleGroup cuts the club of states toks[a:b] off the end of the JOB
// span that runs over it ("[JOB Міністри G7]" → "[JOB Міністри] [ORG
// G7]"), as a title's country is no part of the title's span.
func cutTitleGroup(toks []vistka.Token, spans []vistka.Span, from, a, b int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "JOB" || sp.End != toks[b-1].REnd || sp.Start >= toks[a].RStart {
			continue
		}
		sa, _ := vistka.TokensIn(toks, sp.Start, sp.End)
		sp.End = toks[a-1].REnd
		sp.Text = joinTokens(toks[sa:a])
		return slices.Insert(spans, k+1, vistka.Span{Start: toks[a].RStart, End: toks[b-1].REnd, Type: "ORG", Text: joinTokens(toks[a:b])})
	}
	return spans
}

// stateGroupAt returns how many tokens from i name a club of states, or 0.
func stateGroupAt(toks []vistka.Token, i int) int {
	t := &toks[i]
	if latinGroup(t.Text) {
		return 1 // (a token of letters and digits, of no word kind)
	}
	if i+2 < len(toks) && t.Text == "G" && toks[i+1].Text == "-" && toks[i+1].RStart == t.REnd && toks[i+2].RStart == toks[i+1].REnd && stateNumber(toks[i+2].Text) {
		return 3 // G-20 cut at the hyphen
	}
	if i+1 >= len(toks) || !startsUpper(t.Text) {
		return 0
	}
	next := scan.ToLower(toks[i+1].Text)
	switch scan.ToLower(t.Lemma) {
	case "група":
		if groupNumerals[next] {
			return 2
		}
	case "великий":
		if groupNouns[scan.ToLower(toks[i+1].Lemma)] {
			return 2
		}
	}
	return 0
}

// latinGroup reports whether w is G and a number of one or two digits,
// with or without a hyphen: G7, G20, G-7.
func latinGroup(w string) bool {
	if len(w) < 2 || w[0] != 'G' {
		return false
	}
	w = w[1:]
	if w[0] == '-' {
		w = w[1:]
	}
	return stateNumber(w)
}

// stateNumber reports whether w is one or two ASCII digits, not 0.
func stateNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 || w[0] == '0' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
