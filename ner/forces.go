package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// forces turns on addForces; a variable for experiments.
var forces = true

// addForces tags a branch of the armed forces named by its head word and
// its set words as one ORG: a capitalised plural adjective of forceKinds
// before сили or війська (Повітряні сили, Збройних сил, Сухопутні
// війська), or capitalised Сили before the words of one of forceFields
// (Сили оборони, Сил спеціальних операцій), with the state or the body
// they belong to when it follows in the genitive (Сили оборони Естонії,
// Повітряні сили ЗСУ). NER-UK tags them so (ORG Збройних Сил України).
// The model finds them inside a sentence, where the capital tells it, but
// misses them at its start, where every word has one. A span the name
// would cut through is left to the model.
//
// It runs on sentences with sbForce: a capitalised plural adjective or a
// capitalised word in Сил.
func addForces(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+1 < len(toks); i++ {
		// Every name starts with a capital Cyrillic letter, in UTF-8 0xd0
		// and a byte of 0x80 to 0xaf (Ѐ to Я).
		if w := toks[i].Text; len(w) < 6 || w[0] != 0xd0 || w[1] >= 0xb0 {
			continue
		}
		end := forceEnd(toks, i)
		if end == 0 {
			continue
		}
		if end < len(toks) && ownerName(&toks[end]) {
			end++
		}
		var ok bool
		if spans, ok = putSpan(spans, from, toks[i:end], "ORG"); ok {
			i = end - 1
		}
	}
	return spans
}

// forceEnd returns the end of the name of forces that starts at toks[i],
// or 0 when none does.
func forceEnd(toks []vistka.Token, i int) int {
	t := &toks[i]
	if strings.HasPrefix(t.Text, "Сил") && forceHeads.has(t.Text) {
		for _, f := range forceFields {
			if i+len(f) < len(toks) && wordsAt(toks[i+1:], f) {
				return i + 1 + len(f)
			}
		}
		return 0
	}
	if strings.HasPrefix(t.Tag, "adj:p") && forceKinds.has(t.Lemma) && forceHeads.has(toks[i+1].Text) {
		return i + 2
	}
	return 0
}

// wordsAt reports whether the tokens of toks start with the words of ws,
// in lower case as written.
func wordsAt(toks []vistka.Token, ws []string) bool {
	for k, w := range ws {
		if toks[k].Text != w {
			return false
		}
	}
	return true
}

// ownerName reports whether t names the state or body that forces or a
// council belong to, after their name: an acronym (ЗСУ, РФ) or a place
// in the genitive (України, Естонії).
func ownerName(t *vistka.Token) bool {
	if !startsUpper(t.Text) {
		return false
	}
	return bodyAcronym(t.Text) || strings.Contains(t.Tag, "v_rod") && strings.Contains(t.Tag, ":geo")
}

// forceHeads are the plural forms of сили and війська, the head words of
// the names of forces.
var forceHeads = newLowerSet("сили", "сил", "силам", "силами", "силах", "війська", "військ", "військам", "військами", "військах")

// forceKinds are the lemmas of the adjectives that name a branch of the
// armed forces before сили or війська.
var forceKinds = newLowerSet("збройний", "повітряний", "військово-морський", "військово-повітряний", "повітряно-космічний",
	"сухопутний", "десантно-штурмовий", "повітрянодесантний", "ракетний")

// forceFields are the words after Сили that make the name of forces, as
// written (Сили оборони, Сили спеціальних операцій): the genitive alone
// is a common word (сили волі, сили тяжіння).
var forceFields = [][]string{
	{"оборони"}, {"безпеки"}, {"спеціальних", "операцій"}, {"територіальної", "оборони"},
	{"безпілотних", "систем"}, {"підтримки"}, {"логістики"},
}

// forceOwners turns on joinForceOwners; a variable for experiments.
var forceOwners = true

// joinForceOwners makes one ORG of the name of forces and the ORG span
// right after it that names whom they belong to (ownerName): "[ORG
// Повітряних сил] [ORG ЗСУ]" → "[ORG Повітряних сил ЗСУ]", as addForces
// tags them when no span is in the way. Here one was: the model ran a
// capitalised title at the sentence's start into the forces' name ([JOB
// Речник Повітряних сил] [ORG ЗСУ]), and splitInitialTitles gave the
// title its own span after addForces had run. spans[from:] are the
// sentence's spans, sorted.
func joinForceOwners(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k+1 < len(spans); k++ {
		sp, next := &spans[k], &spans[k+1]
		if sp.Type != "ORG" || next.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		c, d := vistka.TokensIn(toks, next.Start, next.End)
		if b <= a || c != b || d != c+1 || forceEnd(toks, a) != b || !ownerName(&toks[c]) {
			continue
		}
		sp.End, sp.Text = next.End, joinTokens(toks[a:d])
		spans = slices.Delete(spans, k+1, k+2)
	}
	return spans
}
