package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// eventFor's phases after the sides: what the trigger is done to, the
// sides some verbs turn (receiving, fending off, releasing) and the
// sides late rules mend (purchases, orders, lists).

// objectsRead reads, from the token from up to end, what the trigger is
// done to (rec), where to (dest) and where (place), adding the phrase of a
// noun put before the verb and those put first: a target struck, whom a
// case is against, whom greeted or thanked. ok is false when what is
// greeted is a holiday, no one.
func (f *finder) objectsRead(ev *vistka.Event, tr trig, from, end int) ([]string, string, string, bool) {
	rec, dest, place := f.objects(from, end, ev.Actors, tr)
	rec = slices.DeleteFunc(rec, func(r string) bool { return f.kindOfActor(r, ev.Actors) })
	if ev.Type == "ASSAULT" && len(ev.Actors) == 0 && len(rec) == 1 && f.ents.Type(rec[0]) == "" && vagueSite(rec[0]) {
		// "повідомив, що уражено об'єкт критичної інфраструктури": a
		// site named by its kind alone, struck by no one named
		rec = nil
	}
	if ev.Type == "RETREAT" && tr.verb && leaves[f.verb(tr.at)] {
		// "Російські війська залишили Херсон": the town left is where
		// the retreat was, as after відступили з, no one it was done to
		for _, r := range rec {
			if f.ents.Type(r) == "LOC" && place == "" {
				place = r
			}
		}
		rec = slices.DeleteFunc(rec, func(r string) bool { return f.ents.Type(r) == "LOC" })
	}
	if c := f.participleComma(tr.at, end); place != "" && c > from {
		// "взяв під варту чиновника, затриманого у Львові": the place
		// of the participle's act, not of the verb's
		_, _, place = f.objects(from, c, ev.Actors, tr)
	}
	if tr.fronted {
		// the phrase of the noun before the verb: "Допомогу Україні
		// надала Японія", "Зустріч з Олафом Бекером провів …"
		lo := f.clauseStart(tr.noun) // "Україні допомогу надала Японія"
		fr, _, fp := f.objects(lo, tr.at, ev.Actors, tr)
		if place == "" && tr.k.mode == "visit" {
			place = fp // "У Києві з візитом перебуває …": where the guest is
		}
		for _, r := range fr {
			if !slices.Contains(rec, r) {
				rec = append(rec, r)
			}
		}
	}
	if len(rec) == 0 && ev.Type == "ASSAULT" && tr.verb && tr.noun > tr.at {
		if r := f.strikeTargetBefore(tr.at); r != "" {
			rec = append(rec, r) // "По Харкову (було) завдано удару", "На Одесу здійснили атаку": the target put first
		}
	}
	if len(rec) == 0 && ev.Type == "ACCUSE" && tr.noun > tr.at && proceedings[f.low(tr.noun)] {
		if r := f.caseAgainstBefore(tr.at, tr); r != "" {
			rec = append(rec, r) // "Стосовно посадовця відкрито кримінальне провадження": against whom
		}
	}
	if len(rec) == 0 && ev.Type == "SUPPORT" && tr.verb && !tr.passive && greets[f.verb(tr.at)] {
		if r := f.greetedBefore(tr.at, tr); r != "" {
			rec = append(rec, r) // "Гостей свята привітав міський голова": whom
		}
	}
	if len(rec) == 0 && ev.Type == "SUPPORT" && tr.verb && thanks[f.verb(tr.at)] {
		rec = f.sharedDative(tr.at) // "вручила Василю Ожевану грамоту, подякувала за працю": him
	}
	if ev.Type == "SUPPORT" && tr.verb && greets[f.verb(tr.at)] && slices.ContainsFunc(rec, func(r string) bool { return f.greetedOn(tr.at, r) }) {
		// "привітав із Днем знань": the occasion, not whom
		if rec = slices.DeleteFunc(rec, func(r string) bool { return f.greetedOn(tr.at, r) }); len(rec) == 0 {
			return nil, "", "", false // the audience greeted on a holiday: a ritual, no one named
		}
	}
	return rec, dest, place, true
}

