package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// objectsOf returns rec, the ones the event ev of trigger tr (its clause
// ending at end) is done to as its objects named them, mended and, where
// they named none, read elsewhere: the parties of a document signed, the
// ones coerced or released, the object fronted before a verb with no
// subject (impAgent the instrumental doer of an impersonal form), the one
// sued, pressed, sent away, attacked (out are the sentence's events so
// far), protested against. It may set ev's actors on the way.
func (f *finder) objectsOf(ev *vistka.Event, tr trig, rec []string, impAgent string, end int, out []vistka.Event) []string {
	rec = slices.DeleteFunc(rec, func(r string) bool { return slices.Contains(ev.Actors, r) || f.sentToCourt(tr, r) || f.pactName(r) })
	if len(rec) == 0 && ev.Type == "REJECT" && tr.verb && !tr.passive && len(ev.Actors) > 0 {
		// "відмовився виконувати рішення Київради", "Рада ухвалила
		// постанову. … Уряд відхилив постанову": the body that passed
		// the act rejected, when the text names it
		if n := f.rejectedAct(tr, end); n >= 0 {
			if e := f.actPassedBy(n, end); e != "" && !slices.Contains(ev.Actors, e) {
				rec = append(rec, e)
			}
		}
	}
	if ev.Type == "AGREE" && len(ev.Actors) == 0 && len(rec) == 0 {
		// "Угоду між Україною та Данією підписали у Копенгагені":
		// the parties of the document signed by no one named
		n := tr.noun
		for j := tr.at - 1; n < 0 && j > 0 && f.toks[j].Kind != vistka.Punct; j-- {
			if f.low(j) == "між" {
				n = j - 1
			}
		}
		if n >= 0 {
			ev.Actors = f.partiesOf(n)
		}
	}
	if tr.passive && !tr.setOff && !(tr.agented && tr.doneTo == "") {
		rec = nil
	}
	if len(rec) == 0 && tr.verb && !tr.passive && (coerced[ev.Type] || ev.Type == "RETREAT" && ev.Mode == "release") && (objectFirstForm(f.toks[tr.at].Tag) || strings.HasPrefix(f.toks[tr.at].Tag, "adv")) {
		if k := f.objectHead(f.adverbsBefore(f.timeBefore(f.adverbsBefore(f.auxBefore(tr.at)))) - 1); k >= 0 && f.clauseOpens(f.allBefore(f.modifiersBefore(k))) {
			// "Директора фірми «Альфа» затримали": the person put first,
			// with the firm the name after him belongs to (adv: an
			// impersonal form the tagger read as an adverb, затримано)
			rec = append(rec, cmp.Or(f.objectPhrase(k, tr), f.low(k)))
		}
	}
	if len(rec) == 0 && len(ev.Actors) == 1 && tr.verb && !tr.passive && coerced[ev.Type] && pluralTag(f.toks[tr.at].Tag) {
		// (past the place it was done in too: "Комунальне
		// підприємство в Черкасах оштрафували")
		if k := f.frontedThing(f.placeEndingAt(f.adverbsBefore(f.timeBefore(f.adverbsBefore(f.auxBefore(tr.at))))) - 1); k >= 0 {
			if p := f.nounPhrase(k); p != "" && p == ev.Actors[0] {
				// "Підприємство оштрафували на 10 тисяч гривень": a
				// thing in the singular put first is the object of a
				// plural verb with no subject, not its doer
				ev.Actors, rec = nil, append(rec, p)
			}
		} else if e := f.frontedPlace(f.adverbsBefore(f.timeBefore(f.adverbsBefore(f.auxBefore(tr.at)))) - 1); e != "" && e == ev.Actors[0] {
			ev.Actors, rec = nil, append(rec, e) // "Харків атакували дронами": so is a place
		} else if e := f.frontedFirm(f.adverbsBefore(f.timeBefore(f.adverbsBefore(f.auxBefore(tr.at)))) - 1); e != "" && e == ev.Actors[0] {
			ev.Actors, rec = nil, append(rec, e) // "Черкаське КП «Альфа» оштрафували": and a firm
		}
	}
	if len(rec) == 0 && len(ev.Actors) <= 1 && tr.verb && !tr.passive && coerced[ev.Type] && strings.Contains(f.toks[tr.at].Tag, "impers") {
		if e := f.frontedPlace(f.adverbsBefore(f.timeBefore(f.adverbsBefore(f.auxBefore(tr.at)))) - 1); e != "" && (len(ev.Actors) == 0 || e == ev.Actors[0]) {
			// "Харків обстріляно": the place put first, which the
			// tagger may read as a nominative, is the object of an
			// impersonal form, which has no subject
			ev.Actors, rec = nil, append(rec, e)
		}
	}
	if n := tr.noun; len(rec) == 0 && tr.verb && n >= 0 && n < tr.at && (f.low(n) == "з" || f.low(n) == "із") {
		if r := f.partyAfterZ(n); r != "" && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r) // "з ТОВ «Альфа» … стягнуто": whom from
		} else if r == "" && f.roleAfterZ(n) {
			if p := f.objectPhrase(n+1, tr); p != "" {
				rec = append(rec, p) // "З підприємця стягнуто": whom from
			}
		}
	}
	if r := f.againstOpening(tr); len(rec) == 0 && r != "" && !slices.Contains(ev.Actors, r) {
		rec = append(rec, r) // "Щодо посадовця відкрито кримінальне провадження": against whom
	}
	if r := f.dativeSuspect(tr); len(rec) == 0 && r != "" {
		rec = append(rec, r) // "Директорці лікарні повідомлено про підозру": who
	}
	if r := f.firmBeforeImpersonal(tr.at); len(rec) == 0 && tr.verb && !tr.passive && r != "" && !slices.Contains(ev.Actors, r) {
		rec = append(rec, r) // "ТОВ «Альфа» оштрафовано": the firm it was done to
	}
	if len(rec) == 0 && tr.verb && !tr.passive && (ev.Type == "REJECT" || ev.Type == "SUPPORT" || ev.Type == "ACCUSE") {
		if o := f.impersonalOwner(tr.at); o != "" {
			// "Апеляцію Київради відхилено": whose appeal (an impersonal
			// form has no subject: not "Скаргу фірми «Альфа» задоволено"
			// with the firm as the doer)
			ev.Actors = slices.DeleteFunc(ev.Actors, func(a string) bool { return a == o })
			rec = append(rec, o)
		}
	}
	if len(rec) == 0 && len(ev.Actors) > 0 && tr.verb && !tr.passive {
		if r := f.partnerBeforeWhich(tr.at); r != "" && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r) // "ТОВ «Альфа», з яким Київрада уклала договір": the partner
		}
	}
	if len(rec) == 0 && len(ev.Actors) == 0 && tr.verb && !tr.passive {
		if r := f.firmTakenUp(tr.at); r != "" {
			rec = append(rec, r) // "прийшло ТОВ «Альфа», однак його пропозицію відхилили": whose bid
		}
	}
	if len(rec) == 0 && tr.verb && !tr.passive && (len(ev.Actors) == 0 || impAgent != "" || f.subjectAfter(tr.at) && f.frontedObject(tr.at) != "") {
		// "Львів'янина, підозрюваного у шахрайстві, затримали в
		// Івано-Франківську": the one it was done to, put first
		if r := f.frontedObject(tr.at); r != "" && r != impAgent && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r)
		} else if r := f.objectPronounBefore(tr); r != "" && r != impAgent {
			rec = append(rec, r)
		}
	} else if p, j := f.animateAfterThing(tr.at); len(rec) == 0 && tr.verb && !tr.passive && j >= 0 && slices.Contains(ev.Actors, p) {
		// "Кооператив відвідав начальник ОВА": the thing put first
		r := cmp.Or(f.entityAt(j), f.namedAfter(j))
		if r == "" && j+2 < tr.at && isOpenQuote(f.toks[j+1].Text) {
			r = f.entityAt(j + 2) // "Завод «Мотор Січ»": the name after its kind
		}
		if r = cmp.Or(r, f.objectPhrase(j, tr)); r != "" && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r)
		}
	} else if len(rec) == 0 && tr.verb && !tr.passive {
		if r := f.namedObjectOpening(tr.at); r != "" && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r) // "Росію за обстріл Одеси засудила Франція": whom, put first
		} else if k := f.frontedAccusative(tr.at); k >= 0 && (ev.Type == "ACCUSE" || coerced[ev.Type]) && f.toks[k].Kind == vistka.Word &&
			f.objectAt(k, tr) != "" && !slices.Contains(ev.Actors, f.objectAt(k, tr)) {
			rec = append(rec, f.objectAt(k, tr)) // "компанію перевіряла Рахункова палата": whom, put first
		} else if r := f.dativeOpening(tr.at, tr); r != "" && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r) // "Зеленському подякував генсек ООН": to whom, put first
		} else if r := f.partnerOpening(tr.at); r != "" && (ev.Type == "COOPERATE" || ev.Type == "CONSULT" && ev.Mode == "meet") && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r) // "З компанією «Альфа» уряд співпрацював": with whom, put first
		} else if r := f.countedFirst(tr.at); r != "" && coerced[ev.Type] && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r) // "Двох його спільників оперативники затримали": whom, counted first
		} else if r := f.objectPronounBefore(tr); r != "" && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r) // "його затримали поліцейські": whom
		} else if k := cmp.Or(f.pronounBefore(tr.at)+1, f.pronounOpening(tr.at)+1) - 1; r == "" && k >= 0 && (hasCase(&f.toks[k], "v_zna") || hasCase(&f.toks[k], "v_dav")) &&
			!hasCase(&f.toks[k], "v_naz") && f.governedBy(k) == "" && (f.namedSubjectBefore(k) || f.subjectAfterPronoun(tr.at) != "") {
			if r := f.otherPerson(k, ev.Actors); r != "" {
				rec = append(rec, r) // "Міністерка йому подякувала"
			}
		}
	}
	if v := f.verb(tr.at); len(rec) == 0 && tr.verb && (v == "оскаржити" || v == "оскаржувати") {
		// "Передачу угідь «Товариству рибалок» оскаржило
		// підприємство": the one whose gain is contested
		if r := f.contestedAct(tr.at, ev.Actors); r != "" {
			rec = append(rec, r)
		}
	}
	if n := tr.noun; len(rec) == 0 && ev.Type == "COERCE" && n >= 0 && f.low(n) == "тиск" {
		// "вдалася до тиску на селян": the people pressed, named by no name
		if j := f.pressedPeople(n); j >= 0 {
			rec = append(rec, f.nounPhrase(j))
		}
	}
	if _, sends := expels[f.verb(tr.at)]; len(rec) == 0 && tr.verb && ev.Type == "COERCE" && (sends || drives[f.verb(tr.at)]) {
		// "Баєва правоохоронці випровадили": the one sent away, put first
		if j := f.sentPeople(tr.at, false); j >= 0 {
			if e := f.entityAt(j); e != "" {
				rec = append(rec, e)
			} else {
				rec = append(rec, f.nounPhrase(j))
			}
		}
	}
	if len(rec) == 0 && tr.verb && ev.Type == "CONSULT" {
		// "під час телефонної розмови з Марко Рубіо обговорив": the
		// partner named in the meeting the verb is set in
		if p := f.duringPartner(tr.at); p != "" && !slices.Contains(ev.Actors, p) {
			rec = append(rec, p)
		}
	}
	if len(rec) == 0 && ev.Type == "AID" && tr.noun >= 0 && tr.noun+1 < len(f.toks) && f.low(tr.noun) == "підтримка" && hasCase(&f.toks[tr.noun+1], "v_rod") {
		// "спрямує на підтримку України": whose support (the
		// genitive after допомога is the giver: пакет допомоги США)
		if e := f.entityAt(tr.noun + 1); e != "" && f.ents.Type(e) == "LOC" && !slices.Contains(ev.Actors, e) {
			rec = append(rec, e)
			rec = append(rec, f.coordinated(tr.noun+1, end)...) // "на підтримку Молдови та Грузії"
		}
	}
	if len(rec) == 0 && ev.Type == "AID" && tr.verb && (len(ev.Actors) > 0 || f.sumIn(tr.at)) {
		// "виділить на підтримку України 400 млн злотих": the money's
		// purpose names whom it supports (with no giver and no sum,
		// "частину коштів спрямують на потреби Харкова" tells where
		// the aid just told goes)
		for _, e := range f.aidPurpose(tr.at) {
			if !slices.Contains(ev.Actors, e) {
				rec = append(rec, e)
			}
		}
	}
	if len(rec) == 0 && tr.verb && ev.Type == "ACCUSE" && tr.at+1 < end && nouns[f.low(tr.at+1)].typ == "ASSAULT" {
		// "засудив атаку": the attack just told, by whom it was
		if a := f.lastAttacker(out); len(a) > 0 {
			rec = append(rec, a...)
		}
	}
	if ev.Type == "COERCE" && len(rec) == 0 {
		// "провели обшук в офісі «Кріогенсервісу»": whose premises
		for j := tr.at + 1; j+1 < end && j-tr.at <= 8; j++ {
			if !premises[f.low(j)] {
				continue
			}
			k := j + 1
			if f.toks[k].Kind == vistka.QuoteMark && k+1 < end {
				k++
			}
			if e := f.entityAt(k); e != "" && hasCase(&f.toks[k], "v_rod") && (f.ents.Type(e) == "ORG" || f.ents.Type(e) == "PERS") {
				rec = append(rec, e)
			}
			break
		}
	}
	if ev.Type == "PROTEST" && len(rec) == 0 {
		// "зібралися біля посольства Росії": a protest at an embassy
		// is against its country
		for j := tr.at + 1; j+1 < end; j++ {
			if f.low(j) == "посольство" {
				if e := f.entityAt(j + 1); e != "" && f.ents.Type(e) == "LOC" && hasCase(&f.toks[j+1], "v_rod") {
					rec = append(rec, e)
				}
				break
			}
		}
	}
	if ev.Type == "PROTEST" && len(rec) == 0 {
		// "вийшли на пікет під стінами Львівської ОВА", "мітингували
		// біля Харківської міської ради": the body at whose seat they
		// protest
		if e := f.seatBody(tr.at, end); e != "" && !slices.Contains(ev.Actors, e) {
			rec = append(rec, e)
		}
	}
	return rec
}
