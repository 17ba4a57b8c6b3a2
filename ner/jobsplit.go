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
	return splitJobsAt(toks, spans, from, func(ts []vistka.Token) (int, int) {
		c := jobCut(ts)
		return c, c + 1 // (з itself belongs to neither title)
	})
}

// splitJobsAt cuts each JOB span of spans[from:] in two where cut says:
// the left title ends before its token end, the right one starts at its
// token start (indices into the span's tokens); an end of 0 leaves the
// span whole.
func splitJobsAt(toks []vistka.Token, spans []vistka.Span, from int, cut func([]vistka.Token) (end, start int)) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := spans[k]
		if sp.Type != "JOB" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		e, c := cut(toks[a:b])
		if e == 0 {
			continue
		}
		e, c = e+a, c+a
		left := vistka.Span{Start: toks[a].RStart, End: toks[e-1].REnd, Type: "JOB", Text: joinTokens(toks[a:e])}
		right := vistka.Span{Start: toks[c].RStart, End: toks[b-1].REnd, Type: "JOB", Text: joinTokens(toks[c:b])}
		spans = slices.Insert(spans, k+1, right)
		spans[k] = left
		k++
	}
	return spans
}

// memberJobs turns on splitMemberJobs; a variable for experiments.
var memberJobs = true

// splitMemberJobs cuts a JOB span that runs the title of one who heads a
// body into a member's title after it, the person the head is made of:
// "обрала своїм [JOB головою | незалежного члена ради] Анну Сміт" (the
// rules that grow titles join them). spans[from:] are the sentence's
// spans, sorted.
func splitMemberJobs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	return splitJobsAt(toks, spans, from, func(ts []vistka.Token) (int, int) {
		m := memberCut(ts)
		return m, m
	})
}

// memberCut returns where the second of two titles in ts starts, when
// the first is the head of a body and the second, right after it, a
// member's title in the genitive or the accusative (the person the head
// is made of, not a body it heads): "обрала своїм головою | незалежного
// члена ради Анну Сміт". A head of a body goes on with the body, never
// with a person (голова правління, керівник апарату); it returns 0 for
// those.
func memberCut(ts []vistka.Token) int {
	if len(ts) >= 2 && MemberAfterHead(ts, 0, 1) {
		return 1
	}
	return 0
}

// MemberAfterHead reports whether toks[head] is a noun that heads a body
// (голова, керівник, директор) and a member's title follows it at
// toks[i], past its adjectives: one member, singular, no name ("головою
// незалежного члена ради"), the person the head is made of, not a body it
// goes on with. (Members in the plural are whom a head leads: "керівник
// членів делегації".) The entity package reads a role phrase by it.
func MemberAfterHead(toks []vistka.Token, head, i int) bool {
	if !strings.HasPrefix(toks[head].Tag, "noun") || !bodyHeadWords[scan.ToLower(toks[head].Lemma)] {
		return false
	}
	for i < len(toks) && strings.HasPrefix(toks[i].Tag, "adj") {
		i++
	}
	return i < len(toks) && strings.HasPrefix(toks[i].Tag, "noun:anim") && !strings.Contains(toks[i].Tag, ":p:") &&
		!strings.Contains(toks[i].Tag, "prop") && memberWords[scan.ToLower(toks[i].Lemma)]
}

// bodyHeadWords are the lemmas of titles of one who heads a body.
var bodyHeadWords = map[string]bool{
	"голова": true, "керівник": true, "керівниця": true, "очільник": true, "очільниця": true,
	"начальник": true, "начальниця": true, "директор": true, "директорка": true,
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
