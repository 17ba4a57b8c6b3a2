package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// eventFor builds the event of trigs[n], the sentence's triggers in text
// order: its sides, what it is done to, place and date, and appends it
// (with any event it implies) to out, the events found so far. sent is the
// sentence and sentVisit the visit it is set in ("Під час візиту …"), if any.
// It runs in phases, each a method below (sideRead's in eventsides.go):
// the sides, what it is done to, the sides some verbs turn, the place,
// the mode, the date and aux, each phase that may drop the event saying
// whether it is kept; then the events it implies.
func (f *finder) eventFor(out []vistka.Event, trigs []trig, n int, quotes []vistka.Quote, dates []vistka.Date, sent vistka.Sentence, sentVisit *vistka.Event) []vistka.Event {
	tr := trigs[n]
	if tr.during && !tr.verb && tr.k.typ == "CONSULT" && tr.k.mode == "meet" && slices.ContainsFunc(trigs[n+1:], func(o trig) bool { return o.verb && o.k.typ == "CONSULT" && o.k.mode == "meet" }) {
		return out // "Під час зустрічі у Вашингтоні Рубіо і Сибіга обговорили": the meeting the verb tells
	}
	end := len(f.toks)
	if n+1 < len(trigs) {
		end = trigs[n+1].at
	}
	end = f.clauseEnd(tr.at, end)
	if !tr.verb && f.low(tr.at) == "відмова" {
		end = f.finiteBefore(tr.at, end) // "Відмова Ізраїлю надати … розчарувала Київ": the refusal's own sides only
	}
	ev := vistka.Event{Type: tr.k.typ, Mode: tr.k.mode, Actors: []string{}, Recipients: []string{}, Aux: []string{},
		Sentence: vistka.Range{Start: sent.RStart, End: sent.REnd}}
	last := tr.at
	if tr.noun > last {
		last = tr.noun
	}
	ev.TriggerSpan = &vistka.Range{Start: f.toks[tr.at].RStart, End: f.toks[last].REnd}
	ev.Trigger = f.triggerText(tr)
	// The sides, read by the trigger's frame: passive, verb or noun.
	sr := sideRead{ev: ev}
	if tr.passive {
		f.passiveSides(&sr, tr, end)
	} else if tr.verb {
		f.verbSides(&sr, tr, out, end)
	} else {
		f.nounSides(&sr, tr, out)
	}
	ev = sr.ev
	mainPlace, mainDate, wentPlace, wentWhom, skip, impAgent := sr.mainPlace, sr.mainDate, sr.wentPlace, sr.wentWhom, sr.skip, sr.impAgent
	if ev.Type == "SUPPORT" && tr.verb && f.volunteersSupport(tr.at, tr.noun, ev.Actors) {
		ev.Type = "AID" // "бійцю надавали підтримку волонтери": help in goods and money
	}
	skip = f.auditedSides(&ev, tr, skip)
	f.forcesSides(&ev, tr)
	skip = f.doerAfter(&ev, tr, skip)
	from := f.withActors(&ev, tr, skip, end)
	rec, dest, place, ok := f.objectsRead(&ev, tr, from, end)
	if !ok {
		return out
	}
	rec = f.objectsOf(&ev, tr, rec, impAgent, end, out)
	if rec, ok = f.metSides(&ev, tr, rec); !ok {
		return out
	}
	rec = f.objectsElsewhere(&ev, tr, rec, end)
	participated, ok := f.heldSides(&ev, tr, rec, dest)
	if !ok {
		return out
	}
	rec, participated = f.recipientsOf(&ev, tr, rec, participated, impAgent, end, out)
	ev.Recipients = append(ev.Recipients, slices.DeleteFunc(rec, func(r string) bool { return slices.Contains(ev.Actors, r) })...)
	portLeft := f.paidSides(&ev, tr, end)
	if !f.visitedSides(&ev, tr, end) {
		return out
	}
	f.bodySides(&ev, tr, end)
	if !f.receivedSides(&ev, tr, from, end) {
		return out
	}
	if !f.fendedSides(&ev, tr) {
		return out
	}
	dest = f.releasedSides(&ev, tr, dest)
	place = f.placeOf(&ev, tr, place, dest, wentPlace, mainPlace, portLeft, wentWhom, end, out)
	var visit *vistka.Event
	if !tr.during {
		visit = sentVisit
	}
	if place == "" && visit != nil {
		place = visit.Place // "Під час візиту він заявив, що …"
	}
	place = f.meetingPlace(&ev, tr, place, dates, out)
	if tr.during && ev.Type == "CONSULT" && len(ev.Actors) == 0 {
		return out // "Під час зустрічі послу вручили ноту": the setting of what was done, no meeting of its own
	}
	if slices.Contains(ev.Actors, place) {
		place = "" // "У Москві відкинули": the actor, not where
	}
	if tr.verb && f.verb(tr.at) == "побувати" && (place == "" || f.ents.Type(place) != "LOC") {
		return out // "побував у фракції Соцпартії": a membership, no place visited
	}
	ev.Place = place
	if c := f.budgetOf(tr.at, end); ev.Type == "AID" && ev.Place == "" && c != "" {
		// "виділять із бюджету Рівного": a town's money, given by the
		// town and spent there
		ev.Place = c
		if len(ev.Actors) == 0 {
			ev.Actors = append(ev.Actors, c)
		}
	}
	if !f.meetingMode(&ev, tr, participated) {
		return out
	}
	if !f.doneByParties(&ev, tr, end) {
		return out
	}
	if !f.aidGiven(&ev, tr, end) {
		return out
	}
	if !f.metOrVisited(&ev, tr) {
		return out
	}
	f.dateOf(&ev, tr, out, quotes, dates, mainDate, visit)
	if ev.Type == "CONSULT" && !tr.verb && (ev.Place == "" || ev.Date == "") {
		// "Оголошення пролунало після зустрічі міністрів": the
		// meeting was where and when the announcement was
		if m := f.announcement(tr.at); m != nil {
			place, date := f.dl.of(m)
			ev.Place, ev.Date = cmp.Or(ev.Place, place), cmp.Or(ev.Date, date)
		}
	}
	if !f.toldAsDone(&ev, tr, end) {
		return out
	}
	if !f.admittedOrRefused(&ev, tr) {
		return out
	}
	f.mendSides(&ev, tr, out)
	if len(ev.Actors) == 0 && len(ev.Recipients) == 0 {
		return out // nothing in the text says who: no event
	}
	if !f.givenOrForced(&ev, tr, out) {
		return out
	}
	f.meetingSetting(&ev, out)
	if !f.notRetold(&ev, tr, out) {
		return out
	}
	if !f.sittingMode(&ev, tr) {
		return out
	}
	if o, each := f.eachMet(out, &ev, tr); each {
		return o
	}
	f.buyersAndOwners(&ev, tr)
	f.namedAndListed(&ev, tr)
	ev.Actors, ev.Recipients = f.withJoined(ev.Actors), f.withJoined(ev.Recipients)
	ev.Actors, ev.Recipients = f.calledBodies(ev.Actors), f.calledBodies(ev.Recipients)
	if !f.publicEvent(&ev, tr) {
		return out
	}
	if o, then := f.thenMet(out, &ev, tr, dates); then {
		return o
	}
	out = append(out, ev)
	return f.impliedEvents(out, ev, tr, end)
}

