package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/vtag"
)

// fieldOrgs turns on addFieldOrgs; a variable for experiments.
var fieldOrgs = true

// addFieldOrgs tags as one ORG a body named by the kind of body it is and
// the field it works in after з: its adjectives, its head noun
// (fieldBodies), a country's name in the genitive if any, з or із and the
// field, the nouns in the genitive with their adjectives (Агентство з
// розшуку та менеджменту активів, Національна комісія з цінних паперів
// та фондового ринку, Державна служба України з питань праці); or, with
// no з, a noun of an action in the genitive and the genitives after it
// (Фонд гарантування вкладів фізичних осіб, Агентство відновлення). The name
// is capitalised: its first word, or the head noun. The model may miss it
// whole when it opens a sentence, or tag the head noun alone
// (Агентству); addOrgTails widens only a span the model gave and asks for
// an adjective before a field noun other than питань, which
// розшуку lacks. Here a field noun alone is taken when it is no word of
// time or of a reason (з початку року, з нагоди свята, з березня). A span
// that runs past the name is left alone; the spans inside it give way.
// An abbreviation in parentheses right after the name (АРМА) is an ORG
// too. spans[from:] are the sentence's spans, sorted.
func addFieldOrgs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := 0; i+2 < len(toks); i++ {
		h := &toks[i]
		if !strings.HasPrefix(h.Tag, "noun") || !fieldBodies.has(h.Lemma) {
			continue
		}
		a := i
		for a > 0 && nameAdjective(&toks[a-1]) && !apartFrom(spans[from:], &toks[a-1], h) {
			a--
		}
		if a < i && !startsUpper(toks[a].Text) {
			a = i // lower-case adjectives before a capitalised head
		}
		if !startsUpper(toks[a].Text) {
			continue
		}
		if a > 0 && vtag.Case(h.Tag) == "v_rod" && (strings.HasPrefix(toks[a-1].Tag, "noun") || strings.HasPrefix(toks[a-1].Tag, "adj")) {
			// a genitive after a noun or a title: the field may be
			// the title's or the noun's (уповноважений Верховної Ради
			// з прав людини, підприємства обласної ради з підтримки
			// підприємництва)
			continue
		}
		b := i + 1
		if isCountryGenitive(&toks[b]) {
			b++ // Державна служба України з питань праці
		}
		end := -1
		switch {
		case b+1 < len(toks) && (toks[b].Text == "з" || toks[b].Text == "із"):
			end = fieldEnd(toks, b+1)
		case b < len(toks) && actionNoun(&toks[b]):
			// Фонд гарантування вкладів фізичних осіб, Агентство
			// відновлення: an action's noun names the field
			end = fieldEnd(toks, b)
		}
		if end < 0 {
			continue
		}
		var ok bool
		if spans, ok = putSpan(spans, from, toks[a:end], "ORG"); !ok {
			continue
		}
		if end+2 < len(toks) && toks[end].Text == "(" && toks[end+2].Text == ")" && isAllCaps(toks[end+1].Text) && initialsFit(toks[end+1].Text, toks[a:end]) {
			spans, _ = putSpan(spans, from, toks[end+1:end+2], "ORG")
		}
		i = end - 1
	}
	return spans
}

// nameAdjective reports an adjective that may open a body's name
// (Національне, Державна, Спільний): not a pronoun's, nor a participle's,
// which is a title's (Уповноважений Верховної Ради).
func nameAdjective(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "adj") && !strings.Contains(t.Tag, "pron") && !strings.Contains(t.Tag, "adjp")
}

// apartFrom reports whether t is inside one of spans that does not hold
// h too: an adjective that is a place's name (м. Кам'янське управління).
func apartFrom(spans []vistka.Span, t, h *vistka.Token) bool {
	for k := range spans {
		if sp := &spans[k]; sp.Start <= t.RStart && t.REnd <= sp.End {
			return h.REnd > sp.End
		}
	}
	return false
}

// isCountryGenitive reports a country's name in the genitive: України.
func isCountryGenitive(t *vistka.Token) bool {
	return startsUpper(t.Text) && vtag.Case(t.Tag) == "v_rod" && gazetteer.Lookup(t.Lemma)&gazetteer.Country != 0
}

