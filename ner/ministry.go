package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
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