// metSides reads whom a verb of meeting (зустріти) meets, before or
// after it: a pronoun's person, a person in the accusative, people or a
// delegation met by one named. ok is false when no one is met or no one
// meets ("зустрів Новий рік").
func (f *finder) metSides(ev *vistka.Event, tr trig, rec []string) ([]string, bool) {
	if v := f.verb(tr.at); (v == "зустріти" || v == "зустрічати") && tr.verb && ev.Type == "CONSULT" {
		if k := tr.at - 1; len(rec) == 0 && k >= 0 && strings.Contains(f.toks[k].Tag, "pron:pers:3") && hasCase(&f.toks[k], "v_zna") {
			// "У Маріїнському палаці її зустрів Президент": whom
			if p := f.ents.RecentPerson(f.toks[k].RStart, f.s, gender(&f.toks[k]), ev.Actors); p != "" {
				rec = append(rec, p)
			}
		} else if e := f.entityAt(k); len(rec) == 0 && k >= 0 && e != "" && f.ents.Type(e) == "PERS" && hasCase(&f.toks[k], "v_zna") && !hasCase(&f.toks[k], "v_naz") && !slices.Contains(ev.Actors, e) {
			rec = append(rec, e) // "У Києві Сибігу зустрів Андрій Єрмак"
		}
		met := false // people met, named by a common noun
		if len(rec) == 0 && slices.ContainsFunc(ev.Actors, func(e string) bool { t := f.ents.Type(e); return t == "PERS" || t == "ORG" }) {
			// "Увечері протестувальників зустрів заступник міністра
			// Олег Шевчук", "Міністр зустрів протестувальників": people
			// named by a plural animate noun, right before or after
			// the verb, met by one named
			for _, k := range []int{tr.at - 1, tr.at + 1} {
				if k >= 0 && k < len(f.toks) && f.metPeople(k) {
					if n := f.nounPhrase(k); n != "" {
						rec, met = append(rec, n), true
						break
					}
				}
			}
		}
		if d := f.metDelegation(tr.at); !met && d != "" && !slices.ContainsFunc(rec, func(e string) bool { t := f.ents.Type(e); return t == "PERS" || t == "ORG" }) &&
			slices.ContainsFunc(ev.Actors, func(e string) bool { return f.ents.Type(e) == "PERS" || f.titleSide(tr.at, e) }) {
			rec, met = []string{d}, true // "зустрів делегацію Польщі", "Делегацію в аеропорту зустрів міністр"
		}
		if len(ev.Actors) == 0 || !slices.ContainsFunc(rec, func(e string) bool { t := f.ents.Type(e); return t == "PERS" || t == "ORG" }) && !met {
			return nil, false // "зустрів Новий рік у Харкові": no one met; "треба було зустріти": no one meeting
		}
	}
	return rec, true
}

// heldSides reads the sides of talks set as the time of what is told
// ("під час переговорів …, що відбулися за участі …"): participated is
// whether they were read from за участі. ok is false for funding announced
// with no one named, and for a meeting the text told or does not name.
func (f *finder) heldSides(ev *vistka.Event, tr trig, rec []string, dest string) (participated, ok bool) {
	if v := f.verb(tr.at); tr.verb && tr.noun >= 0 && f.low(tr.noun) == "фінансування" && fundingNamed[v] && len(rec) == 0 {
		// "оголосили про фінансування систем IRIS-T для України" is
		// aid to the one named; "Міністерство оголосило про
		// фінансування нових шкіл", its own spending, is none (so is
		// "збільшили фінансування освіти")
		return participated, false
	}
	if tr.during && !tr.verb && len(rec) == 0 && ev.Type == "CONSULT" {
		// "під час переговорів в Абу-Дабі, що відбулися за участі
		// представників Коордштабу, російської сторони": the sides
		// the relative clause names took part
		if ps := f.heldParticipants(tr.at); len(ps) > 1 {
			ev.Actors, participated = ps, true
		}
	}
	if tr.during && !participated && len(rec) == 0 && dest == "" && f.genitiveAfter(tr.at) == "" && (len(ev.Actors) == 0 || len(f.titledAfter(tr.at)) == 0 && f.ledDelegation(tr.at) == "") {
		// (a guest named with a title, "під час візиту
		// прем'єр-міністра Дениса Шмигаля", or a delegation with its
		// head, is a visit of its own)
		// "звинуватив Москву … під час зустрічі": the meeting just
		// told, or one the text does not name; no new event.
		return participated, false
	}
	return participated, true
}