// auditedSides reads the sides of an audit ("під час перевірки
// Держфініспекцією"): the body checked is the one it is done to, who checks
// the subject of the clause's verb. skip is where the trigger's arguments
// start; it returns it past the body checked.
func (f *finder) auditedSides(ev *vistka.Event, tr trig, skip int) int {
	if tr.audit {
		// the body checked is the one named after the noun; who
		// checks is the subject of the clause's verb
		g := f.entityAt(tr.at + 1)
		ev.Actors, ev.Recipients = nil, append(ev.Recipients, g)
		for j := range f.toks {
			if t := &f.toks[j]; finiteVerb(t) {
				ev.Actors = slices.DeleteFunc(f.subjects(j), func(a string) bool { return a == g })
				break
			}
		}
		if p := f.adjectivesBefore(tr.at) - 2; len(ev.Actors) == 0 && p > 0 && f.entityAt(p-1) != "" && f.entityAt(p-1) != g && f.ents.Type(f.entityAt(p-1)) == "ORG" {
			// "звернула увагу Держфініспекція під час перевірки": the
			// body right before the phrase of time, after its verb
			ev.Actors = []string{f.entityAt(p - 1)}
		}
		for skip = tr.at + 1; skip < len(f.toks) && f.entityAt(skip) == g; skip++ {
		}
	}
	return skip
}

// forcesSides reads the sides of forces that leave or are raised: the
// country a market is left by, the forces that leave a base or a port, and
// who puts troops, warships or warplanes on the move (a mover a form in -но,
// -то leaves unnamed: only the troops moved).
func (f *finder) forcesSides(ev *vistka.Event, tr trig) {
	if n := tr.noun; ev.Type == "RETREAT" && n >= 0 && f.low(n) == "ринок" && len(ev.Recipients) == 0 {
		// "залишила російський ринок": the country left
		if c := f.marketCountry(n); c != "" {
			ev.Recipients = []string{c}
		}
	}
	if n := tr.noun; ev.Type == "RETREAT" && tr.verb && n > tr.at && (f.low(n) == "база" || f.low(n) == "порт") {
		// "два судна Чорноморського флоту залишили порт Тартус": the
		// forces leave
		if k := f.militaryBefore(tr.at); len(ev.Actors) == 0 && k >= 0 {
			if a := cmp.Or(f.entityAt(k), f.nounPhrase(k)); a != "" {
				ev.Actors = []string{a}
			}
		}
	}
	if v := f.verb(tr.at); ev.Type == "MOBILIZE" && tr.verb && (v == "заступити" || v == "заступати") {
		// "дивізіон «Орєшніка» заступив на бойове чергування в
		// Білорусі": the country that puts it on duty (not the
		// weapon's name in quotes)
		ev.Actors = []string{}
		for j := tr.at + 1; j+1 < len(f.toks) && !endsSentence(&f.toks[j]); j++ {
			if e := f.entityAt(j + 1); (f.low(j) == "в" || f.low(j) == "у") && e != "" && f.ents.Type(e) == "LOC" {
				ev.Actors = []string{e}
				break
			}
		}
	}
	if k := f.warshipIn(tr.at); ev.Type == "MOBILIZE" && tr.verb && k >= 0 {
		// "у затоку увійшов російський корвет": the warship's
		// country, or its fleet, acts
		if a := f.warshipOwner(k); a != "" {
			ev.Actors = []string{a}
		}
	}
	if v := f.verb(tr.at); ev.Type == "MOBILIZE" && tr.verb && (v == "піднятися" || v == "підніматися") {
		// "над затокою піднялися в повітря два винищувачі": the
		// warplanes, or their country, act
		if k := f.aircraftUp(tr.at); k >= 0 {
			if a := cmp.Or(f.groupOf(k), f.nounPhrase(k)); a != "" {
				ev.Actors = []string{a}
			}
		}
	}
	if len(ev.Actors) == 0 && ev.Type == "MOBILIZE" {
		// "У Росії оголошено мобілізацію", "в Україні проводиться
		// мобілізація": the state raises its forces
		if c := f.countryIn(tr.at); c != "" {
			ev.Actors = append(ev.Actors, c)
		}
	}
	if len(ev.Actors) == 0 && len(ev.Recipients) == 0 && ev.Type == "MOBILIZE" && tr.verb && tr.noun > tr.at && strings.Contains(f.toks[tr.at].Tag, "impers") {
		// "До кордону перекинуто 40 тисяч військових": a form in -но,
		// -то names no mover, only the troops moved (people or a
		// unit, not the weapons: "розгорнуто дві батареї"; nor
		// rescue crews: "направлено 20 рятувальних підрозділів")
		if p := f.nounPhrase(tr.noun); p != "" && !f.rescueUnit(tr.noun) {
			ev.Recipients = []string{p}
		}
	}
}

// doerAfter reads a doer the frame found none for that stands after the
// trigger: a noun's doer after its light verb, the doer after a verb with
// the noun put first, and the speaker after a verb that closes quoted
// words. skip is where the trigger's arguments start; it returns it past a
// speaker right after the verb.
func (f *finder) doerAfter(ev *vistka.Event, tr trig, skip int) int {
	if len(ev.Actors) == 0 && !tr.verb && ev.Type != "AGREE" && ev.Type != "CONSULT" && ev.Type != "COOPERATE" {
		// "Санкції проти Росії було запроваджено Євросоюзом": the
		// doer of the noun's light verb in a passive form after it
		// (not of a joint one, done by its sides)
		if a := cmp.Or(f.nounAgent(tr.at), f.nounDoer(tr.at)); a != "" {
			ev.Actors = append(ev.Actors, a)
		}
	}
	if len(ev.Actors) == 0 && tr.verb && tr.fronted && !tr.passive {
		if a := f.lightDoer(tr.at); a != "" {
			ev.Actors = append(ev.Actors, a) // "Розслідування ведуть слідчі поліції": the doer after the verb
		} else if a := f.aidBodyAfter(tr.at); a != "" && ev.Type == "AID" {
			ev.Actors = append(ev.Actors, a) // "Фінансування ремонту забезпечить міська рада": a body after the verb
		}
	}
	if len(ev.Actors) == 0 && tr.verb && f.attributesQuote(tr.at) {
		// "«Ми зупинимо транзит», — пригрозив міністр Ласло Ковач": the
		// verb that closes words quoted has their speaker after it,
		// no one it is done to
		if a, first, last := f.speakerAfter(tr.at); a != "" {
			ev.Actors = append(ev.Actors, a)
			if first == tr.at+1 {
				skip = max(skip, last+1)
			}
		}
	}
	return skip
}

