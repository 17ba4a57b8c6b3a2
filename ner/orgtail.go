package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/vtag"
)

// orgTails turns on addOrgTails; a variable for experiments.
var orgTails = true

// addOrgTails widens an ORG span by the field a body is named for when
// the model stops before it: "з" and a noun in the genitive with its
// adjectives, and one more such noun after та or і (Агентство США |з
// міжнародного розвитку, Національна комісія |з цінних паперів та
// фондового ринку). NER-UK tags such a field as part of the name (Комісію
// з цінних паперів, Державне агентство з інвестицій та управління …).
// An adjective before the first noun is asked for, so that a phrase of
// time (уряд з початку року) is left out. spans[from:] are the sentence's
// spans.
func addOrgTails(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := spanTokens(toks, sp.Start, sp.End)
		if b+2 >= len(toks) || toks[b].Text != "з" && toks[b].Text != "із" || !fieldBody(toks[a:b]) {
			continue
		}
		end := fieldPhrase(toks, b+1, true)
		if end < 0 {
			continue
		}
		if end+1 < len(toks) && (toks[end].Text == "та" || toks[end].Text == "і") {
			if e := fieldPhrase(toks, end+1, false); e > 0 {
				end = e
			}
		}
		if k+1 < len(spans) && spans[k+1].Start < toks[end-1].REnd {
			continue // the field holds a name of its own
		}
		sp.End, sp.Text = toks[end-1].REnd, joinTokens(toks[a:end])
	}
	return spans
}

// fieldBody reports whether the first noun of ts, a body's name, is a kind
// of body named for its field (агентство, комісія, служба, …), and not a
// church, a court or a union named by its acronym (церкву з сусіднього
// села, суді України з цієї нагоди, ЄС із закордонних справ: a title's
// field).
func fieldBody(ts []vistka.Token) bool {
	for i := range ts {
		if strings.HasPrefix(ts[i].Tag, "noun") {
			return fieldBodies.has(ts[i].Lemma)
		}
	}
	return false
}

// fieldBodies are the lemmas of the kinds of bodies named for their field.
var fieldBodies = newLowerSet("агентство", "агенція", "комісія", "комітет", "служба", "управління", "департамент",
	"міністерство", "центр", "рада", "інспекція", "фонд", "бюро", "дирекція", "колегія", "офіс", "відомство")

// fieldPhrase returns the end of lower-case adjectives and a noun in the
// genitive from toks[i] (at least one adjective when adj is set), or -1.
func fieldPhrase(toks []vistka.Token, i int, adj bool) int {
	j := i
	for j < len(toks) && strings.HasPrefix(toks[j].Tag, "adj") && !strings.Contains(toks[j].Tag, "pron") && vtag.Case(toks[j].Tag) == "v_rod" && startsLower(toks[j].Text) {
		j++
	}
	if j == i && adj || j >= len(toks) {
		return -1
	}
	if t := &toks[j]; !strings.HasPrefix(t.Tag, "noun") || vtag.Case(t.Tag) != "v_rod" || !startsLower(t.Text) || strings.Contains(t.Tag, "pron") {
		return -1
	}
	return j + 1
}
