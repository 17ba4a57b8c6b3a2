package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// stateBodies turns on retypeStateBodies; a variable for experiments.
var stateBodies = true

// retypeStateBodies makes a one-word PERS or LOC span an ORG when the
// word is a clipped compound naming a ministry or a state service:
// Мінюст, Мінекономіки, Міненерговугілля, Держфінінспекція,
// Держекоінвестпроект. The model, meeting a capitalised word it does not
// know as the subject of "повідомляє" or after "до", reads it as a person
// or a place (the rule puts 10 errors of cross-validation right and makes
// none); the first part, Мін- for
// міністерство or Держ- for державний, says what it is. A name that
// begins so (Мінґус, Державін) is no such compound: Мін- must be followed
// by the stem of a ministry's field, and Держ- by no "ав" (державний).
// spans[from:] are the sentence's spans, sorted.
func retypeStateBodies(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" && sp.Type != "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != a+1 || !stateBodyWord(toks[a].Text) {
			continue
		}
		sp.Type = "ORG"
	}
	return spans
}

// stateBodyWord reports whether w is a clipped compound naming a state
// body (Мінюсту, Держгеокадастр).
func stateBodyWord(w string) bool {
	if rest, ok := strings.CutPrefix(w, "Мін"); ok {
		for _, s := range ministryStems {
			if strings.HasPrefix(rest, s) {
				return true
			}
		}
		return false
	}
	rest, ok := strings.CutPrefix(w, "Держ")
	return ok && len([]rune(rest)) >= 4 && !strings.HasPrefix(rest, "ав") && scan.ToLower(rest) == rest
}

// ministryStems are the beginnings of the fields in the clipped names of
// ministries (Мін|юст, Мін|економіки, Мін|охорони здоров'я).
var ministryStems = []string{
	"юст", "фін", "економ", "оборон", "природ", "культ", "регіон", "соцполіт", "агро", "цифр", "інфраструкт",
	"енерг", "охорон", "освіт", "молодьспорт", "закордон", "внутріш", "ветеран", "реінтеграц", "палив",
	"транс", "екології", "екоенерг", "стратегпром", "промполіт", "інформполіт", "аграр", "розвит", "вуглепром",
	"здрав", "праці", "надзвичай",
}

// ministryFields turns on addMinistryFields; a variable for experiments.
var ministryFields = true

// addMinistryFields widens an ORG span of a ministry that stops inside its
// field, before a comma or та, і, й, over the rest of the field, as
// addMinisterFields does for a minister's title: the names of ministries
// that list their fields (Міністерство розвитку громад, територій та
// інфраструктури; Міністерство економіки, довкілля та сільського
// господарства; Міністерство соціальної політики, сім'ї та єдності
// України) were cut at the comma, and the entity named by the first field
// alone (Міністерство економіки) is another ministry. The rest must be
// lower-case genitives ending with a noun, and a comma is passed only
// when a та, і or й follows it in the field (Міністерстві фінансів, вже
// направлено: no field; Міністерстві культури, уряд виділить: уряд, a
// nominative, ends it). spans[from:] are the sentence's spans, sorted.
func addMinistryFields(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b-a < 2 || b >= len(toks) || toks[a].Lemma != "міністерство" || !startsUpper(toks[a].Text) {
			continue
		}
		if t := &toks[b-1]; !strings.HasPrefix(t.Tag, "noun") || !startsLower(t.Text) || vtag.Case(t.Tag) != "v_rod" {
			continue
		}
		if w := toks[b].Text; w != "," && w != "та" && w != "і" && w != "й" {
			continue
		}
		end := ministryFieldEnd(toks, spans, k, a+1, b)
		if end == b || !joinedField(toks[b:end]) {
			continue
		}
		if k+1 < len(spans) && spans[k+1].Start < toks[end-1].REnd {
			spans = slices.Delete(spans, k+1, k+2)
		}
		sp.End, sp.Text = toks[end-1].REnd, joinTokens(toks[a:end])
	}
	return spans
}

// joinedField reports whether ts, the words that widen a ministry's
// field, hold та, і or й after any comma they hold, and no body's noun
// (Міністерства оборони та міністерства закордонних справ are two).
func joinedField(ts []vistka.Token) bool {
	comma := false
	for i := range ts {
		if fieldBodies.has(ts[i].Lemma) {
			return false
		}
		switch ts[i].Text {
		case ",":
			comma = true
		case "та", "і", "й":
			comma = false
		}
	}
	return !comma
}