// paidSides reads the sides of aid paid for: whose care is paid, who
// paid with their efforts or money and whom it was bought for; and it
// returns the port or base forces left, which is where, no one it is done
// to.
func (f *finder) paidSides(ev *vistka.Event, tr trig, end int) string {
	if r := f.caredFor(tr, end); ev.Type == "AID" && len(ev.Recipients) == 0 && r != "" && !slices.Contains(ev.Actors, r) {
		ev.Recipients = []string{r} // "профінансував реабілітацію двохсот ветеранів": whose care is paid
	}
	portLeft := "" // "залишили порт Тартус": the port is where, no one it is done to
	if n := tr.noun; ev.Type == "RETREAT" && n > tr.at && (f.low(n) == "база" || f.low(n) == "порт") && len(ev.Recipients) == 1 && f.ents.Type(ev.Recipients[0]) == "LOC" {
		portLeft, ev.Recipients = ev.Recipients[0], []string{}
	}
	if k, cost := f.paidAt(tr.at, end); tr.verb && ev.Type == "AID" && k >= 0 && (!cost || buys[f.verb(tr.at)] || builds[f.verb(tr.at)]) {
		// "придбали для потреб райвідділу зусиллями міської ради та
		// громадською організацією «Ліга …»": those whose efforts
		// or money bought it give it, to whom it is for; a body paying
		// for its country ("коштом уряду Японії") is the country (a
		// gift "передав … коштом своїх донорів" stays the giver's)
		if b := f.benefactors(k+1, end); len(b) > 0 {
			ev.Actors = b
		}
		if e := f.donorEntity(k + 1); cost && e != "" {
			ev.Actors = []string{e}
		}
		ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return slices.Contains(ev.Actors, r) })
		if r := f.boughtFor(tr.at, end); r != "" {
			ev.Recipients = []string{r}
		}
	} else if r := f.boughtFor(tr.at, end); tr.verb && ev.Type == "AID" && len(ev.Recipients) == 0 && buys[f.verb(tr.at)] && r != "" {
		ev.Recipients = []string{r} // "фонд закупив для районної лікарні": bought for whom
	}
	return portLeft
}

// visitedSides reads what a visit verb visits: a place put before it, or
// a site no name stands for. It reports false for a trip of the public, an
// attendance, or a vehicle that comes.
func (f *finder) visitedSides(ev *vistka.Event, tr trig, end int) bool {
	if tr.verb && visitVerbs[f.verb(tr.at)] && len(ev.Actors) == 1 && f.ents.Type(ev.Actors[0]) == "LOC" {
		// "Київ відвідав прем'єр-міністр Нідерландів Дік Схоф": the
		// place is what is visited, the visitor follows the verb
		if v := f.visitorAfter(tr.at, end); v != "" {
			ev.Recipients = []string{ev.Actors[0]}
			ev.Actors = []string{v}
		}
	} else if tr.verb && visitVerbs[f.verb(tr.at)] {
		// "Одесу відвідав президент Чехії": the place before the
		// verb in the accusative is what is visited
		for j := tr.at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
			if e := f.entityAt(j); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[j], "v_zna") && !hasCase(&f.toks[j], "v_naz") && f.governedBy(j) == "" {
				ev.Recipients = []string{e}
				break
			}
		}
	}
	if tr.verb && f.verb(tr.at) == "відвідати" && len(ev.Recipients) == 0 && len(ev.Actors) > 0 && !f.ordinaryVisitors(tr.at) {
		// "посол відвідав пошкоджену ТЕЦ-5", "постраждалі райони
		// відвідав міністр": a site no name stands for is what is
		// visited
		if s := cmp.Or(f.siteVisited(tr.at, end), f.siteBefore(tr.at)); s != "" {
			ev.Recipients = []string{s}
		}
	}
	if tr.verb && visitVerbs[f.verb(tr.at)] && (f.layVisit(tr.at, ev.Actors) || f.attendsClass(tr.at)) {
		return false // "школярі відвідуватимуть басейн СДЮШОР": a trip of the public, no visit to a body; "відвідувала гурток": attendance
	}
	if tr.verb && ev.Type == "CONSULT" && ev.Mode == "visit" && f.vehicleCame(tr.at) {
		return false // "Потяг Київ – Варшава прибув до Перемишля": a train, not a guest
	}
	return true
}

