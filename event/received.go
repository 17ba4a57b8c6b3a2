package event

import (
	"github.com/vistka/vistka"
)

// received reads the verb v at i, one of receiving with no noun of its
// own yet, as aid received (from a named giver, goods or money) or a
// contract or a use granted, and sets tr's kind so.
func (f *finder) received(tr *trig, i int, v string) {
	if tr.noun < 0 && receives[v] {
		// "Україна отримала від ЄС 3,1 млрд євро": money received
		// from a named giver; "отримала 1,8 млн грн за ремонт" or
		// "вугілля на 167 млн грн" is payment and trade
		end := i + 1
		for end < len(f.toks) && end <= i+9 && f.toks[end].Kind != vistka.Punct {
			end++
		}
		g := f.giver(i+1, end)
		if g == "" {
			g = f.peopleGiver(i+1, end) // "отримала від партнерів 9,4 млрд доларів"
		}
		framed := false
		if g == "" {
			// "завдяки підтримці USAID школа отримала нові
			// ноутбуки": the giver named by its support
			g = f.frameGiver(f.clauseBounds(i))
			framed = g != ""
		}
		if g != "" && f.ents.Type(g) != "PERS" {
			for j := i + 1; j < end; j++ {
				if l := f.low(j); l == "за" || l == "на" {
					break
				}
				if f.spanType(j) == "MON" || currencies[f.low(j)] {
					if !f.sumPaidFor(j) {
						tr.k = kind{"AID", ""}
					}
					break
				}
				if (materiel[f.low(j)] || f.buildingMaterials(j)) && isNoun(&f.toks[j]) && f.entityAt(j) == "" && !f.ofOtherThing(j) ||
					(f.afterGiver(i, j, g) || framed) && (f.countedThing(j) || (f.low(j) == "кошт" || f.low(j) == "гроші") && isNoun(&f.toks[j])) ||
					framed && f.thingNoun(j) {
					// "Україна отримала від Німеччини ще одну систему
					// Patriot", "отримала від Данії винищувачі",
					// "отримала від фонду шість мобільних пунктів",
					// "отримали від держави кошти на ремонт": goods or
					// money from a named giver; any thing received
					// by a donor's support or within its programme
					// ("завдяки підтримці ЮНІСЕФ школа отримала
					// парти")
					tr.k = kind{"AID", ""}
					break
				}
			}
			if tr.k.typ == "" && f.materielBefore(i) {
				tr.k = kind{"AID", ""} // "Пожежні каски … отримали вогнеборці від міської ради": goods received
			}
			if tr.k.typ == "" && f.sumBefore(i) {
				tr.k = kind{"AID", ""} // "Ще 40 млн євро на відновлення станцій компанія отримала від уряду Норвегії"
			}
			if f.contractFrom(i, end, g) {
				tr.k = kind{"AGREE", ""}
			}
		}
		if f.givenForUse(i, end) {
			tr.k = kind{"AGREE", ""} // "отримали в користування від міської влади 32 маршрути"
		}
	}
}

// frontedGiver returns the giver named after від right after the noun of
// aid put before its verb of receiving, in the same clause: "Допомогу від
// ЮНІСЕФ отримають 20 тисяч дітей", "Гранти від ЄС отримали 30 громад";
// else "".
func (f *finder) frontedGiver(tr trig) string {
	if tr.noun < 0 || tr.noun+2 >= tr.at || f.low(tr.noun+1) != "від" {
		return ""
	}
	for j := tr.noun + 1; j < tr.at; j++ {
		if t := &f.toks[j]; t.Kind == vistka.Punct && t.Text != "«" && t.Text != "»" || finiteVerb(t) {
			return "" // "Допомогу від фонду, який …, отримали": another clause's
		}
	}
	return f.giver(tr.noun+1, min(tr.noun+6, tr.at))
}
