package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// possessives turns on addPossessives; a variable for experiments.
var possessives = true

// possessivesNeed gates addPossessives: possessiveOfName accepts only a
// capitalised token tagged adj.
const possessivesNeed = sbUpperAdj

// addPossessives makes a PERS span of a possessive adjective formed from
// a person's name that the model left out: "на Дориних долонях",
// "Толині речі", "у Шекспірових сонетах". NER-UK tags these adjectives as
// the person they name; the model, which meets them seldom, misses most:
// the rule adds 13 of them in cross-validation and one the gold lacks. The tagger reads them as adjectives
// whose lemma keeps the name's capital (Дорин, Шекспірів), which an
// adjective of a place does not (київський), and which ends with the
// possessive suffix -ин, -ін, -їн, -ів, -їв. spans[from:] are the
// sentence's spans, sorted; the result is sorted too.
func addPossessives(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	n := len(spans)
	for i := range toks {
		t := &toks[i]
		if !possessiveOfName(t) {
			continue
		}
		if slices.ContainsFunc(spans[from:n], func(s vistka.Span) bool { return s.Start < t.REnd && t.RStart < s.End }) {
			continue
		}
		spans = append(spans, vistka.Span{Start: t.RStart, End: t.REnd, Type: "PERS", Text: t.Text})
	}
	if len(spans) > n {
		slices.SortFunc(spans[from:], func(a, b vistka.Span) int { return a.Start - b.Start })
	}
	return spans
}

// possessiveOfName reports whether t is a possessive adjective formed
// from a person's name (Дориних, lemma Дорин).
func possessiveOfName(t *vistka.Token) bool {
	if !strings.HasPrefix(t.Tag, "adj") || t.Lemma == "" || !startsUpper(t.Text) ||
		!startsUpper(t.Lemma) || strings.Contains(t.Text, "-") {
		return false
	}
	for _, suf := range []string{"ин", "ін", "їн", "ів", "їв"} {
		if strings.HasSuffix(t.Lemma, suf) {
			return true
		}
	}
	return false
}

// possessiveHeads turns on cutPossessiveHeads; a variable for experiments.
var possessiveHeads = true

// cutPossessiveHeads cuts a span that begins with a possessive adjective
// formed from a person's name and goes on over the common noun it
// qualifies back to the adjective alone, a PERS: "[ORG Лесиного музею]",
// "[LOC Зойчиній манері]", "[MISC Малгосиної кнайпи]" become PERS
// "Лесиного", "Зойчиній", "Малгосиної", as NER-UK tags them (the model,
// which reads the capital as the start of a name, ran on so 10 times in
// cross-validation). A possessive before a word for a place is the name
// of the place (LOC "Лупиного хутора", "Андричевого млина", "Гербуртова
// твердиня") and is left alone, as are a quoted title (« Адамове
// яблуко ») and a span with another capitalised word (Ірминому рідному
// Медовому місті); the rule puts 7 errors of cross-validation right and
// makes none. spans[from:] are the sentence's spans, sorted.
func cutPossessiveHeads(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b < a+2 || !possessiveOfName(&toks[a]) || a > 0 && openQuote(toks[a-1].Text) {
			continue
		}
		rest := toks[a+1 : b]
		if slices.ContainsFunc(rest, func(t vistka.Token) bool {
			return !startsLower(t.Text) || placeKindWords[scan.ToLower(t.Lemma)] || landmarkWords[scan.ToLower(t.Lemma)]
		}) {
			continue
		}
		sp.End, sp.Text, sp.Type = toks[a].REnd, toks[a].Text, "PERS"
	}
	return spans
}

// landmarkWords are the lemmas of words for a place or a building that a
// possessive names (Андричів млин, Перунове капище).
var landmarkWords = map[string]bool{
	"млин": true, "капище": true, "твердиня": true, "замок": true, "гора": true, "урочище": true,
	"криниця": true, "поле": true, "яр": true, "балка": true, "ліс": true, "гай": true, "став": true,
	"ріка": true, "міст": true, "вежа": true, "церква": true, "собор": true, "палац": true, "двір": true,
	"майдан": true, "площа": true, "вулиця": true, "провулок": true, "узвіз": true, "долина": true,
	"пагорб": true, "скеля": true, "печера": true, "затока": true, "коса": true, "бухта": true,
}
