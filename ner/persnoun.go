package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// persNouns turns on retypePersNouns; a variable for experiments.
var persNouns = true

// retypePersNouns mends a PERS span that begins with a capitalised common
// word, which no person's name does, as the model tags such words when it
// does not know them:
//
//   - a noun for a kind of body, in mid-sentence, is an ORG with the
//     lower-case genitives after it: "члени Альянсу", "угоду про
//     Спецтрибунал", "Профспілка працівників освіти і науки";
//   - a title with the field after it is a JOB with the field:
//     "Міністр освіти і науки", "Міністерка культури" (alone, as in a
//     tale's "Вчитель", it may be a name);
//   - an adjective before a noun for a body in its case is an ORG with
//     it: "повідомили в Повітряних силах".
//
// An adjective alone is left as it is: "Суспільному" (the newsroom) is
// declined as a surname is (Чернівецький) and as words the gold tags
// otherwise (суд Божий, між Оперним і театром).
//
// On our news texts the rule puts 13 spans right (Повітряних силах 5
// times, Альянсу 3, Офісу Президента, Спецтрибунал, Профспілка
// працівників освіти і науки, Міністерка культури, Повітряному
// командуванні) and breaks none; in NER-UK it changes nothing (its title
// and adjective cases as first written cost 0.0017 of CV F1 on tales'
// capitalised Вчитель and суд Божий, hence their limits). spans[from:] are the sentence's
// spans, sorted.
func retypePersNouns(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a {
			continue
		}
		t := &toks[a]
		if !startsUpper(t.Text) || strings.Contains(t.Tag, ":prop") || t.Lemma == "" || !startsLower(t.Lemma) ||
			gazetteer.Lookup(t.Text)&gazetteer.Person != 0 {
			continue
		}
		next := func(typ string, end int) {
			if end == b && b < len(toks) {
				if c := fieldTail(toks, b); c > b && (k+1 == len(spans) || spans[k+1].Start >= toks[c-1].REnd) {
					end = c
				}
			}
			if end < b || k+1 < len(spans) && spans[k+1].Start < toks[end-1].REnd && end > b {
				return
			}
			sp.Type, sp.End, sp.Text = typ, toks[end-1].REnd, joinTokens(toks[a:end])
		}
		switch {
		case strings.HasPrefix(t.Tag, "noun:inanim") && suffixBody(t) && !sentenceFirst(toks, a):
			next("ORG", b)
		case strings.HasPrefix(t.Tag, "noun:anim") && b == a+1 && fieldTail(toks, b) > b &&
			(officeTitles[t.Lemma] || countryTitles[t.Lemma] || gazetteer.Lookup(t.Lemma)&gazetteer.Job != 0):
			next("JOB", b)
		case strings.HasPrefix(t.Tag, "adj") && b == a+1 && b < len(toks) && bodyNoun(&toks[b]) &&
			startsLower(toks[b].Text) && vtag.Case(toks[b].Tag) == vtag.Case(t.Tag) && !covered(spans[from:], toks[b].RStart, toks[b].REnd):
			sp.Type, sp.End, sp.Text = "ORG", toks[b].REnd, joinTokens(toks[a:b+1])
		}
	}
	return spans
}

// suffixBody reports a noun for a kind of body, or one made from such a
// noun by a prefix: Альянсу, Спецтрибунал.
func suffixBody(t *vistka.Token) bool {
	if bodyNoun(t) {
		return true
	}
	l := scan.ToLower(t.Lemma)
	for n := range bodyNouns {
		if len(n) > 6 && strings.HasSuffix(l, n) {
			return true
		}
	}
	return false
}

// fieldTail returns the end of the lower-case genitives from toks[i] that
// name a body's or a title's field, nouns with their adjectives, two joined
// by і or та (освіти і науки, працівників освіти), or i when there are none
// such.
func fieldTail(toks []vistka.Token, i int) int {
	end := i
	for j := i; j < len(toks) && j < i+5; j++ {
		t := &toks[j]
		if w := scan.ToLower(t.Text); (w == "і" || w == "та" || w == "й") && j > i && end == j {
			continue
		}
		if t.Kind != vistka.Word || !startsLower(t.Text) || vtag.Case(t.Tag) != "v_rod" || strings.Contains(t.Tag, ":pron") ||
			!strings.HasPrefix(t.Tag, "noun") && !strings.HasPrefix(t.Tag, "adj") {
			break
		}
		if strings.HasPrefix(t.Tag, "noun") {
			end = j + 1
		}
	}
	return end
}