// withActors adds who acts with the actors read (the sender after від,
// the head of a delegation, who did it with the subject) and returns where
// the trigger's objects start: after the trigger and skip, and past a
// subject put after the verb.
func (f *finder) withActors(ev *vistka.Event, tr trig, skip, end int) int {
	from := max(tr.at+1, skip)
	if a := f.from(from, end); a != "" && ev.Type == "SUPPORT" {
		ev.Actors = []string{a} // передав вітання від Байдена
	}
	if l := f.ledBy(from, end); l != "" && len(ev.Actors) > 0 && !slices.Contains(ev.Actors, l) {
		ev.Actors = append(ev.Actors, l) // with its head: "делегація на чолі з X"
	} else if l := f.ledDelegation(tr.at); !tr.verb && ev.Type == "CONSULT" && l != "" && !slices.Contains(ev.Actors, l) {
		ev.Actors = append(ev.Actors, l) // "під час візиту делегації на чолі з X": the one who heads it
	}
	if tr.verb && !tr.passive && len(ev.Actors) > 0 && ev.Type != "COOPERATE" {
		// "Петро Коваль разом з Олафом Бекером відвідав Бучу": who
		// did it with the subject
		for _, c := range f.jointActors(tr.at, ev.Actors) {
			if !slices.Contains(ev.Actors, c) {
				ev.Actors = append(ev.Actors, c)
			}
		}
	}
	if tr.verb && !tr.passive && len(ev.Actors) > 0 {
		// "Проєкт фінансує уряд Японії": the subject after the verb is
		// no object of it
		from = max(from, f.invertedSubjectEnd(tr.at, ev.Actors))
	}
	return from
}

// objectsRead reads what the trigger is done to, where to and where from
// from, up to end (and the phrase of a noun put before the verb), with
// those put first: a target struck, whom a case is against, whom greeted
// or thanked. ok is false when what is greeted is a holiday, no one.
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
	if v := f.verb(tr.at); tr.verb && tr.noun >= 0 && f.low(tr.noun) == "фінансування" && v == "оголосити" && len(rec) == 0 {
		// "оголосили про фінансування систем IRIS-T для України" is
		// aid to the one named; "Міністерство оголосило про
		// фінансування нових шкіл", its own spending, is none
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

// meetingPlace returns place, or when it is empty where a meeting or a
// signing took place by what was told before: where the visitor met went,
// or the same day's meeting, signing or arrival.
func (f *finder) meetingPlace(ev *vistka.Event, tr trig, place string, dates []vistka.Date, out []vistka.Event) string {
	if place == "" && ev.Type == "CONSULT" && ev.Mode == "meet" && !f.has(phoneWords) && f.daysEarlier(dates, tr.at) == 0 {
		// "Пірц Мусар прибула до Києва. У палаці її зустрів
		// Зеленський": the visitor is met where the visit went (not
		// "За день до того він зустрівся …", before it)
		place = f.visitOf(append(slices.Clone(ev.Actors), ev.Recipients...))
	}
	if place == "" && (ev.Type == "CONSULT" || ev.Type == "AGREE") && f.sameDay() && !f.has(phoneWords) {
		// "Учора в Брюсселі … підписали угоду. Того ж дня ректорка
		// провела переговори": the same day's talks where the last
		// meeting or signing was
		place = f.lastPlace(out)
		if place == "" {
			place = f.dayPlace(dates)
		}
		if place == "" {
			place = f.arrivedThatDay(dates)
		}
		if place == "" {
			place = f.partyPlace(append(slices.Clone(ev.Actors), ev.Recipients...), f.lastDate(out, slices.Contains(ev.Aux, "future")))
		}
	}
	return place
}

// meetingMode sets how a meeting was held: by phone, through a mediator,
// many-sided, or between two; and the body whose gathering it is. It
// reports false for a speech at or a session of a gathering no one
// named.
func (f *finder) meetingMode(ev *vistka.Event, tr trig, participated bool) bool {
	if ev.Type == "CONSULT" && ev.Mode == "meet" {
		switch {
		case f.has(phoneWords):
			ev.Mode = "phone"
		case f.mediated() && !participated:
			// (the sides that took part, mediators listed after them,
			// met: "за участі представників Коордштабу, російської
			// сторони та турецьких посередників")
			ev.Mode = "third-party"
		case f.hasFormat(tr) && !(tr.verb && len(ev.Actors) == 1 && len(ev.Recipients) == 1 && f.ents.Type(ev.Recipients[0]) == "PERS"):
			// (one met one at a summit: "На саміті в Гаазі Зеленський
			// зустрівся з Мерцом" is their own meeting, as на полях
			// саміту is)
			ev.Mode = "multilateral"
		case f.blocGathering(tr):
			// "Міністри оборони країн НАТО обговорили внески": a
			// gathering of a group of states
			ev.Mode = "multilateral"
		case !tr.verb && len(ev.Actors) == 1 && len(ev.Recipients) == 0 && f.blocNamed(tr.at, ev.Actors[0]):
			// "Наступна зустріч «Рамштайну» запланована на лютий":
			// the meeting of an alliance or a format
			ev.Mode = "multilateral"
		case len(ev.Recipients) == 0 && f.threeStates(ev.Actors):
			// "Зустріч міністрів закордонних справ України, Польщі та
			// Литви відбулася у Варшаві": a meeting of three sides
			ev.Mode = "multilateral"
		}
	}
	if ev.Type == "CONSULT" && ev.Mode == "multilateral" && !tr.verb && f.low(tr.at) == "саміт" && f.twoSided(tr.at) {
		ev.Mode = "meet" // "саміт Україна – ЄС": a summit of two sides
	}
	if ev.Type == "CONSULT" && ev.Mode == "multilateral" && tr.verb && tr.noun > tr.at && len(ev.Recipients) == 0 {
		// "взяв участь у засіданні Ради ЄС", "у саміті НАТО": the body
		// whose gathering it is, as the one met
		if e := f.genitiveAfter(tr.noun); e != "" && entity.Index(e) >= 0 && !slices.Contains(ev.Actors, e) {
			ev.Recipients = append(ev.Recipients, e)
		} else if e := f.entityAt(tr.noun); e != "" && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "MISC") && strings.Contains(f.ents.Name(e), " ") && !slices.Contains(ev.Actors, e) {
			// "взяла участь у Конференції з відновлення України":
			// the gathering named, as the one met
			ev.Recipients = append(ev.Recipients, e)
		}
	}
	if ev.Type == "CONSULT" && ev.Mode == "multilateral" && tr.verb && tr.noun > tr.at && len(ev.Recipients) == 0 && spokeAt[f.verb(tr.at)] &&
		!f.capitalised(tr.noun) && !(isAdj(&f.toks[tr.noun-1]) && f.capitalised(tr.noun-1)) {
		// (a gathering named with a capital the model left untagged,
		// "виступила на відкритті Конференції з відновлення
		// України", "відкрив Міжнародний форум з відбудови громад",
		// is named)
		return false // "Він виступав на конференції": a speech at a gathering no one named
	}
	if ev.Type == "CONSULT" && tr.noun > tr.at && len(ev.Recipients) == 0 && f.low(tr.noun) == "сесія" {
		return false // "Студенти взяли участь у літній сесії": a session of no body named
	}
	return true
}

