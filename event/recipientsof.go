package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// recipientsOf returns rec, the ones the event ev of trigger tr (its
// clause ending at end) is done to, read further where its objects named
// none: before a verb with no subject (impAgent the instrumental doer of
// an impersonal form), among a meeting's participants, those given aid or
// asked, or the last event's (out are the sentence's events so far); and
// whether its sides were read from за участі (participated). It may set
// ev's actors on the way.
func (f *finder) recipientsOf(ev *vistka.Event, tr trig, rec []string, participated bool, impAgent string, end int, out []vistka.Event) ([]string, bool) {
	if len(rec) == 0 && (len(ev.Actors) == 0 || impAgent != "") && tr.verb && !tr.passive && f.noSubject(tr.at) {
		// "Філіпчуку висунуто звинувачення", "Бережанській
		// повідомили про підозру": whom it was done to stands
		// before a verb with no subject.
		if e := f.objectEntityBefore(tr.at); e != "" && e != impAgent {
			rec = append(rec, f.joinedBefore(tr.at, e)...)
			rec = append(rec, e)
		} else if k := f.pronounBefore(tr.at); k >= 0 && strings.Contains(f.toks[k].Tag, "pron:pers:3") && f.pronounOpens(k) &&
			(hasCase(&f.toks[k], "v_dav") || hasCase(&f.toks[k], "v_zna") && coerced[ev.Type] && objectFirstForm(f.toks[tr.at].Tag)) {
			// "Його засудили до п'яти років", "Їй повідомили про
			// підозру": the person last named
			if p := f.doneToHere(*ev, out); p != "" && hasCase(&f.toks[k], "v_dav") && !plural(&f.toks[k]) && f.officeObjectBefore(k, gender(&f.toks[k])) {
				rec = append(rec, p) // "Керівника підприємства притягнуто до відповідальності, йому видано припис": the one named by his office
			} else if p := f.ents.NearPerson(f.toks[k].RStart, f.s, gender(&f.toks[k])); p != "" {
				rec = append(rec, p)
			} else if p := f.doneToHere(*ev, out); p != "" {
				rec = append(rec, p) // "Директора фірми затримали, йому також повідомили про підозру"
			} else if p := f.lastDoneTo(); p != "" {
				rec = append(rec, p) // "Суд обрав директору підприємства запобіжний захід. Його підозрюють у розтраті"
			}
		} else if k := f.adverbsBefore(f.timeBefore(f.adverbsBefore(tr.at))) - 1; k >= 0 && both[f.toks[k].Lemma] && coerced[ev.Type] &&
			objectFirstForm(f.toks[tr.at].Tag) && (hasCase(&f.toks[k], "v_zna") || hasCase(&f.toks[k], "v_rod")) && f.clauseOpens(k) {
			// "Обох у вівторок затримали в Житомирі": the two told of
			// in the sentence before
			if p := f.lastDoneTo(); p != "" {
				rec = append(rec, p)
			} else if two := f.lastTwoDoneTo(); two != nil {
				rec = append(rec, two...)
			} else {
				rec = append(rec, f.low(k))
			}
		} else if k := f.headBefore(f.setOffBefore(f.adverbsBefore(f.timeBefore(f.adverbsBefore(f.sharedOpening(f.auxBefore(tr.at))))))); k >= 0 && (hasCase(&f.toks[k], "v_dav") || (hasCase(&f.toks[k], "v_zna") || hasCase(&f.toks[k], "v_rod")) && coerced[ev.Type] && objectFirstForm(f.toks[tr.at].Tag)) &&
			isNoun(&f.toks[k]) &&
			strings.Contains(f.toks[k].Tag, ":anim") && !strings.Contains(f.toks[k].Tag, "pron") && !f.collectiveSubject(k) && f.clauseOpens(f.allBefore(f.modifiersBefore(k))) {
			// "Зловмиснику повідомили про підозру", "Посадовця
			// затримали в п'ятницю", "Директору компанії повідомлено
			// про підозру": the one named by a common noun, opening
			// the clause
			// (counted, as many as the text says: "12 осіб заарештовано")
			if p := f.peopleGiven(k); p != "" {
				rec = append(rec, p) // "Пораненим бійцям передали генератори"
			} else if p := f.objectPhrase(k, tr); p != "" && (k < tr.at-1 || k > 0 && f.toks[k-1].Kind == vistka.Number || f.countingWord(k-1)) {
				rec = append(rec, p)
			} else {
				rec = append(rec, f.low(k))
			}
		} else if k := f.claimOwnerOpening(tr.at); k >= 0 && ev.Type == "REJECT" {
			// "Пропозицію угорської сторони було відхилено": the side
			// whose proposal it was, named by a common noun
			if p := f.objectPhrase(k, tr); p != "" {
				rec = append(rec, p)
			} else if adjs := f.agreeingAdjectives(k); adjs != "" {
				rec = append(rec, adjs+" "+lower(&f.toks[k])) // "угорської сторони": угорська сторона
			}
		} else if k := f.objectsOpening(tr.at); k >= 0 && coerced[ev.Type] && objectFirstForm(f.toks[tr.at].Tag) {
			rec = append(rec, f.low(k)) // "Організатора та двох його спільників затримали"
		} else if p := f.suspectOpening(f.adverbsBefore(f.timeBefore(f.adverbsBefore(f.auxBefore(tr.at))))); p != "" && coerced[ev.Type] && objectFirstForm(f.toks[tr.at].Tag) {
			rec = append(rec, p) // "Підозрюваного в крадіжці затримали", "Чоловіка, підозрюваного в крадіжці, затримали"
		}
	}
	if len(ev.Actors) == 0 && !tr.verb && ev.Type == "CONSULT" && tr.k.mode == "meet" {
		// "Під головуванням віце-прем'єра Олександра Сича відбулася
		// нарада": the one who chaired it
		if c := f.chair(); c != "" {
			ev.Actors = []string{c}
		}
	}
	if len(ev.Actors) == 0 && !tr.verb && ev.Type == "CONSULT" {
		// "Зустріч відбулася за участі Зеленського та Макрона": the
		// sides that took part (one named alone, "за участі міністра
		// Туреччини Хакана Фідана", is a third party to a meeting told
		// before)
		ps := f.participants(tr.at, end)
		if len(ps) == 0 {
			ps = f.heldParticipants(tr.at) // "Засідання, яке відбулося за участі міністра, …"
		}
		if len(ps) > 1 || len(ps) == 1 && lightOnly[f.low(tr.at)] {
			ev.Actors = ps
			participated = true
		}
	}
	if len(ev.Actors) == 0 && ev.Type == "AGREE" && !tr.verb && signings[f.low(tr.at)] {
		ev.Actors = f.between(len(f.toks)) // "підписання угоди між Україною та Данією": the sides
	}
	if len(ev.Actors) == 0 && ev.Type == "COOPERATE" && tr.noun > tr.at && f.low(tr.noun) == "спільний" {
		if s := f.jointSides(tr.noun); s != nil {
			// "було оголошено про старт спільної програми ЄБРР та
			// «Укрзалізниці»": the sides whose programme it is
			ev.Actors, rec = s[:1], s[1:]
		}
	}
	if len(ev.Actors) == 0 && (ev.Type == "AGREE" || ev.Type == "CONSULT" || ev.Type == "COOPERATE") && (strings.Contains(f.toks[tr.at].Tag, ":impers") || tr.passive && strings.Contains(f.toks[tr.at].Tag, ":rev") || f.noSubjectSigning(tr) || tr.setOff && ev.Type == "AGREE") {
		// "між ТОВ «Бюро Ейнштейн» та ДП «Облавтодор» було укладено
		// договір": the sides are who agreed ("підписується меморандум
		// між областю та повітом": past the paper, which tells an
		// event of its own)
		b := end
		if !strings.Contains(f.toks[tr.at].Tag, ":impers") {
			b = len(f.toks)
		}
		ev.Actors = f.between(b)
		if len(ev.Actors) == 0 && len(rec) == 0 {
			// "Угоду було підписано в четвер у Кишиневі під час
			// переговорів прем'єр-міністрів України та Молдови": the
			// sides of the talks it was signed at
			ev.Actors = f.duringSides()
		}
		if len(ev.Actors) == 0 && len(rec) == 0 && ev.Type == "AGREE" && tr.noun >= 0 && accords[f.low(tr.noun)] {
			// "Сторони обговорили обмін. Домовленості про новий обмін
			// досягнуто": the sides of the talks told in the sentence
			// or the two before
			if ps, m := f.lastMeeting(out); m != nil && m.Sentence.Start >= f.a.Sentences[max(f.s-2, 0)].RStart {
				ev.Actors = ps
			}
		}
	}
	if len(ev.Actors) == 0 && tr.verb && (ev.Type == "CONSULT" || ev.Type == "AGREE") && f.noSubject(tr.at) {
		f.sidesOfSetting(ev, &rec)
	}
	if len(ev.Actors) == 0 && len(rec) == 0 && ev.Type == "CONSULT" && !tr.verb {
		// "Між Україною та Туреччиною відбулися переговори": the
		// sides named before the noun (of a meeting: "між ними існує
		// угода" tells no agreement made)
		if b := f.between(tr.at); len(b) > 1 {
			ev.Actors = b
		}
	}
	if len(rec) == 0 && ev.Type == "SANCTION" && f.frontedAgainst(tr.at) == 0 && hasCase(&f.toks[1], "v_rod") {
		if e := f.entityAt(1); e != "" {
			rec = append(rec, e) // "Проти Росії запроваджено нові санкції": whom they are against
		}
	}
	if v := f.verb(tr.at); len(rec) == 0 && ev.Type == "SANCTION" && (v == "накласти" || v == "накладати") && tr.at >= 2 && f.low(0) == "на" {
		if e := f.entityAt(1); e != "" && !slices.Contains(ev.Actors, e) && (hasCase(&f.toks[1], "v_zna") || strings.Contains(f.toks[1].Tag, ":nv")) &&
			!slices.ContainsFunc(f.toks[2:tr.at], func(t vistka.Token) bool {
				return strings.HasPrefix(t.Tag, "verb") && !strings.Contains(t.Tag, "insert") && t.Lemma != "бути"
			}) {
			rec = append(rec, e) // "На Іран накладено санкції США": whom they are put on
		}
	}
	if len(rec) == 0 && ev.Type == "COERCE" {
		if r := f.frontedFined(tr); r != "" && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r) // "На власника супермаркету наклали штраф": the one fined, put first
		}
	}
	if ev.Type == "AID" && tr.verb && tr.noun < 0 && f.sumFronted(tr.at) {
		if e := f.dativeBefore(tr.at); e != "" && !slices.Contains(ev.Actors, e) {
			// "Фінансування у розмірі 4,5 млн євро Молдові надасть
			// уряд Естонії": the one given the fronted sum, not the
			// giver after the verb
			rec = []string{e}
		}
	}
	// (an impersonal form's giver comes after від, so the dative
	// before it is still the one given to: "Україні було виділено 2
	// млрд доларів від Світового банку")
	if (len(ev.Actors) == 0 || strings.Contains(f.toks[tr.at].Tag, "impers")) && len(rec) == 0 && ev.Type == "AID" && tr.verb && tr.noun < 0 {
		if e := f.dativeBefore(tr.at); e != "" && !slices.Contains(ev.Actors, e) {
			rec = append(rec, e) // "Житомирській області було виділено 5 млн грн": the one given to
		}
	}
	if k := f.givenBodyFirst(tr.at); k >= 0 && ev.Type == "AID" && tr.verb && len(rec) == 0 && len(ev.Actors) == 1 && strings.EqualFold(ev.Actors[0], f.toks[k].Text) {
		// "Лікарні передали карету швидкої": the hospital given it,
		// in the dative the tagger read as a nominative plural; the
		// giver unnamed
		ev.Actors = nil
		rec = append(rec, f.toks[k].Lemma)
	}
	// (and the aid a verb of giving gives as its object: "Мешканцям
	// зруйнованого будинку виконком виплатить одноразову допомогу")
	if len(rec) == 0 && ev.Type == "AID" && tr.verb && (tr.noun < 0 || tr.noun > tr.at && gives[f.verb(tr.at)]) {
		if j := f.dativeBodyBefore(tr.at); j >= 0 {
			p := f.objectPhrase(j, tr)
			if pluralDativeForm(&f.toks[j]) {
				p = f.peopleGiven(j) // "Українським військовим передали": read as the instrumental singular
			}
			if p != "" {
				rec = append(rec, p) // "Мешканцям зруйнованого будинку область виділила по 200 тисяч гривень"
			}
		}
	}
	if len(rec) == 0 && ev.Type == "AID" && tr.verb && !tr.passive && tr.noun < 0 && f.givenBefore(tr.at) {
		if r := f.forBefore(tr.at); r != "" && !slices.Contains(ev.Actors, r) {
			rec = append(rec, r) // "Гуманітарний вантаж для Сумщини відправила Італія": whom the goods put first are for
		}
	}
	if n := f.reflexiveSubject(tr.at); len(rec) == 0 && ev.Type == "AID" && tr.verb && tr.passive && !tr.agented && tr.noun < 0 && f.givenThing(n) {
		if r := f.givenToBefore(n, tr.at, tr); r != "" {
			rec = append(rec, r) // "Ноутбуки школам Житомира передаються Японією": the one given the thing
		}
	}
	if len(rec) == 0 && ev.Type == "AID" && tr.verb && tr.noun < 0 {
		if j := f.goodsDativeBefore(tr.at); j >= 0 {
			// "Ще дві котельні місту передала Данія": the one given
			// the goods put first, the giver after the verb
			if p := f.objectAt(j, tr); p != "" {
				rec = append(rec, p)
			}
		}
	}
	if len(rec) == 0 && ev.Type == "AID" && tr.verb && tr.noun < 0 {
		if j := f.relativeDative(tr.at); j >= 0 {
			// "відвідав лікарню, якій партнери передали апарат УЗД":
			// the one the relative pronoun stands for is given to
			if p := f.objectAt(j, tr); p != "" {
				rec = append(rec, p)
			}
		}
	}
	if len(rec) == 0 && ev.Type == "AID" && tr.verb && (len(ev.Actors) > 0 || f.sumIn(tr.at)) {
		// "виділив 5 млн гривень для переселенців", "надав допомогу
		// для мешканців прифронтових сіл": whom it is for, when a giver
		// or a sum is told (not "відмова надати копії договорів на
		// закупівлю генераторів для шкіл")
		for _, r := range f.beneficiary(tr.at) {
			if !slices.Contains(ev.Actors, r) {
				rec = append(rec, r)
			}
		}
	}
	if v := f.verb(tr.at); len(ev.Actors) == 0 && len(rec) == 0 && ev.Type == "REQUEST" && tr.verb && (v == "доручити" || v == "доручати") {
		if j := f.frontedCharged(tr.at); j >= 0 {
			// "Управлінню освіти доручили перевірити школу": the one
			// charged, put first; the one who charged it unnamed
			if p := f.objectAt(j, tr); p != "" {
				rec = append(rec, p)
			}
		}
	}
	if len(rec) == 0 && ev.Type == "REQUEST" && tr.verb && tr.noun > tr.at && f.low(tr.noun) == "рекомендація" {
		// "Компаніям надано рекомендації знизити ціни": whom the
		// advice is given, put first
		for j := tr.at - 1; j >= 0 && f.toks[j].Kind != vistka.Punct; j-- {
			if t := &f.toks[j]; strings.HasPrefix(t.Tag, "noun") && hasCase(t, "v_dav") && f.governedBy(j) == "" {
				if p := f.objectPhrase(j, tr); p != "" {
					rec = append(rec, p)
				}
				break
			}
		}
	}
	if ev.Type == "COERCE" && tr.noun > tr.at && (f.low(tr.noun) == "штраф" || f.low(tr.noun) == "стягнення") {
		rec = f.finedTogether(tr.noun, end, rec)
	}
	if ev.Type == "COERCE" && tr.verb && obliges[f.verb(tr.at)] {
		rec = f.beforeOrdered(tr.at, end, rec)
	}
	if len(rec) == 0 && ev.Type == "RETREAT" && tr.verb && tr.noun > tr.at {
		if p := f.releasedAfter(tr, end); p != "" && !slices.Contains(ev.Actors, p) {
			rec = append(rec, p) // "звільнив від кримінальної відповідальності інженера": whom
		}
	}
	if g := f.firmRecipients(tr.at, end); tr.verb && len(g) > 1 {
		// "оштрафував компанії «Альфа» та «Бета»": both, not the
		// noun or the last name alone
		rec = slices.DeleteFunc(rec, func(r string) bool { return f.ents.Type(r) == "" || slices.Contains(g, r) })
		rec = append(g, rec...)
	}
	if k := len(out) - 1; len(rec) == 0 && ev.Type == "AID" && tr.verb && tr.at > 0 && isAnd(&f.toks[tr.at-1]) && k >= 0 &&
		len(out[k].Recipients) > 0 && len(ev.Actors) > 0 && slices.Equal(out[k].Actors, ev.Actors) &&
		out[k].TriggerSpan != nil && out[k].TriggerSpan.Start < f.toks[tr.at].RStart && out[k].Sentence == ev.Sentence {
		// "висловив вдячність рятувальникам … та подарував
		// квадрокоптер": the second verb gives to the first's
		rec = slices.Clone(out[k].Recipients)
	}
	return rec, participated
}

