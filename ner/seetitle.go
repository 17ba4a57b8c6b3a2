package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// seeTitles turns on addSeeTitles; a variable for experiments.
var seeTitles = true

// churchRanks are the lemmas of the church ranks a bishop's see follows
// in capitalised adjectives, a lowerSet: addSeeTitles asks about every
// token, and most are none of them.
var churchRanks = newLowerSet("патріарх", "митрополит", "архієпископ", "єпископ")

// addSeeTitles tags as one JOB a church rank and its see, the
// capitalised adjectives after it in its case, joined by і and closed
// by всієї and a country: "Митрополит Київський і всієї України
// Епіфаній", "єпископом Шепетівським і Славутським Володимиром",
// "Архієпископ Чернігівський і Ніжинський Євстратій". The model reads
// the adjectives as a body (ORG Митрополит Київський) or as the first
// words of the name (PERS Шепетівський і Славутський Володимир); they
// are the see of the title, and the name after them is the person's
// alone. A see needs a person's name right after it: a PERS span, or a
// first name in a span of another type or in none. spans[from:] are
// the sentence's spans, sorted; the result is sorted too.
func addSeeTitles(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if !churchRanks.has(t.Lemma) || !strings.HasPrefix(t.Tag, "noun:anim") || vtag.Gender(t.Tag) == 'p' {
			continue
		}
		j := seeEnd(toks, i+1, vtag.Case(t.Tag))
		if j == i+1 || j >= len(toks) || !startsUpper(toks[j].Text) {
			continue
		}
		first := strings.Contains(toks[j].Tag, ":fname")
		if !first && slices.ContainsFunc(toks[i+1:j], func(t vistka.Token) bool { return strings.Contains(t.Tag, ":lname") }) {
			continue // Митрополит Шептицький: a surname, no see
		}
		k := spanOver(spans, from, toks[j].RStart)
		if k < 0 && !first || k >= 0 && spans[k].Type != "PERS" && !first {
			continue
		}
		if k < 0 {
			spans = insertSpan(spans, from, vistka.Span{Start: toks[j].RStart, End: toks[j].REnd, Type: "PERS", Text: toks[j].Text})
			k = spanOver(spans, from, toks[j].RStart)
		}
		a, b := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
		if b <= j {
			continue
		}
		if a < j {
			// the see the model took into the name (PERS Шепетівський і
			// Славутський Володимир, LOC Славутського Володимира)
			spans[k].Start, spans[k].Text = toks[j].RStart, joinTokens(toks[j:b])
		}
		spans[k].Type = "PERS"
		start, end := toks[i].RStart, toks[j-1].REnd
		kept := spans[:from]
		for _, sp := range spans[from:] {
			if sp.End <= start || sp.Start >= end {
				kept = append(kept, sp)
			}
		}
		spans = insertSpan(kept, from, vistka.Span{Start: start, End: end, Type: "JOB", Text: joinTokens(toks[i:j])})
		i = j - 1
	}
	return spans
}

// seeEnd returns the end of the see that opens at toks[i]: capitalised
// adjectives in the case c joined by і, та or й (Шепетівський і
// Славутський), and всієї with a capitalised name after the last (і
// всієї України, всієї Русі); i when no adjective opens there.
func seeEnd(toks []vistka.Token, i int, c string) int {
	j := i
	for j < len(toks) {
		if seeAdjective(&toks[j], c) {
			j++
			continue
		}
		if j == i || j+1 >= len(toks) {
			break
		}
		w := toks[j].Text
		if w != "і" && w != "та" && w != "й" {
			break
		}
		if seeAdjective(&toks[j+1], c) {
			j++
			continue
		}
		if l := toks[j+1].Text; (l == "всієї" || l == "всея") && j+2 < len(toks) && startsUpper(toks[j+2].Text) {
			return j + 3
		}
		break
	}
	return j
}

// seeAdjective reports whether t is a capitalised adjective in the case c,
// a see's name (Київський, Шепетівського), or a surname of an
// adjective's ending the lexicon lists for it (Луцький). The genitive and the
// accusative of a person are one form, which the tagger reads now as
// the one, now as the other (єпископа: v_zna, Славутського: v_rod).
func seeAdjective(t *vistka.Token, c string) bool {
	if !startsUpper(t.Text) || c == "" {
		return false
	}
	if !strings.HasPrefix(t.Tag, "adj") || strings.Contains(t.Tag, ":pron") {
		// Луцький read as the surname: a see only before a first name
		// (addSeeTitles)
		if !strings.Contains(t.Tag, ":lname") || !scan.HasAnySuffix(t.Text, "ський", "цький", "зький", "ського", "цького", "зького", "ським", "цьким", "зьким", "ському", "цькому", "зькому") {
			return false
		}
	}
	a := vtag.Case(t.Tag)
	return a == c || (a == "v_rod" || a == "v_zna") && (c == "v_rod" || c == "v_zna")
}

// spanOver returns the index among spans[from:] of the span that holds
// the rune offset pos, or -1.
func spanOver(spans []vistka.Span, from, pos int) int {
	for k := from; k < len(spans); k++ {
		if spans[k].Start <= pos && pos < spans[k].End {
			return k
		}
	}
	return -1
}