// doneByParties reports whether the event is one parties did: not the
// author's own doing or what is asked for, a theft, a body's own
// declaration, papers filed in court, or an arrival of nobody.
func (f *finder) doneByParties(ev *vistka.Event, tr trig, end int) bool {
	if tr.verb && (f.firstPerson(tr.at) || f.withAuthor(tr.at) || f.requested(tr.at)) {
		// "ми поговорили з піаністом", "запросив мене", "зі мною
		// погодяться": the author's doing; "закликає допомогти":
		// what is asked for
		return false
	}
	if v := f.verb(tr.at); (v == "викрасти" || v == "викрадати") && !slices.ContainsFunc(ev.Recipients, func(r string) bool { return f.ents.Type(r) == "PERS" || f.ents.Type(r) == "" }) {
		return false // "викрали авто", "викрадав гроші": theft, not an abduction
	}
	if vt := f.toks[tr.at].Tag; ev.Type == "AGREE" && tr.noun >= 0 && f.low(tr.noun) == "декларація" && f.verb(tr.at) == "ухвалити" &&
		len(ev.Actors) < 2 && !strings.HasSuffix(vt, ":p") && !strings.Contains(vt, ":p:") && !f.joint(tr.noun) {
		return false // "Парламент ухвалив декларацію, в якій вимагає …": a body's own statement, no agreement
	}
	if ev.Type == "ACCUSE" && tr.noun >= 0 && scan.ToLower(f.toks[tr.noun].Lemma) == "суд" && f.filedThing(tr.at, end) {
		return false // "подав до суду документи": papers handed in, no one sued; "подала до суду позов": the claim's event
	}
	if ev.Mode == "visit" && tr.verb && len(ev.Actors) == 0 {
		return false // "обладнання прибуде до Миколаєва": nobody comes
	}
	return true
}

// aidGiven reads who gives what is paid for with a loan and reports
// whether aid or its like is given: not a body's own spending or routine
// pay, a consent, a transfer to no one, a grant or payment to no one
// named.
func (f *finder) aidGiven(ev *vistka.Event, tr trig, end int) bool {
	lender := ""
	if f.spendGuarded(tr) && len(ev.Actors) == 0 {
		if lender = f.lentFrom(tr.at, end); lender != "" {
			// "Закупівлю профінансують за рахунок кредиту Ексімбанку
			// США": the lender gives, not one named after it
			ev.Actors = []string{lender}
			ev.Recipients = slices.DeleteFunc(ev.Recipients, func(r string) bool { return r == lender })
		}
	}
	if f.spendGuarded(tr) && len(ev.Recipients) == 0 && ev.Place == "" && lender == "" &&
		!slices.ContainsFunc(ev.Actors, func(a string) bool { return f.ents.Type(a) == "LOC" || f.donor(a) }) {
		// (a donor body that pays gives too: "Світовий банк
		// погодився профінансувати ремонт ще 40 мостів")
		return false // "мерія фінансує ремонт доріг": spending, no one aided; a country that pays gives
	}
	if f.spendGuarded(tr) && len(ev.Actors) == 0 && f.actFunds(tr.at) {
		return false // "ухвалив бюджет, який фінансуватиме федеральний уряд": a budget law spends, no one gives
	}
	if f.spendGuarded(tr) && f.ownWorkFunded(tr.at) {
		return false // "агрохолдинг спонсорує власну футбольну команду": paying for one's own, no aid
	}
	if f.spendGuarded(tr) && f.customerPays(tr.at) {
		return false // "Фінансував роботи замовник – ДП «Альфа»": paying for a service ordered, no aid
	}
	if ev.Type == "AID" && tr.noun >= 0 && f.low(tr.noun) == "надання" && f.verb(tr.at) == "погодити" && !f.hasMoney(tr.noun, end) {
		ev.Type = "AGREE" // "погодила надання земельної ділянки": a consent, no aid
	}
	if ev.Type == "AID" && tr.noun >= 0 && handedOver[f.low(tr.noun)] && len(ev.Recipients) == 0 {
		return false // "оголосили про передачу справи": aid only to one named
	}
	if ev.Type == "AID" && tr.verb && tr.noun >= 0 && f.low(tr.noun) == "грант" && len(ev.Recipients) == 0 && !slices.ContainsFunc(ev.Actors, f.donor) &&
		!f.hasMoney(tr.at, end) {
		// "Міська рада надала гранти за програмою підтримки бізнесу": a
		// body's spending, no one named ("виділила 6 млн гривень на
		// гранти для ветеранського бізнесу" is told by its sum)
		return false
	}
	if ev.Type == "AID" && tr.noun >= 0 && slices.Contains(payNouns, f.low(tr.noun)) && receives[f.verb(tr.at)] && len(ev.Actors) == 0 {
		return false // "молоді вчителі отримуватимуть доплату", "кожна сім'я отримає виплату": no payer named (the golds' optional at most)
	}
	if ev.Type == "AID" && tr.noun >= 0 && slices.Contains(payNouns, f.low(tr.noun)) && (f.wagesOf(tr.noun) ||
		len(ev.Recipients) == 0 && !slices.ContainsFunc(ev.Actors, f.donor) && !f.hasMoney(tr.at, end) ||
		!gives[f.verb(tr.at)] && f.afterPrep(tr.noun) || f.afterNoun(tr.noun, tr.at)) {
		// "Пенсійний фонд розпочав виплату пенсій за грудень": a
		// body's routine, no one named; "розпочала виплату зарплат
		// працівникам": an employer's pay; "отримають у березневій
		// виплаті": where, not what is got; "не надав доказів
		// виплати": another noun's
		return false
	}
	if ev.Type == "AID" && tr.noun >= 0 && (f.low(tr.noun) == "виділення" || f.low(tr.noun) == "надання") && len(ev.Recipients) == 0 &&
		!f.hasMoney(tr.noun, end) {
		r := ""
		if f.decisionOf(tr.noun) {
			// "Кошти фонд отримав як фінансову підтримку. Рішення
			// про виділення грошей ухвалювала міська рада": the
			// one that got the money, told just before
			r = f.receivedBefore()
		}
		if r == "" {
			return false // "оголосила про виділення коштів на міст": no one aided, no sum
		}
		ev.Recipients = []string{r}
	}
	return true
}

