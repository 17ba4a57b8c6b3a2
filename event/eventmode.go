package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
)

// eventFor's phases of a meeting: where it took place, how it was held,
// and meetings with several told as one each.

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
