package event

import (
	"cmp"
	"slices"

	"github.com/vistka/vistka"
)

// eventFor builds the event of trigs[n], the sentence's triggers in text
// order: its sides, what it is done to, place and date, and appends it
// (with any event it implies) to out, the events found so far. sent is the
// sentence and sentVisit the visit it is set in ("Під час візиту …"), if any.
// It runs in phases, each a method of its own: the sides (eventsides.go),
// what it is done to and the sides some verbs turn (eventobjects.go), the
// place and the mode of a meeting (eventmode.go), the date and aux, each
// phase that may drop the event saying whether it is kept (eventkept.go);
// then the events it implies (impliedEvents, below).
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
