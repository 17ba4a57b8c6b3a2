package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// arabicNames turns on joinArabicParticles; a variable for experiments.
var arabicNames = true

// joinArabicParticles extends a PERS span over the surname with an
// article or a patronymic particle written in lower case that follows it:
// "Мухаммед аль-Хулаїфі", "Мухаммед бін Салман", which the model, having
// seen few such names, ends before the particle. spans[from:] are the
// sentence's spans, sorted.
func joinArabicParticles(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" && k+1 < len(spans) && spans[k+1].Type == "PERS" {
			spans = splitBeforeParticle(toks, spans, k)
			sp = &spans[k]
		} else if sp.Type == "ORG" || sp.Type == "LOC" {
			spans = splitArticleName(toks, spans, k)
			sp = &spans[k]
		}
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b == 0 || b >= len(toks) || k+1 < len(spans) && spans[k+1].Start < toks[b].REnd {
			continue
		}
		t := &toks[b]
		end := -1
		switch {
		case arabicArticle(t.Text):
			end = b
		case (t.Text == "бін" || t.Text == "бен" || t.Text == "ібн") && b+1 < len(toks) && capitalised(toks[b+1].Text) &&
			!(k+1 < len(spans) && spans[k+1].Start < toks[b+1].REnd && spans[k+1].Type != "PERS"):
			end = b + 1
		}
		if end < 0 || t.RStart-toks[b-1].REnd > 1 {
			continue
		}
		sp.End = toks[end].REnd
		sp.Text = joinTokens(toks[a : end+1])
		if k+1 < len(spans) && spans[k+1].Start < sp.End {
			spans = append(spans[:k+1], spans[k+2:]...) // the surname's own span, now inside
		}
	}
	return spans
}

// arabicArticle reports a word of the form аль-Хулаїфі: a lower-case
// article, a hyphen and a capitalised name.
func arabicArticle(w string) bool {
	// Each article starts with а (0xd0 0xb0) or е (0xd0 0xb5) and is of
	// five bytes at least, a hyphen's among them.
	if len(w) < 5 || w[0] != 0xd0 || w[1] != 0xb0 && w[1] != 0xb5 {
		return false
	}
	for _, p := range [...]string{"аль-", "ал-", "ель-", "ад-", "ас-", "аш-", "ат-", "ан-", "ар-", "аз-", "ед-", "ес-", "ен-"} {
		if strings.HasPrefix(w, p) && capitalised(w[len(p):]) {
			return true
		}
	}
	return false
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isUpper(r)
}

// splitBeforeParticle gives a name its first name back from the span
// before it when that span ends with the first name and бін, and the
// name's PERS span follows right after: [ORG Саудівської Аравії Файсалом
// бін] [PERS Фарханом] becomes [LOC Саудівської Аравії] [PERS Файсалом
// бін Фарханом]. What is left is a place when its last word is one.
func splitBeforeParticle(toks []vistka.Token, spans []vistka.Span, k int) []vistka.Span {
	sp, next := &spans[k], &spans[k+1]
	a, b := vistka.TokensIn(toks, sp.Start, sp.End)
	if b-a < 3 || b >= len(toks) || toks[b].RStart != next.Start {
		return spans
	}
	if p := toks[b-1].Text; p != "бін" && p != "бен" && p != "ібн" || !strings.Contains(toks[b-2].Tag, "fname") {
		return spans
	}
	_, d := vistka.TokensIn(toks, next.Start, next.End)
	next.Start = toks[b-2].RStart
	next.Text = joinTokens(toks[b-2 : d])
	sp.End = toks[b-3].REnd
	sp.Text = joinTokens(toks[a : b-2])
	if strings.Contains(toks[b-3].Tag, ":geo") {
		sp.Type = "LOC"
	}
	return spans
}

// splitArticleName takes a name with an Arabic article out of the end of
// the organisation or place span it was read into: [ORG Ради
// співробітництва … Перської затоки Джасемом аль-Будаві] becomes [ORG
// Ради співробітництва … Перської затоки] [PERS Джасемом аль-Будаві].
func splitArticleName(toks []vistka.Token, spans []vistka.Span, k int) []vistka.Span {
	sp := spans[k]
	a, b := vistka.TokensIn(toks, sp.Start, sp.End)
	if b-a < 3 || !arabicArticle(toks[b-1].Text) || !strings.Contains(toks[b-2].Tag, "fname") {
		return spans
	}
	spans[k].End = toks[b-3].REnd
	spans[k].Text = joinTokens(toks[a : b-2])
	name := vistka.Span{Start: toks[b-2].RStart, End: toks[b-1].REnd, Type: "PERS", Text: joinTokens(toks[b-2 : b])}
	return slices.Insert(spans, k+1, name)
}