// metOrVisited reports whether talks or a visit took place with someone
// or somewhere: not an interview, a language spoken, a trip of the public,
// a habit, guests of a ceremony, or a host's welcome.
func (f *finder) metOrVisited(ev *vistka.Event, tr trig) bool {
	if ev.Type == "CONSULT" && tr.verb && talkVerbs[f.verb(tr.at)] && (f.outletSubject(tr.at) || f.pressPartner(tr.at) || f.orgInterviews(tr.at, *ev)) {
		// "Портал … поспілкувався з заступником голови", "директор
		// погодився поспілкуватися зі ЗМІ": an interview, no meeting
		return false
	}
	if ev.Type == "CONSULT" && tr.verb && talkVerbs[f.verb(tr.at)] && len(ev.Recipients) == 0 && f.inLanguage(tr.at) {
		return false // "розмовляв лише німецькою": the language one speaks, no talk with anyone
	}
	if ev.Mode == "visit" && tr.noun < 0 && len(ev.Recipients) == 0 && ev.Place == "" && !(tr.verb && f.openingCome(tr.at) && f.nationalGuest(ev.Actors)) {
		// "часто відвідував джазові концерти": nobody and nowhere
		// visited; "Коли активісти прибули, …", "прибули додому":
		// an arrival with no one and nowhere to visit (a minister
		// come to an opening visits the town it is in, which the
		// text may name before: see nationalGuest)
		return false
	}
	if ev.Mode == "visit" && tr.verb && len(ev.Recipients) == 0 && f.ordinaryVisitors(tr.at) {
		return false // "туристи відвідали музей": people at a place, no party visited
	}
	if ev.Mode == "visit" && tr.verb && len(ev.Recipients) == 0 && f.habitualVisit(tr.at) {
		return false // "бував декілька разів — прилітав сюди": a habit, no visit that took place
	}
	if ev.Mode == "visit" && tr.verb && len(ev.Recipients) == 0 && f.toCelebration(tr.at) && !(f.openingCome(tr.at) && f.nationalGuest(ev.Actors)) {
		return false // "на урочисте відкриття завітали …": guests of a ceremony
	}
	if ev.Type == "SUPPORT" && tr.verb && f.welcomedGuests(tr.at) {
		return false // "учасників фестивалю привітав ректор": a host's welcome
	}
	return true
}

// toldAsDone reads the event's aux and reports whether it is told as
// done: not an attack by animals, damage with no attack, a condition or a
// threat's demand, a question, what one would or should do, a rule or a
// habit.
func (f *finder) toldAsDone(ev *vistka.Event, tr trig, end int) bool {
	if ev.Type == "ASSAULT" && tr.verb && f.beastAssault(tr.at, end) {
		// "слимаки атакують городи", "убила кількох зайців": animals
		// and pests are no parties, and the idiom is no attack
		return false
	}
	if damages[f.verb(tr.at)] && (tr.passive || strings.Contains(f.toks[tr.at].Tag, "impers") || !slices.ContainsFunc(ev.Actors, f.hostile)) {
		// "буря пошкодила лінії": no attack; "атакували Одесу,
		// пошкоджено судна": the attack told, not another
		return false
	}
	ev.Aux = f.aux(tr)
	if v := f.verb(tr.at); tr.verb && (v == "допустити" || v == "допускати") {
		// "не допустило фірму до участі": the rejection done, not negated
		ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
	}
	if v := f.verb(tr.at); ev.Type == "REJECT" && tr.verb && (v == "виконати" || v == "виконувати") {
		// "не виконуватиме резолюцію": the не is the refusal's own
		ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
	}
	if ev.Type == "THREATEN" && tr.verb && f.notUnanswered(tr.at) {
		// "не залишиться без відповіді": the не is the threat's own
		ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
	}
	if f.unmetCondition(tr.at) && f.threatCondition(tr.at) {
		// "пригрозив Литві відповіддю, якщо Вільнюс не скасує
		// обмеження": what a threat demands is not done (with no
		// threat before it the condition stays a hypothetical event)
		return false
	}
	if c := f.conditionEnd(tr.at); c >= 0 && f.promisedAfter(c) {
		return false // "якби мер не скасував рішення, активісти пообіцяли …": the demand, not done
	}
	if slices.Contains(ev.Aux, "hypothetical") && f.threatCondition(tr.at) {
		return false // "пригрозив …, якщо Угорщина не скасує заборону": the condition, no event
	}
	if f.inCondition(tr.at) {
		return false // "Якщо донори погодяться, установки можуть прибути": the condition, no event
	}
	if n := tr.noun; ev.Type == "SANCTION" && n >= 0 && f.toks[n].Lemma == "заборона" && !f.tradeBan(n) {
		return false // "запровадила заборону на продаж алкоголю": a rule at home, no sanction
	}
	if f.passedOnRequest(tr) {
		return false // "пообіцяв передати прохання Києва до Білого дому": another's request carried, no request of the carrier
	}
	if f.inQuestion(tr.at) {
		return false // "Чи погодиться Вашингтон, поки невідомо": asked, not told, no event
	}
	if tr.verb && f.conditionalMood(tr.at) {
		return false // "він охоче зустрівся б із ними": what one would do, no event
	}
	if tr.verb && f.shouldHave(tr.at) {
		return false // "уряд мав би спершу обговорити механізм": what should have been done, no event
	}
	if tr.verb && f.teamWithheld(tr.at) {
		// the boycott is the team withheld, no negated event
		ev.Aux = slices.DeleteFunc(ev.Aux, func(a string) bool { return a == "negation" })
	}
	if tr.verb && f.neverDoes(tr.at) {
		return false // "працівники банку ніколи не просять назвати пароль": a rule, no event
	}
	if tr.verb && f.habit(tr.at) && (f.thisTime() || !slices.ContainsFunc(ev.Actors, f.specificSide)) {
		// "При розрахунках вони зустрічалися лише вдвох": a habit, no
		// event; a named side's or a specific group's habit
		// ("окупанти зазвичай обстрілюють Нікополь") is one the news
		// keeps, unless it is the foil of what was done this time
		// ("зазвичай підтримує законопроєкти, однак цього разу …")
		return false
	}
	return true
}