// bodySides reads sides some verbs and types name a body by: whose award
// is given, who expels, the trigger's partner, who organised a protest,
// and a party that sues for a debt (no coercion).
func (f *finder) bodySides(ev *vistka.Event, tr trig, end int) {
	if ev.Type == "SUPPORT" && len(ev.Actors) == 0 {
		if g := f.awardGiver(tr.noun); g != "" {
			// "відзначені грамотами Литовського сейму", "нагородили
			// грамотою міністерства": the body whose award it is gives it
			ev.Actors = []string{g}
			ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == g })
		}
	}
	if v := f.verb(tr.at); (v == "виключити" || v == "виключати") && len(ev.Actors) == 0 && tr.noun >= 0 && tr.noun+1 < len(f.toks) {
		// "Росію виключили з Ради Європи": the body expels
		if e := f.entityAt(tr.noun + 1); e != "" && f.ents.Type(e) == "ORG" {
			ev.Actors = append(ev.Actors, e)
		}
	}
	if v := f.verb(tr.at); tr.partner != "" && tr.verb && (v == "відкрити" || v == "відкривати") {
		// "разом з ПРООН відкриє центр для ветеранів": what is opened
		// is no side, the partner is
		ev.Recipients = nil
	}
	if tr.partner != "" && !slices.Contains(ev.Recipients, tr.partner) && !slices.Contains(ev.Actors, tr.partner) {
		ev.Recipients = append(ev.Recipients, tr.partner)
	}
	if !tr.verb && ev.Type == "PROTEST" && len(ev.Actors) == 0 {
		if a := f.organisedBy(tr.noun); a != "" {
			ev.Actors = []string{a} // "акції протесту, організовані профспілкою": who held them
		}
	}
	if v := f.verb(tr.at); (v == "стягнути" || v == "стягувати") && ev.Type == "COERCE" && len(ev.Actors) > 0 && (f.throughCourt(0, end) || f.firmActor(ev.Actors, tr.at) || tr.at > 0 && tries[f.low(tr.at-1)]) {
		// "підрядник через суд стягнув з управління борг": a party
		// that sued for the sum, not the court that ordered it; a firm
		// has no power to make anyone pay ("ДП «Альфа» стягує з ТОВ
		// «Бета» 5 млн грн"), so it sues too; and one who tries to
		// recover it ("прокурор намагається стягнути з фірми
		// збитки") claims it in court, as a court that orders it does
		// not try
		ev.Type = "ACCUSE"
	}
}

// receivedSides turns the sides of a verb of receiving: its subject is
// given to, the giver comes after від or is named in the clause. It reports
// false for what may be received under terms, no aid given.
func (f *finder) receivedSides(ev *vistka.Event, tr trig, from, end int) bool {
	if receives[f.verb(tr.at)] {
		// "Україна отримала транш від МВФ": the subject is the one
		// given to, the giver comes after від.
		ev.Recipients = ev.Actors
		ev.Actors = []string{}
		if g := f.giver(from, end); g != "" {
			ev.Actors = append(ev.Actors, g)
		} else if g := f.bodyGiver(from, end); g != "" && ev.Type == "AGREE" {
			ev.Actors = append(ev.Actors, g) // "від міської влади": a body named by a common noun
		} else if g := f.peopleGiver(from, end); g != "" && ev.Type == "AID" {
			ev.Actors = append(ev.Actors, g) // "отримала від партнерів": people no name stands for
		} else if g := f.aidNounOwner(from, end); g != "" && ev.Type == "AID" {
			ev.Actors = append(ev.Actors, g) // "отримала грант USAID": the aid's giver in the genitive
			ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == g })
		} else if g := f.frontedGiver(tr); g != "" && ev.Type == "AID" {
			ev.Actors = append(ev.Actors, g) // "Допомогу від ЮНІСЕФ отримають 20 тисяч дітей": the giver after the aid put first
			ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == g })
		} else if g := f.frameGiver(f.clauseBounds(tr.at)); g != "" && ev.Type == "AID" {
			ev.Actors = append(ev.Actors, g) // "завдяки підтримці USAID школа отримала": whose support
			ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == g })
		} else if g := f.sideIn(tr.at); g != "" && ev.Type == "AID" && !slices.Contains(ev.Recipients, g) {
			ev.Actors = append(ev.Actors, g) // "громада отримує допомогу з боку ЄС": the giver after з боку, as after від
		}
		if len(ev.Actors) == 0 && ev.Type == "AID" && f.underTermsOf(tr.at) {
			return false // "зміни до програми, за якими ветерани зможуть отримати гранти": who may receive under its terms, no aid given
		}
		if r := f.receiver(tr.at); len(ev.Recipients) == 0 && ev.Type == "AID" && tr.verb && r != "" {
			// "клуб отримає від УАФ 5 млн гривень": no name for
			// the one given it, the phrase as quotes give speakers
			ev.Recipients = []string{r}
		}
	}
	return true
}