// fieldEnd returns the end of a body's field that starts at toks[i],
// after з, or -1: lower-case adjectives and a noun in the genitive, the
// genitives after it, and more such fields after та, і or a comma (з
// цінних паперів та фондового ринку, з розшуку та менеджменту активів).
// A noun with no adjective before it must be inanimate and no word of
// time or of a reason.
func fieldEnd(toks []vistka.Token, i int) int {
	end := fieldPhrase(toks, i, true)
	if end < 0 && (fieldHeads.has(toks[i].Lemma) || fieldNoun(&toks[i])) {
		end = fieldPhrase(toks, i, false)
	}
	if end < 0 {
		return -1
	}
	end = managedThing(toks, end)
	for n := 0; n < 3 && end+1 < len(toks) && fieldJoins[toks[end].Text]; n++ {
		e := fieldPhrase(toks, end+1, false)
		if e < 0 {
			break
		}
		end = managedThing(toks, e)
	}
	return end
}

// managedThing returns the end of the genitives after a field phrase that
// ends at toks[i-1] (fieldGenitives), with a noun in the instrumental
// and its own genitives after a noun of managing (з управління зоною
// відчуження, з управління активами).
func managedThing(toks []vistka.Token, i int) int {
	if i < len(toks) && managingWords.has(toks[i-1].Lemma) {
		j := i
		for j < len(toks) && strings.HasPrefix(toks[j].Tag, "adj") && vtag.Case(toks[j].Tag) == "v_oru" && startsLower(toks[j].Text) {
			j++
		}
		if t := &toks[min(j, len(toks)-1)]; j < len(toks) && strings.HasPrefix(t.Tag, "noun") && vtag.Case(t.Tag) == "v_oru" && startsLower(t.Text) && !strings.Contains(t.Tag, "pron") {
			return fieldGenitives(toks, j+1)
		}
	}
	return fieldGenitives(toks, i)
}

// managingWords are the lemmas of the nouns of a field that take an
// instrumental: управління активами, керування зоною.
var managingWords = newLowerSet("управління", "керування", "розпорядження", "користування")

// actionNoun reports a lower-case noun of an action in the genitive
// (гарантування, відновлення, розслідування), the field of a body named
// with no з (Фонд гарантування вкладів, Агентство відновлення).
func actionNoun(t *vistka.Token) bool {
	return genitiveNoun(t) && (strings.HasSuffix(t.Lemma, "ння") || strings.HasSuffix(t.Lemma, "ття"))
}

// fieldNoun reports a lower-case inanimate noun in the genitive that may
// name a field alone (розшуку, інвестицій), not a word of time or of a
// reason (з початку року, з нагоди свята, з огляду на).
func fieldNoun(t *vistka.Token) bool {
	return genitiveNoun(t) && strings.Contains(t.Tag, "inanim") && !timeNouns.has(t.Lemma) && !notFields.has(t.Lemma) &&
		!weekdays[t.Lemma] && gazetteer.Lookup(t.Lemma)&gazetteer.Month == 0
}

// notFields are the lemmas of nouns in the genitive after з that say
// when, why or from where, not a body's field.
var notFields = newLowerSet("початок", "кінець", "середина", "половина", "момент", "час", "дата", "бік", "нагода", "привід",
	"огляд", "причина", "міркування", "ініціатива", "рахунок", "кількість", "число", "частина", "склад", "сторона")

// initialsFit reports whether ab, an abbreviation, is the initials of
// words of name in their order, its first letter the first word's (АРМА:
// Агентство з розшуку та менеджменту активів; НАЗК: Національне
// агентство з питань запобігання корупції).
func initialsFit(ab string, name []vistka.Token) bool {
	letters := []rune(strings.ToLower(ab))
	if len(letters) < 2 || len(name) == 0 {
		return false
	}
	k := 0
	for i := range name {
		if k == len(letters) {
			break
		}
		r := []rune(strings.ToLower(name[i].Text))
		if len(r) == 0 {
			continue
		}
		if r[0] == letters[k] {
			k++
		} else if i == 0 {
			return false
		}
	}
	return k == len(letters)
}