// admittedOrRefused turns consent not given into a rejection and reports
// false for a guilt not admitted, consent found missing, a sum of what was
// told, and results recognised.
func (f *finder) admittedOrRefused(ev *vistka.Event, tr trig) bool {
	if n := tr.noun; ev.Type == "CONCEDE" && n >= 0 && (f.low(n) == "вина" || f.low(n) == "провина") &&
		(slices.Contains(ev.Aux, "negation") || f.reasonBefore(tr.at) || f.inPart(tr.at)) {
		// "провину не визнав": no confession; "звільнив, тому що …
		// свою вину визнав": a reason given for a ruling; "провину
		// визнав частково": a partial admission, no concession
		return false
	}
	if v := f.verb(tr.at); (ev.Type == "SUPPORT" || ev.Type == "AGREE") && slices.Equal(ev.Aux, []string{"negation"}) && refused[v] {
		// "не погодився з позицією прокурорів", "райрада не
		// погодила продовження оренди": a rejection ("не
		// підтримали" stays support negated)
		ev.Type, ev.Aux = "REJECT", []string{}
		if f.foundThat(tr.at) {
			// "Суд встановив, що виділення ділянки не було
			// погоджено з департаментом": consent found missing, a
			// finding, no refusal
			return false
		}
	}
	if len(ev.Actors) == 0 && f.summedUp() && slices.ContainsFunc(f.before, func(b vistka.Event) bool { return b.Type == ev.Type }) {
		// "Відділення наклало 544 тис. грн штрафу на компанії. …
		// Таким чином, сумарно фірми отримали 544 тис. грн штрафу":
		// the sum of what was told, no new event
		return false
	}
	if v := f.verb(tr.at); ev.Type == "SUPPORT" && recognise[v] && !slices.Contains(ev.Aux, "negation") &&
		tr.noun >= 0 && f.low(tr.noun) == "результат" {
		return false // "визнав порушення … та спотворення результатів торгів": only results refused are told
	}
	return true
}

// givenOrForced turns the sides of a loan from a bank, names the towns
// money is allotted to, and reports false for lending as a business, a
// paper about a loan, a benefit raised, a bribe, circumstances that force,
// a convoy, and spending with no donor.
func (f *finder) givenOrForced(ev *vistka.Event, tr trig, out []vistka.Event) bool {
	if ev.Type == "AID" && tr.noun >= 0 && f.lentToClients(tr.noun) && !slices.ContainsFunc(ev.Actors, f.donor) {
		// "банкам забороняється надавати клієнтам кредити": lending
		// as a business (not "Японія надала кредити українським банкам")
		return false
	}
	if ev.Type == "AID" && tr.noun >= 0 && loanNouns[f.low(tr.noun)] && !slices.ContainsFunc(ev.Actors, f.donor) && slices.ContainsFunc(ev.Recipients, f.lender) {
		// "Кабмін схвалив угоду з ЄІБ про кредит": the bank lends,
		// the borrower who signs with it is given the loan
		ev.Actors, ev.Recipients = ev.Recipients, ev.Actors
	}
	if ev.Type == "AID" && tr.verb && tr.noun > 0 && f.low(tr.noun-1) == "про" && gives[f.verb(tr.at)] {
		return false // "надала подрузі розписку про позику": a paper about the loan given, no loan
	}
	if ev.Type == "AID" && tr.verb && aidIncreases[f.verb(tr.at)] && len(ev.Recipients) == 0 {
		return false // "уряд збільшив допомогу при народженні дитини": a benefit raised, no one given it
	}
	if ev.Type == "AID" && f.bribeIn(tr.at) {
		return false // "отримав від фірми понад 420 тис грн неправомірної вигоди": a bribe
	}
	if ev.Type == "COERCE" && len(ev.Actors) == 0 && forcers[f.verb(tr.at)] && !f.byForce() {
		// "необхідність економити змушує посадовців відмовлятися від
		// програм": circumstances, no one coerced them
		return false
	}
	if ev.Type == "CONSULT" && ev.Mode == "visit" && len(ev.Actors) == 1 && f.vehicle(ev.Actors[0]) {
		return false // "конвой ООН приїжджав туди у вересні": a convoy comes, it visits no one
	}
	if tr.donor && len(ev.Recipients) == 0 && allots[f.verb(tr.at)] && !slices.ContainsFunc(ev.Actors, f.donor) && slices.ContainsFunc(ev.Actors, f.publicPurse) && !f.allottedFor(tr.at, ev.Actors) {
		ev.Recipients = f.allottedTowns(tr.at, ev.Actors) // "спрямував 1,5 млрд гривень на ремонт тепломереж у Харкові та Сумах"
	}
	if tr.donor && !slices.ContainsFunc(ev.Actors, f.donor) && !(tr.help && len(ev.Recipients) == 0 && f.firmMentioned(ev.Actors, tr.at)) &&
		!(allots[f.verb(tr.at)] && len(ev.Actors) > 0 && !slices.ContainsFunc(ev.Actors, f.publicPurse) && f.purposeToldBefore(tr.at)) &&
		!(allots[f.verb(tr.at)] && slices.ContainsFunc(ev.Actors, f.publicPurse) && (len(ev.Recipients) > 0 || f.allottedFor(tr.at, ev.Actors))) &&
		!(tr.verb && gives[f.verb(tr.at)] && len(ev.Recipients) > 0 && slices.ContainsFunc(ev.Actors, f.charity)) &&
		!(tr.verb && gives[f.verb(tr.at)] && len(ev.Recipients) > 0 && slices.ContainsFunc(ev.Actors, func(a string) bool { return f.guest(a, out) })) &&
		!(tr.sender != "" && f.ents.Type(tr.sender) == "LOC") {
		// (relief sent by a town is its gift, as a country's is:
		// "до Луцька прибула гуманітарна колона з Любліна", "надійшла
		// допомога від Любліна"; a firm that helps do something for no one named gives:
		// "компанія Metinvest, яка допомагала відновити систему ППО")
		return false // "мерія спрямувала 13 млн грн на ремонт": spending
	}
	return true
}

// meetingSetting gives an event with no place or date of its own, and
// no aux, the place and date of the meeting, summit or talks whose sides
// did it just before.
func (f *finder) meetingSetting(ev *vistka.Event, out []vistka.Event) {
	if ev.Type != "CONSULT" && (ev.Place == "" || ev.Date == "") && len(ev.Aux) == 0 {
		// "Своєю чергою держсекретар висловив подяку Токаєву": what
		// the sides of the meeting just told did to each other, they
		// did there and then.
		if m := f.meetingOf(*ev, out); m != nil {
			place, date := f.dl.of(m)
			ev.Place = cmp.Or(ev.Place, place)
			ev.Date = cmp.Or(ev.Date, date)
		} else if m := f.summitOf(*ev, out); m != nil {
			ev.Place = cmp.Or(ev.Place, m.Place)
			ev.Date = cmp.Or(ev.Date, m.Date)
		} else if _, m := f.lastMeeting(out); m != nil && ev.Type == "AGREE" && m.Type == "CONSULT" && m.Sentence.Start >= f.a.Sentences[max(f.s-2, 0)].RStart && f.afterTalks() {
			// "Зеленський зустрівся з Туском у Варшаві в четвер. За
			// підсумками переговорів було підписано угоду. Від імені
			// уряду документ підписав міністр …": signed there and then
			place, date := f.dl.of(m)
			ev.Place = cmp.Or(ev.Place, place)
			ev.Date = cmp.Or(ev.Date, date)
		}
	}
}

