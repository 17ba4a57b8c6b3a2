package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// splitJobs cuts a JOB span that runs two titles joined by з into two
// (зустрічі польського міністра | з | міністром оборони України): a
// title's own з governs a genitive (заступник міністра з питань
// європейської інтеграції, фахівець із IT), the partner's title after з
// is in the instrumental. spans[from:] are the sentence's spans.
func splitJobs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "JOB" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		c := jobCut(toks[a:b])
		if c == 0 {
			continue
		}
		c += a
		left := vistka.Span{Start: toks[a].RStart, End: toks[c-1].REnd, Type: "JOB", Text: joinTokens(toks[a:c])}
		right := vistka.Span{Start: toks[c+1].RStart, End: toks[b-1].REnd, Type: "JOB", Text: joinTokens(toks[c+1 : b])}
		spans = slices.Insert(spans, k+1, right)
		spans[k] = left
		k++
	}
	return spans
}

// jobCut returns the index of the з that joins two titles in ts, or 0: a
// title word, then з, then a noun in the instrumental, with only
// adjectives between.
func jobCut(ts []vistka.Token) int {
	for c := 1; c+1 < len(ts); c++ {
		w := scan.ToLower(ts[c].Text)
		if w != "з" && w != "із" && w != "зі" {
			continue
		}
		for j := c + 1; j < len(ts); j++ {
			t := &ts[j]
			if strings.HasPrefix(t.Tag, "adj") && strings.Contains(t.Tag, "v_oru") {
				continue
			}
			if strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, "v_oru") && !strings.Contains(t.Tag, "pron") {
				return c
			}
			break
		}
	}
	return 0
}