// fendedSides turns the sides of attacks fended off (відбити): the
// subject was attacked, the attackers follow the attacks. It reports false
// for words fended off or an attack with no attackers nor count.
func (f *finder) fendedSides(ev *vistka.Event, tr trig) bool {
	if v := f.verb(tr.at); (v == "відбити" || v == "відбивати") && tr.noun >= 0 {
		// "Сили оборони відбили 47 атак російських військ": the
		// subject was attacked; the attackers follow the attacks.
		if w := f.low(tr.at); strings.HasSuffix(w, "ся") || strings.HasSuffix(w, "сь") {
			return false // "відбивалася мама": fended off words
		}
		ev.Recipients = ev.Actors
		ev.Actors = []string{}
		if a := f.attackersAfter(tr.noun); a != "" {
			ev.Actors = append(ev.Actors, a)
		} else if k := tr.noun - 1; k < 0 || !strings.HasPrefix(f.toks[k].Tag, "numr") && f.toks[k].Kind != vistka.Number {
			return false // "мама відбила напад": no attackers, no count of attacks
		}
	}
	return true
}

// releasedSides reads the sides of relief sent and of people returned:
// the sender acts, those held are released by their captor to the subject.
// It returns dest, the place helped when the sender's relief names none.
func (f *finder) releasedSides(ev *vistka.Event, tr trig, dest string) string {
	if tr.sender != "" {
		if tr.donor {
			ev.Recipients = append(ev.Actors, ev.Recipients...)
		} // (crews that come на допомогу are the sender's, not helped)
		ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == tr.sender })
		ev.Actors = []string{tr.sender}
		if dest == "" {
			dest = f.destBefore(tr.at) // "До Чернігова прибули": the place helped
		}
	}
	if v := f.verb(tr.at); tr.captor != "" {
		// "Україна повернула з Росії ще 12 дітей": the country they
		// were held in releases them to the subject.
		ev.Recipients = slices.DeleteFunc(append(ev.Actors, ev.Recipients...), func(r string) bool { return r == tr.captor })
		ev.Actors = []string{tr.captor}
	} else if v == "повернути" && tr.noun >= 0 && (f.low(tr.noun) == "полон" || f.broughtHome(tr.at, tr.noun)) {
		// "Україна повернула з російського полону 84 людей",
		// "повернула додому 150 військовослужбовців": the captor
		// releases them to the subject.
		ev.Recipients = append(ev.Actors, ev.Recipients...)
		ev.Actors = []string{}
		if k := tr.noun - 1; k >= 0 && isAdj(&f.toks[k]) {
			if c := f.ents.CountryOf(f.toks[k].Lemma); c != "" {
				ev.Actors = append(ev.Actors, c)
			}
		}
	}
	return dest
}

// buyersAndOwners mends the sides of a purchase or an order (the buyer
// named before the verb, the firm the order went to), of a sanctions
// package put first, and whom a threat is against.
func (f *finder) buyersAndOwners(ev *vistka.Event, tr trig) {
	if tr.verb && ev.Type == "AGREE" && buys[f.verb(tr.at)] {
		// "техніку для системи «Єдиний медичний простір» придбали у
		// ТОВ «Альфа»": a buyer is a subject named before the verb
		ev.Actors = slices.DeleteFunc(ev.Actors, func(a string) bool { return !f.subjectBefore(a, tr.at) })
	}
	if v := f.verb(tr.at); tr.verb && ev.Type == "AGREE" && (v == "замовити" || v == "замовляти") {
		if j := f.orderedFromAt(tr.at); j >= 0 {
			if e := f.entityAt(j); slices.Contains(ev.Actors, e) {
				// "Техніку замовили ТОВ «Будсервіс»": the firm the order
				// went to, after a verb with no subject, is no customer
				ev.Actors = slices.DeleteFunc(ev.Actors, func(a string) bool { return a == e })
				if !slices.Contains(ev.Recipients, e) {
					ev.Recipients = append([]string{e}, ev.Recipients...)
				}
			} else if e != "" && !slices.Contains(ev.Recipients, e) {
				// "замовив приватній фірмі «Діта» ремонт": the firm's
				// name, not the word for its kind
				ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return legalForms[scan.ToLower(r)] })
				ev.Recipients = append([]string{e}, ev.Recipients...)
			}
		}
	}
	if tr.fronted && ev.Type == "SANCTION" && f.packageOpening(tr.noun) {
		// the package put first, who adopted it named before the
		// verb ("20-й пакет санкцій проти Росії Рада ЄС ухвалила") or
		// as its owner, the verb having no other subject ("19-й пакет
		// санкцій ЄС ухвалив торік"): no recipient
		for _, e := range []string{f.entityAt(tr.at - 1), f.entityAt(tr.noun + 1)} {
			if e == "" || !slices.Contains(ev.Recipients, e) {
				continue
			}
			ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == e })
			if len(ev.Actors) == 0 {
				ev.Actors = []string{e}
			}
		}
	}
	if tr.verb && ev.Type == "THREATEN" && threats[f.verb(tr.at)] && len(ev.Recipients) == 0 {
		if r := f.threatenedObject(tr); r != "" {
			ev.Recipients = []string{r} // "пригрозив звільнити директора з посади": the one to be dismissed
		}
	}
}