// notRetold reports whether the event is not one told before: a noun
// naming again what was told, a visit or meeting told again, what a visit
// or a meeting just told is for.
func (f *finder) notRetold(ev *vistka.Event, tr trig, out []vistka.Event) bool {
	if !tr.verb && len(ev.Actors) == 0 && f.typeBefore(ev.Type, out) && !f.newTarget(*ev, out) && !f.leadRetells(ev.Type, out) && !(tr.noun >= 0 && len(ev.Recipients) > 0 && f.countedHeld(tr.noun, tr.k)) &&
		!(ev.Type == "AID" && tr.noun >= 0 && f.low(tr.noun) == "навчання") {
		// "обмеження покликані позбавити Кремль коштів": the
		// sanctions just told, named again by a noun with no actor
		// (not "Відбулася низка зустрічей з …" after a visit:
		// meetings of their own; nor training after arms given,
		// "навчання українських пілотів уже розпочалося", aid of its
		// own)
		return false
	}
	if !tr.verb && (tr.during || ev.Place == "" && len(ev.Recipients) == 0) && f.repeats(*ev) && !f.newPartner(*ev, tr) {
		// "це перший візит Блінкена": the visit already told; "під
		// час зустрічі Пісторіус оголосив": the meeting just told
		return false
	}
	if k := len(out) - 1; tr.verb && ev.Type == "CONSULT" && ev.Mode == "meet" && len(ev.Recipients) == 0 && topicVerbs[f.verb(tr.at)] &&
		k >= 0 && out[k].Mode == "visit" && slices.Equal(out[k].Actors, ev.Actors) && tr.at > 0 && (f.low(tr.at-1) == "який" || f.low(tr.at-1) == "котрий") {
		// "має прибути Арарат Мірзоян, який обговорить підготовку
		// угоди": what the visit is for, no meeting of its own
		return false
	}
	if k := len(out) - 1; tr.verb && ev.Type == "CONSULT" && topicVerbs[f.verb(tr.at)] && k >= 0 && out[k].Type == "CONSULT" && f.duringWhich(tr.at) {
		// "провів зустріч з головою місії МВФ, під час якої сторони
		// обговорили умови програми": what the meeting just told
		// discussed, no meeting of its own (nor of the sides named
		// in an earlier sentence)
		return false
	}
	return true
}

// sittingMode sets the mode of a sitting or conference held (the body a
// person chairs, two sides' joint one, a many-sided meeting) and reports
// false for a body sitting or holding a conference alone.
func (f *finder) sittingMode(ev *vistka.Event, tr trig) bool {
	if v := f.verb(tr.at); tr.verb && (v == "провести" || v == "проводити") && tr.noun >= 0 && f.low(tr.noun) == "засідання" &&
		len(ev.Actors) < 2 && !f.jointBody(tr.noun+1) && !f.bodyOfTwo(tr.noun+1) {
		b := f.chairedBody(tr, ev.Actors)
		if b == "" {
			return false // "Кабінет міністрів провів засідання": a body sitting alone
		}
		// "Гайворонський провів засідання обласної ради оборони": a
		// person chairs a body's sitting, meeting its members
		ev.Mode = "meet"
		if !slices.Contains(ev.Recipients, b) {
			ev.Recipients = append(ev.Recipients, b)
		}
	}
	if v := f.verb(tr.at); tr.verb && v == "провести" && tr.noun >= 0 && (f.low(tr.noun) == "конференція" || f.low(tr.noun) == "засідання") {
		held := tr.at // (the plural verb an infinitive hangs on: "планують провести")
		if strings.Contains(f.toks[held].Tag, ":inf") && held > 0 && finiteVerb(&f.toks[held-1]) {
			held--
		}
		joint := f.jointSubject(held)
		if !joint && f.low(tr.noun) == "конференція" {
			return false // "Університет провів конференцію": its own gathering, no sides meet
		}
		if joint && ev.Mode == "multilateral" && len(ev.Actors) == 2 && len(ev.Recipients) == 0 {
			// "Україна та ЄС провели міжурядову конференцію",
			// "провели спільне засідання урядів": a meeting of the two
			ev.Mode = "meet"
		}
	}
	if tr.noun >= 0 && f.low(tr.noun) == "засідання" && ev.Mode == "multilateral" && (f.jointBody(tr.noun+1) && len(ev.Actors)+len(ev.Recipients) <= 2 || f.bodyOfTwo(tr.noun+1)) {
		// "засідання спільної міжурядової комісії" of two states,
		// "засідання Ради асоціації Україна – ЄС"
		ev.Mode = "meet"
	}
	if tr.noun > 0 && ev.Type == "CONSULT" && ev.Mode == "meet" && manySided(f.low(tr.noun-1)) {
		ev.Mode = "multilateral" // "провели тристоронню зустріч"
	}
	return true
}