// frontedFined returns the one a fine or a penalty laid by накласти is
// put on when "на" and it open the sentence before the verb ("На власника
// супермаркету наклали штраф", "На фірму «Альфа» накладено штраф"), as
// the sanctions of "На Іран накладено санкції" are: a named firm or
// person, or a person or a body named by a common noun with its
// genitives. It returns "" when the sentence does not open so or a verb of
// another clause stands between.
func (f *finder) frontedFined(tr trig) string {
	if v := f.verb(tr.at); !tr.verb || v != "накласти" && v != "накладати" || tr.noun < 0 || !finesLaid[f.low(tr.noun)] ||
		tr.at < 2 || f.low(0) != "на" || !isPrep(&f.toks[0]) {
		return ""
	}
	for j := 1; j < tr.at; j++ {
		if t := &f.toks[j]; finiteVerb(t) || t.Text == "," {
			return "" // "На нараді, яку провів мер, наклали …": another clause's
		}
	}
	if e := cmp.Or(f.firmNamedAfter(1), f.entityAt(1)); e != "" {
		if typ := f.ents.Type(e); typ == "ORG" || typ == "PERS" {
			return e
		}
		return ""
	}
	if t := &f.toks[1]; hasCase(t, "v_zna") && isNoun(t) && (strings.Contains(t.Tag, ":anim") || actorNoun(lower(t))) {
		return f.objectPhrase(1, tr)
	}
	return ""
}

// finesLaid are the nouns of a penalty накласти lays on someone.
var finesLaid = map[string]bool{"штраф": true, "стягнення": true}
