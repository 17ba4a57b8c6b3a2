package event

import (
	"cmp"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
)

// ownTown places an act whose clause names no place after в, у or на by
// the town its clause names in another form:
//
//   - in the genitive after a noun of a town's people or sites, which
//     the act is done to or in: "доставили воду мешканцям Антонівки",
//     "зустрівся з мешканцями Балаклії", "перевірив укриття у закладах
//     освіти Миргорода" were in Антонівка, Балаклія, Миргород;
//   - as the seat of a town's council or administration (see seatTown)
//     the act is done in, or a rally's target: "У Черкаській міській
//     раді підписали угоду", "ветерани пікетували Луцьку міськраду"
//     were in Черкаси, Луцьк.
//
// An act told by an adverbial participle after its verb's clause takes
// the place that clause names: "відбили штурм на околицях Мирнограда,
// узявши в полон шістьох військових" took them there. So does aid told in
// a clause of який on the thing the clause before made or opened there:
// "У Хмельницькому відкрили центр, який профінансувала Японія" was
// funded for Хмельницький (see madeThere).
//
// A town named after a title ("мер Луцька") or a body's other nouns
// ("делегація Кросна", "президент Любліна") says whose, not where, and
// gives nothing; so does one under a preposition ("з Херсона", "біля
// Херсона"), which the clause reads elsewhere. Acts to come, negated or
// hypothetical are left as they are, and so are what is said (see
// doneOnSite).
func ownTown(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Place != "" || e.TriggerSpan == nil || len(e.Aux) > 0 || !doneOnSite(e) {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 0 {
			continue
		}
		f := finder{a: a, ents: ents, s: s, toks: a.Sentences[s].Tokens}
		at := tokenStarting(f.toks, e.TriggerSpan.Start)
		if at < 0 {
			continue
		}
		lo, hi := f.ownClause(at)
		if participle(a, e.TriggerSpan.Start) && lo >= 2 && f.toks[lo-1].Text == "," {
			// "відбили штурм на околицях Мирнограда, узявши в полон
			// шістьох військових": an adverbial participle's act is
			// done where the verb it follows was
			main, _ := f.partClause(lo - 2)
			e.Place = cmp.Or(f.placeBefore(lo-1), f.townOfClause(main, lo-1, e.Type))
			continue
		}
		if c := f.madeThere(lo); e.Type == "AID" && c > 0 {
			// "відкрили у Корабельному районі Миколаєва котельню, яку
			// збудували коштом Данського фонду": built where it stands
			main, _ := f.partClause(c - 1)
			e.Place = cmp.Or(f.townOfDistrict(main, c, f.placeBefore(c)), f.townOfClause(main, c, e.Type))
			continue
		}
		e.Place = f.townOfClause(lo, hi, e.Type)
	}
	return evs
}

// madeThere returns where the comma before lo is when lo opens a clause
// of який on a thing, in the accusative, that ends a clause whose verb
// is no verb of speech ("відкрили реабілітаційний центр, який
// профінансувала Японія", "відкрив у Корабельному районі Миколаєва
// котельню, яку збудували"); else -1.
func (f *finder) madeThere(lo int) int {
	c := lo - 1
	if c < 2 || lo >= len(f.toks) || f.toks[c].Text != "," || f.toks[lo].Lemma != "який" {
		return -1
	}
	n := &f.toks[c-1]
	if !isNoun(n) || strings.Contains(n.Tag, ":anim") || !hasCase(n, "v_zna") || f.entityAt(c-1) != "" {
		return -1
	}
	main, _ := f.partClause(c - 1)
	for j := c - 2; j >= main && j >= 0; j-- {
		if isVerb(&f.toks[j]) {
			if speechVerbs[f.verb(j)] {
				return -1
			}
			return c
		}
	}
	return -1
}

// townOfDistrict returns place, or the town named in the genitive after
// it when it is a district of a town the tokens lo..hi name so ("у
// Корабельному районі Миколаєва": Миколаїв), within its name or after.
func (f *finder) townOfDistrict(lo, hi int, place string) string {
	within := strings.Contains(f.ents.Name(place), " район ")
	if !district(f.ents, place) && !within {
		return place
	}
	for j := max(lo, 0); j < hi && j < len(f.toks); j++ {
		if f.entityAt(j) != place {
			continue
		}
		k := f.nameEnd(j)
		if within {
			// "Корабельний район Миколаєва" taken for one place
			if t := &f.toks[k-1]; hasCase(t, "v_rod") {
				return cmp.Or(f.settlementAmong([]string{t.Lemma}), place)
			}
			break
		}
		if c := f.entityAt(k); k < len(f.toks) && c != "" && f.settlement(c) && hasCase(&f.toks[k], "v_rod") {
			return c
		}
		break
	}
	return place
}