// eachMet marks separate meetings by a go-between, and splits meetings
// with several (зустрічі з X і Y) into one with each, appended to out; each
// is whether it did.
func (f *finder) eachMet(out []vistka.Event, ev *vistka.Event, tr trig) ([]vistka.Event, bool) {
	if tr.noun > 0 && ev.Type == "CONSULT" && len(ev.Recipients) > 1 && f.low(tr.noun) == "зустріч" && f.low(tr.noun-1) == "окремий" {
		// "провів окремі зустрічі з українською та російською
		// делегаціями": a go-between meeting each side
		ev.Mode = "third-party"
	} else if tr.noun >= 0 && ev.Type == "CONSULT" && len(ev.Recipients) > 1 && f.low(tr.noun) == "зустріч" && strings.Contains(f.toks[tr.noun].Tag, ":p:") {
		// "провів зустрічі з X і Y": a meeting with each (a country
		// with the person after it, whose title names it: "з послом
		// України в НАТО Вадимом Пристайком")
		for n := 0; n < len(ev.Recipients); n++ {
			one := *ev
			one.Recipients = []string{ev.Recipients[n]}
			if f.ents.Type(ev.Recipients[n]) == "LOC" && n+1 < len(ev.Recipients) && f.ents.Type(ev.Recipients[n+1]) == "PERS" {
				one.Recipients = slices.Clone(ev.Recipients[n : n+2])
				n++
			}
			one.Actors, one.Aux = slices.Clone(ev.Actors), slices.Clone(ev.Aux)
			if one.Mode == "multilateral" && tr.verb && len(one.Actors) == 1 && f.ents.Type(one.Recipients[len(one.Recipients)-1]) == "PERS" {
				// "узяв участь у засіданні Ради ЄС і провів зустрічі з
				// Каллас та Рютте": one met each, as one who met one
				// at a summit (see hasFormat above)
				one.Mode = "meet"
			}
			out = append(out, one)
		}
		return out, true
	}
	return out, false
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

// publicEvent reports whether the event is not a private one (a
// suggestion, two private people meeting, a story's stranger) nor the
// participants' or a grievance with no one named.
func (f *finder) publicEvent(ev *vistka.Event, tr trig) bool {
	if ev.Type == "REQUEST" && f.privateAsking(*ev) {
		return false // "подруга запропонувала мамі пройти обстеження": a private suggestion
	}
	if f.privateMeeting(*ev, tr) {
		return false // "Олександр Фредро зустрів Софію Скарбек": two private people
	}
	if f.privateLone(*ev) {
		return false // "Нічний гість попросив відвезти його у центр": a story's stranger
	}
	if ev.Type == "CONSULT" && len(ev.Recipients) == 0 && len(ev.Actors) == 1 && scan.ToLower(ev.Actors[0]) == "учасники" {
		// "Учасники обговорили програму": the participants of a
		// meeting told before, which names them; no side named here
		return false
	}
	if ev.Type == "ACCUSE" && len(ev.Recipients) == 0 && f.complaint(tr) {
		// "мешканці скаржаться на низький тиск води", "подали понад
		// 300 скарг": a grievance with no one it is against or
		// brought to is no accusation
		return false
	}
	return true
}

// thenMet splits a meeting with one and then another, the verb left out
// ("з X, а згодом – з Y"), into two appended to out; then is whether it
// did.
func (f *finder) thenMet(out []vistka.Event, ev *vistka.Event, tr trig, dates []vistka.Date) ([]vistka.Event, bool) {
	if ev.Type == "CONSULT" && ev.Mode == "meet" && len(ev.Recipients) > 1 {
		if j, k := f.thenWith(tr.at); j >= 0 {
			// "провів зустріч з верховною представницею ЄС Каєю
			// Каллас, а згодом – з міністром закордонних справ
			// Нідерландів": a second meeting, the verb left out
			var first, then []string
			for _, r := range ev.Recipients {
				if f.mentionedIn(r, k, len(f.toks)) && !f.mentionedIn(r, tr.at, j) {
					then = append(then, r)
				} else {
					first = append(first, r)
				}
			}
			if len(first) > 0 && len(then) > 0 {
				ev.Recipients = first
				out = append(out, *ev)
				next := *ev
				next.Actors, next.Recipients, next.Aux = slices.Clone(ev.Actors), then, slices.Clone(ev.Aux)
				next.TriggerSpan = &vistka.Range{Start: f.toks[j].RStart, End: f.toks[k].REnd}
				next.Trigger = f.text(j, k+1)
				if day, ok := f.dayIn(dates, j+1, k); ok {
					// ", а 25 листопада – з Пауеллом": its own day, and
					// not the place the first conjunct was given
					next.Date = day
					if ev.Place != "" && f.mentionedIn(ev.Place, tr.at, j) {
						next.Place = ""
					}
				}
				out = append(out, next)
				return out, true
			}
		}
	}
	return out, false
}

// impliedEvents appends to out, after ev, the events ev implies: a second
// giver's gift, aid a grant agreement gives, a second appeal, a threat
// held out by a protest or a step on refusal, an accusation back.
func (f *finder) impliedEvents(out []vistka.Event, ev vistka.Event, tr trig, end int) []vistka.Event {
	if ev.Type == "AID" && tr.verb && receives[f.verb(tr.at)] {
		if g, j, k := f.secondGiver(tr.at, ev.Actors, ev.Recipients); g != "" {
			// "отримала від компанії Siemens томограф, а також ліки від
			// фонду «Таблеточки»": a gift of its own by the second giver
			next := ev
			next.Actors, next.Recipients, next.Aux = []string{g}, slices.Clone(ev.Recipients), slices.Clone(ev.Aux)
			next.TriggerSpan = &vistka.Range{Start: f.toks[j].RStart, End: f.toks[k].REnd}
			next.Trigger = f.text(j, k+1)
			out = append(out, next)
		}
	}
	if aid, ok := f.grantAgreed(ev, tr.noun, end); ok && !f.repeats(aid) {
		// (not aid by the same givers told before: "Японія надала
		// Україні $300 млн … у березні Японія підписала угоду про
		// надання ще $1,2 млрд" restates the giving)
		out = append(out, aid)
	}
	if v := f.verb(tr.at); ev.Type == "REQUEST" && tr.noun < 0 && (v == "звернутися" || v == "звертатися") {
		if j, k, r := f.alsoTurnedTo(tr.at); r != "" && !slices.Contains(ev.Recipients, r) {
			// "звернулася до партій щодо …, а також – до МВС
			// стосовно …": the verb left out, a second appeal
			also := ev
			also.Actors, also.Recipients, also.Aux = slices.Clone(ev.Actors), []string{r}, slices.Clone(ev.Aux)
			also.TriggerSpan = &vistka.Range{Start: f.toks[j].RStart, End: f.toks[k].REnd}
			also.Trigger = f.text(j, k+1)
			out = append(out, also)
		}
	}
	if ev.Type == "PROTEST" && len(ev.Actors) > 0 && slices.Contains(ev.Aux, "future") && !f.afterUnmetCondition(tr.at) && (f.unmetOpening(tr.at) || f.promisedUnless(tr.at)) {
		// "Якщо цього не зроблять, працівники проведуть
		// попереджувальний страйк": a protest held out if a demand is
		// not met is a threat of protest (CAMEO 133), none held
		out[len(out)-1] = threatOf(ev)
	}
	if ev.Type != "THREATEN" && len(ev.Actors) > 0 && slices.Contains(ev.Aux, "future") && (f.onRefusal(tr.at) || f.afterUnmetCondition(tr.at)) {
		if f.unmetConditionWord(tr.at) == "якби" {
			// "якби мер не скасував рішення, активісти пообіцяли
			// влаштувати пікет": the condition is contrary to fact,
			// so the threat is all there is; the picket will not be
			out[len(out)-1] = threatOf(ev)
		} else if w := f.warnedClause(tr.at); w < 0 || f.warnerActs(w, ev.Actors) {
			// (in what a warning says that others will do, "Організатори
			// попередили, що в разі ігнорування вимог до протесту
			// долучаться аграрії", the warner's threat is the warning
			// itself)
			out = append(out, threatOf(ev)) // "в разі відмови Кишинів звернеться до ГА ООН": a threat
		}
	}
	if tr.verb && !tr.passive && ev.Type == "ACCUSE" && len(ev.Actors) == 1 && len(ev.Recipients) == 1 {
		if j, k := f.inTurn(tr.at); j >= 0 {
			// "Хомко звинувачував Стасюка у популізмі, а той, у свою
			// чергу, у бажанні …": the one accused accuses back
			back := ev
			back.Actors, back.Recipients = slices.Clone(ev.Recipients), slices.Clone(ev.Actors)
			back.TriggerSpan = &vistka.Range{Start: f.toks[j].RStart, End: f.toks[k].REnd}
			back.Trigger = f.text(j, k+1)
			out = append(out, back)
		}
	}
	return out
}
