package event

import (
	"slices"
)

// nounBefore finds the event noun of the verb v at i (of kind k by
// itself; objs its light verb's nouns) put before it, the verb's object
// opening the clause, set off before a participle or standing for a
// relative clause, and sets tr's noun and kind from it; the noun taken is
// consumed. It tells whether a decree's sanctions or a thing set on fire
// settled the noun, which no pair of the verb may then replace.
func (f *finder) nounBefore(tr *trig, i int, v string, k kind, passive bool, objs []string, consumed map[int]bool) bool {
	t := &f.toks[i]
	// Sanctions put into force by a decision or a decree ("увів у дію
	// рішення РНБО про застосування санкцій", "ухвалила рішення про
	// санкції"): the decision itself is no event of its own below.
	// A thing set on fire named before the verb and its pronoun
	// ("облили пікап бензином і підпалили його"): not a noun of
	// where it was, after the pronoun ("у дворі будинку").
	settled := false
	if decreeVerbs[v] && !passive {
		if j := f.sanctionDecree(i); j >= 0 && (tr.noun == j || tr.noun < 0 && !consumed[j]) {
			tr.noun, tr.k, settled = j, nouns[f.low(j)], true
			consumed[j] = true
		}
	}
	if v == "підпалити" || v == "підпалювати" {
		if j := f.pronounObjectBefore(i, pairs[v]); j >= 0 && !consumed[j] {
			tr.noun, tr.k, settled = j, pairs[v][f.low(j)], true
			consumed[j] = true
		}
	}
	if tr.noun < 0 && v == "перебувати" {
		if j := f.visitBefore(i); j >= 0 && !consumed[j] {
			// "У Києві з візитом перебуває міністр …": the visit
			// named first, by the guest
			tr.noun, tr.fronted, tr.k, tr.passive = j, true, nouns[f.low(j)], false
			consumed[j] = true
		}
	}
	if tr.noun < 0 && objs != nil && !passive {
		// "Допомогу Україні надала Японія", "Нові санкції проти
		// Росії запровадила Канада": the event noun opens the
		// clause as the object
		if j := f.lightBefore(i, objs); j >= 0 && !consumed[j] {
			tr.noun, tr.fronted = j, true
			consumed[j] = true
			if nk := nouns[f.low(j)]; k.typ == "" || k.typ != nk.typ || nk.mode != "" {
				tr.k = nk
			}
		} else if j := f.joinProtestBefore(i, v, objs); j >= 0 && !consumed[j] {
			// "У середу до протесту приєдналися бригади з Черкаської
			// області": what they joined opens the clause, the
			// joiners after the verb
			tr.noun, tr.fronted, tr.k = j, true, nouns[f.low(j)]
			consumed[j] = true
		}
	}
	if tr.noun < 0 && (v == "повідомити" || v == "повідомляти") {
		// "Про підозру повідомлено начальнику відділу", "Про
		// підозру у хабарництві повідомили двом поліцейським": the
		// notice put first
		if j := f.suspicionBefore(i); j >= 0 && !consumed[j] {
			tr.noun, tr.k, tr.fronted = j, nouns[f.low(j)], true
			consumed[j] = true
		}
	}
	if tr.noun < 0 && undergone[v] {
		if n := f.underBefore(i, objs); n >= 0 && !consumed[n] {
			// "Під підозру потрапили Novus та Ашан", "Під нові
			// санкції ЄС потрапили …": the measure put before the
			// verb, its subjects after it (see namesAfter), whose
			// measure it is right after it (see nounOwner)
			tr.noun, tr.k = n, nouns[f.low(n)]
			consumed[n] = true
		}
	}
	if tr.noun < 0 && objs != nil && passive && i >= 2 && f.toks[i-1].Text == "," &&
		slices.Contains(objs, f.low(i-2)) && isNoun(&f.toks[i-2]) && f.eventNoun(i-2) && agree(&f.toks[i-2], t) {
		// "Ці вимоги, висунуті коаліцією … до Верховної Ради": the
		// noun the participle set off after it tells of
		tr.noun, tr.k, tr.setOff = i-2, nouns[f.low(i-2)], true
		consumed[i-2] = true
	}
	if tr.noun < 0 && objs != nil && passive && i >= 2 && f.toks[i-1].Text == "," {
		// "У провадженні щодо посадовців ради, розпочатому
		// поліцією": the noun with whom it concerns before the comma
		// (no agreement asked: the tagger reads "розпочатому" after
		// "провадженні" as masculine dative)
		if j := f.concernedBefore(i-1, objs); j >= 0 && !consumed[j] {
			tr.noun, tr.k, tr.setOff = j, nouns[f.low(j)], true
			consumed[j] = true
		}
	}
	if tr.noun < 0 && objs != nil {
		// "акцій протесту, які профспілка проводила": the event noun
		// the relative clause of the light verb stands for
		if j := f.relativeObject(i, objs); j >= 0 && !((v == "погодити" || v == "погоджувати") && loanNouns[f.low(j)] && !f.lentTo(i, i)) {
			// ("кредиту ЄБРР, який банк погодив для «Нафтогазу»": a
			// loan agreed for a borrower named is aid, as after the
			// verb; see lentTo)
			tr.noun, tr.k = j, nouns[f.low(j)]
			consumed[j] = true
		}
	}
	if tr.noun < 0 && (v == "звернутися" || v == "звертатися") {
		tr.noun = f.withAskBefore(i)
		if tr.noun >= 0 {
			tr.k = nouns[f.low(tr.noun)]
			consumed[tr.noun] = true
		}
	}
	return settled
}