// ownClause returns the bounds of the clause of the verb at at (see
// partClause), widened over a time set off by commas before it to the
// words it interrupts: "У Вінницькій міській раді в понеділок, 9
// березня, підписали меморандум" is one clause; and past the items of a
// list of objects after it (see pastList).
func (f *finder) ownClause(at int) (lo, hi int) {
	lo, hi = f.partClause(at)
	hi = f.pastList(hi)
	if lo < 2 || f.toks[lo-1].Text != "," {
		return lo, hi
	}
	k := lo - 2
	for k >= 0 && f.spanType(k) == "DATE" {
		k--
	}
	if k == lo-2 || k < 1 || f.toks[k].Text != "," {
		return lo, hi
	}
	wider, _ := f.partClause(k - 1)
	return wider, hi
}

// townOfClause returns the town the tokens lo..hi name, for an act of
// type typ, in the genitive after a noun of a town's sites or people (see
// townsPart), or as the seat of a local body in the locative after в or
// у (or in the accusative, for a rally's target); "" when they name none
// or two.
func (f *finder) townOfClause(lo, hi int, typ string) string {
	town := ""
	for j := max(lo, 0); j < hi && j < len(f.toks); j++ {
		id := f.entityAt(j)
		if id == "" || j > 0 && f.entityAt(j-1) == id {
			continue
		}
		t := &f.toks[j]
		got := ""
		switch {
		case f.settlement(id) && hasCase(t, "v_rod") && f.townsPart(j, peopleMet[typ], typ == "AID"):
			// (aid to a town's sites, "передали генератори лікарням
			// Харкова", is told of whom it went to, not where)
			got = id
		case j > 0 && hasCase(t, "v_mis") && (f.low(j-1) == "в" || f.low(j-1) == "у"), typ == "PROTEST" && hasCase(t, "v_zna") && !isPrep(&f.toks[max(j-1, 0)]):
			got = f.seatTown(id)
		}
		if got == "" {
			continue
		}
		if town != "" && town != got {
			return ""
		}
		town = got
	}
	return town
}

// townsPart reports whether the town named at j stands in the genitive
// after a noun of townSites (unless noSites is set) or, when people is
// set, of townsfolkNouns, that is no subject (nor, for a site, under з),
// with at most two genitive nouns or adjectives between ("мешканцям
// Антонівки", "закладах освіти Миргорода").
func (f *finder) townsPart(j int, people, noSites bool) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		t := &f.toks[k]
		if f.entityAt(k) != "" || !isNoun(t) && !isAdj(t) {
			return false
		}
		if townsfolkNouns[t.Lemma] {
			return people && !hasCase(t, "v_naz")
		}
		if townSites[t.Lemma] {
			return !noSites && !hasCase(t, "v_naz") && !hasCase(t, "v_oru")
		}
		if isNoun(t) && !hasCase(t, "v_rod") {
			return false
		}
	}
	return false
}

// doneOnSite reports whether e is an act done where its sides are, which
// a town its clause names places: not a statement, a demand, a charge or
// thanks (said anywhere, and the golds place none by a town named in
// them: "звинуватив Росію в ударі по порту Одеси", "Мешканці Соснівки
// закликали владу"), but an inspection (перевірка) is made on the spot.
func doneOnSite(e *vistka.Event) bool {
	switch e.Type {
	case "CONSULT", "AID", "AGREE", "ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "COOPERATE":
		return true
	case "ACCUSE":
		return strings.Contains(e.Trigger, "перевір")
	}
	return false
}

// peopleMet are the types of acts done to people in person, whose town
// named after them (мешканцям Антонівки, з мешканцями Балаклії) is where:
// a charge or a contract with a resident is not placed by the town he
// lives in, nor, as the tests of earlier sessions have it, an attack on
// residents ("катували мешканців Бучі").
var peopleMet = map[string]bool{"CONSULT": true, "AID": true}

// townsfolkNouns are the nouns of a town's people.
var townsfolkNouns = map[string]bool{"мешканець": true, "мешканка": true, "житель": true, "жителька": true}

// townSites are the nouns of a town's sites whose town, named in the
// genitive after them, is where an act done in them or to them was
// (not one under з: "між портом Іллічівська і портом Констанца" names
// the sides).
var townSites = map[string]bool{"заклад": true, "школа": true, "лікарня": true, "вулиця": true, "околиця": true,
	"площа": true, "майдан": true, "мікрорайон": true, "вокзал": true, "аеропорт": true, "передмістя": true}

// pastList returns where the clause that partClause ended at the comma hi
// ends when the words after that comma have no verb of their own: a list
// of objects goes on ("доставили понад 2 тонни питної води, ліки та
// продукти мешканцям Антонівки" is one clause, the town's people in it).
// A segment opening with a conjunction of contrast (а, але, проте) or a
// relative word (який, що, де, коли), or with any verb form, ends it as
// before.
func (f *finder) pastList(hi int) int {
	for hi < len(f.toks) && f.toks[hi].Text == "," && hi+1 < len(f.toks) {
		switch f.toks[hi+1].Lemma {
		case "а", "але", "проте", "однак", "який", "що", "де", "коли", "щоб", "бо", "адже", "якщо":
			return hi
		}
		next := hi + 1
		for next < len(f.toks) && !clauseMark(f.toks[next].Text) {
			if t := &f.toks[next]; strings.HasPrefix(t.Tag, "verb") || strings.Contains(t.Tag, "adjp") {
				return hi
			}
			next++
		}
		hi = next
	}
	return hi
}