// namedAndListed reads whose act or claim is called void or false, whose
// is a list of outlaws or sanctions, who interested a body and to whom
// something is proposed.
func (f *finder) namedAndListed(ev *vistka.Event, tr trig) {
	if v := f.verb(tr.at); tr.verb && ev.Type == "ACCUSE" && (v == "назвати" || v == "називати") {
		if k := f.breachAt(tr.at); k > 0 {
			ev.Recipients = f.calledOwners(tr.at, k)
		}
	}
	if v := f.verb(tr.at); tr.verb && ev.Type == "REJECT" && (v == "назвати" || v == "називати") && len(ev.Recipients) == 0 {
		if k := f.voidedAt(tr.at); k >= 0 {
			if e := f.voidedOwner(k); e != "" {
				ev.Recipients = []string{e} // "рішення Ради Європи назвали нікчемним"
			}
		} else if k := f.falseClaimAt(tr.at); k >= 0 {
			if e := f.voidedOwner(k); e != "" {
				ev.Recipients = []string{e} // "назвав фейком заяви Кремля": whose claim
			}
		}
	}
	if listers[f.verb(tr.at)] && ev.Type == "COERCE" && len(ev.Actors) == 0 {
		if e := f.listOwner(f.outlawList(tr.at)); e != "" {
			ev.Actors = []string{e} // "до переліку терористів Росфінмоніторингу": who keeps the list
		}
	}
	if n := f.sanctionList(tr.at); n >= 0 && listers[f.verb(tr.at)] && ev.Type == "SANCTION" && n+1 < len(f.toks) {
		m := n + 1
		if f.low(m) == "санкція" {
			m++ // до списку санкцій
		}
		e := f.entityAt(m)
		switch {
		case e == "":
		case len(ev.Actors) == 0 && hasCase(&f.toks[m], "v_rod") && (f.ents.Type(e) == "LOC" || f.ents.Type(e) == "ORG"):
			ev.Actors = []string{e} // "До санкційного списку Великої Британії внесли": whose list
		case len(ev.Recipients) == 0 && f.ents.Type(e) == "PERS" && m > tr.at:
			ev.Recipients = []string{e} // "внесла до санкційного списку Ротенберга": a person owns no such list
		}
	}
	if v := f.verb(tr.at); ev.Type == "ACCUSE" && (v == "зацікавитися" || v == "зацікавлюватися") && len(ev.Recipients) == 0 && tr.at > 0 &&
		hasCase(&f.toks[tr.at-1], "v_oru") && isNoun(&f.toks[tr.at-1]) {
		ev.Recipients = []string{cmp.Or(f.entityAt(tr.at-1), f.low(tr.at-1))} // "поетом зацікавився Слідчий комітет"
	}
	if v := f.verb(tr.at); ev.Type == "REQUEST" && tr.noun < 0 && (v == "запропонувати" || v == "пропонувати") && len(ev.Recipients) == 0 {
		if j := f.proposedTo(tr.at); j >= 0 {
			ev.Recipients = []string{cmp.Or(f.entityAt(j), f.low(j))}
		}
	}
}

// fundingNamed are the verbs whose фінансування is aid only to one the
// clause names: announced, raised, resumed or kept up.
var fundingNamed = map[string]bool{"оголосити": true, "збільшити": true, "збільшувати": true, "відновити": true,
	"відновлювати": true, "продовжити": true}
