package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/gazetteer"
)

// sideRead is what eventFor's opening chain reads of an event's sides and
// leaves to the rest of it: a value on eventFor's stack, passed by pointer.
type sideRead struct {
	ev                             vistka.Event
	mainPlace, mainDate, wentPlace string
	wentWhom                       []string // who went, received in a clause of де
	skip                           int      // where the arguments after the trigger start, when later
	impAgent                       string   // the instrumental doer of an impersonal form
}

// passiveSides reads the sides of a passive trigger into sr.
func (f *finder) passiveSides(sr *sideRead, tr trig, end int) {
	// The subject is who it was done to; who did it stands in
	// the instrumental after the participle.
	if tr.setOff {
		// "вимоги, висунуті коаліцією до Ради": the noun is the
		// event; whom it was done to follows (see objects)
	} else if tr.agented {
		// "Пропозиція Угорщини, відхилена Радою ЄС": the noun
		// before the comma, or whose act it is; a thing's
		// ("Танки, передані Німеччиною Україні"): whom it went to
		// follows (see objects)
		if tr.doneTo != "" {
			sr.ev.Recipients = append(sr.ev.Recipients, tr.doneTo)
		}
	} else if o := f.actOwner(tr.at); o != "" {
		// "рішення селищної ради скасоване судом": the body
		// whose act was cancelled
		sr.ev.Recipients = append(sr.ev.Recipients, o)
	} else if _, k := f.subject(tr.at); k >= 0 && groups[f.low(k)] {
		// "польське військо було розбите": the army itself,
		// which no actor beside it stands for as its country.
		sr.ev.Recipients = append(sr.ev.Recipients, f.nounPhrase(k))
	} else if o := f.proposalOwner(tr.at); o != "" {
		// "Пропозиція Угорщини була відхилена Радою ЄС",
		// "Ініціатива Литви підтримується Польщею": whose proposal
		sr.ev.Recipients = append(sr.ev.Recipients, o)
	} else if sr.ev.Type == "AID" && f.givenThing(f.reflexiveSubject(tr.at)) {
		// "Кошти Україні надаються Світовим банком": the thing
		// given is no one; the one given to is in the dative
		// (see givenToBefore below)
	} else {
		sr.ev.Recipients = append(sr.ev.Recipients, f.subjects(tr.at)...)
	}
	if tr.noun >= 0 && tr.noun < tr.at && undergone[f.verb(tr.at)] {
		// "Під підозру потрапили Novus, Ашан та Metro": the
		// subjects after the verb, the measure put first
		if r := f.namesAfter(tr.at, end); len(r) > len(sr.ev.Recipients) {
			sr.ev.Recipients = r
		}
	}
	if a := f.agent(tr.at+1, end, tr.setOff); a != "" {
		sr.ev.Actors = append(sr.ev.Actors, a)
		sr.ev.Actors = append(sr.ev.Actors, f.agentsJoined(tr.at+1, end, a)...)
	} else if a := f.nounOwner(tr); a != "" && undergone[f.verb(tr.at)] {
		// "потрапила під санкції США", "зазнав удару Росії": whose
		// the measure or the blow is
		sr.ev.Actors = append(sr.ev.Actors, a)
	}
	if sr.ev.Type == "MOBILIZE" && len(sr.ev.Actors) == 0 {
		// "Польська авіація була піднята в повітря": the forces
		// raised, or their country, act
		sr.ev.Actors, sr.ev.Recipients = sr.ev.Recipients, []string{}
		if _, k := f.subject(tr.at); k >= 0 {
			if g := f.groupOf(k); g != "" {
				sr.ev.Actors = []string{g}
			}
		}
		sr.ev.Actors = slices.DeleteFunc(sr.ev.Actors, func(a string) bool { return a == "" })
	}
}

// verbSides reads the sides of a verb trigger into sr; out is the events
// found so far.
func (f *finder) verbSides(sr *sideRead, tr trig, out []vistka.Event, end int) {
	at := tr.at
	if at > 0 && agreeVerbs[f.verb(at-1)] {
		at-- // "Сторони домовилися співпрацювати": who agreed does
	}
	if k := len(out) - 1; strings.HasPrefix(f.toks[tr.at].Tag, "advp") && k >= 0 && len(out[k].Actors) > 0 {
		// "фермери заблокували дороги, протестуючи проти угоди":
		// the adverbial participle's subject is the main verb's
		sr.ev.Actors = slices.Clone(out[k].Actors)
	} else if m := f.verbBeforeThat(tr.at); m >= 0 {
		// "замовник з'ясував, що учасники пов'язані, відхиливши
		// їхні пропозиції": the participle is the main clause's,
		// not the що-clause's
		sr.ev.Actors = append(sr.ev.Actors, f.subjects(m)...)
	} else if !f.sidesBefore(at) {
		sr.ev.Actors = append(sr.ev.Actors, f.subjects(tr.at)...)
		if len(sr.ev.Actors) == 1 {
			if p := f.pronounClash(tr.at, sr.ev.Actors[0]); p != "" {
				sr.ev.Actors[0] = p // "Він … підтримуватиме його": not the one person for both
			}
		}
	}
	if v := f.mainVerbAfter(tr.at); len(sr.ev.Actors) == 0 && v >= 0 {
		// "Підписуючи угоду, уряд сподівався на інвестиції": a
		// participle opening the sentence shares its main verb's subject
		sr.ev.Actors = f.subjects(v)
	}
	if len(sr.ev.Actors) == 1 && f.ents.Type(sr.ev.Actors[0]) == "" {
		if g := f.namedFirms(sr.ev.Actors[0]); len(g) > 1 {
			sr.ev.Actors = g // "Фірми … подали в суд": the firms named together before
		}
	}
	if vt := f.toks[tr.at].Tag; len(sr.ev.Actors) == 1 && (strings.Contains(vt, ":p:") || strings.HasSuffix(vt, ":p")) {
		// "Документ підписали в Каунасі ректор … та ректор …":
		// a plural verb's subjects after it, all of them
		if sa := f.subjectsAfter(tr.at, end); slices.Contains(sa, sr.ev.Actors[0]) {
			sr.ev.Actors = sa
		}
	}
	f.meetingSides(sr, tr, at, out)
	f.clauseSides(sr, tr, out)
	f.impersonalSides(sr, tr, end)
	f.subjectlessSides(sr, tr, out, end)
}

// meetingSides reads the sides of a verb whose subject is the sides or
// their title ("Сторони підписали", "Міністри прибули"), from the last
// meeting told when none are named, and where and when the meeting whose
// outcome it is took place; at is the verb the sides go with.
func (f *finder) meetingSides(sr *sideRead, tr trig, at int, out []vistka.Event) {
	if len(sr.ev.Actors) == 0 && f.sidesBefore(at) {
		// "Делегації України та Росії провели переговори", "лідери
		// держав-членів НАТО ухвалили": the sides named after the
		// noun; with none named, the parties of the last meeting.
		sr.ev.Actors = f.sidesNamed(at)
		if len(sr.ev.Actors) == 0 {
			if p := f.sidesPhrase(at); p != "" && !f.statesOfMeeting(at, out) {
				sr.ev.Actors = []string{p}
			} else {
				var m *vistka.Event
				sr.ev.Actors, m = f.lastMeeting(out)
				if p := f.duringPartner(at); p != "" && m != nil && !slices.Contains(sr.ev.Actors, p) {
					// "Свириденко прибула до Вільнюса. Під час зустрічі
					// з прем'єркою Литви … сторони обговорили": the
					// visitor and the one met, not the sides of an
					// earlier meeting
					if v := f.lastVisitor(p); v != "" {
						sr.ev.Actors, m = []string{v, p}, nil
					}
				}
				if m == nil && sr.ev.Type == "AGREE" && tr.noun >= 0 && contracts[f.low(tr.noun)] {
					// "Місто подало позов до ТОВ «Альфа». Договір
					// сторони уклали в 2025 році": the parties of
					// the dispute just told
					sr.ev.Actors = f.lastParties(out)
				}
				if m == nil && sr.ev.Type == "AGREE" && len(sr.ev.Actors) == 0 && strings.Contains(f.toks[tr.at].Tag, ":past") {
					// "Кросно передало місту два генератори. …
					// Сторони також підписали меморандум": with no
					// meeting told, the giver and the taker of the
					// last exchange a few sentences back
					sr.ev.Actors = f.lastExchange(out)
				}
				if m != nil {
					// "Міністри підписали спільну заяву": where
					// and when they met
					sr.mainPlace, sr.mainDate = f.dl.of(m)
					if k := f.sidesNoun(at); k >= 0 {
						sr.ev.Actors = f.ofTitle(sr.ev.Actors, f.toks[k].Lemma)
						if f.toks[k].Lemma == "уряд" {
							sr.ev.Actors = f.titleCountries(sr.ev.Actors)
						}
					}
				} else if k := at - 1; k >= 0 && sides[f.low(k)] {
					// "На концерті були присутні міністерка … та
					// міністерка … Того ж дня міністерки підписали":
					// the persons of that title just named
					if ps := f.ents.TitledBefore(f.s, f.low(k)); len(ps) > 1 {
						sr.ev.Actors = ps
					}
				}
			}
		}
	}
	if len(sr.ev.Actors) == 0 && tr.k.mode == "visit" && f.sidesBefore(at) {
		// "Міністри прибули до Києва": a visit is no joint
		// undertaking; with no sides named and no meeting told,
		// the people as the text names them
		if j := f.sidesNoun(at); j >= 0 {
			if p := f.nounPhrase(j); p != "" {
				sr.ev.Actors = []string{p}
			}
		}
	}
	if f.outcomeOfMeeting() && strings.Contains(f.toks[tr.at].Tag, ":past") {
		// "За результатами зустрічі міністри підписали
		// меморандум": where and when they met
		if m := f.talksOf(out, sr.ev.Actors); m != nil {
			sr.mainPlace, sr.mainDate = f.dl.of(m)
		}
	}
}

// clauseSides reads the sides of a verb whose subject another clause or
// word names: the speaker's country, who managed it (the dative), the
// main clause's of де, who went or stayed there, who came to do it.
func (f *finder) clauseSides(sr *sideRead, tr trig, out []vistka.Event) {
	if len(sr.ev.Actors) == 0 {
		// "Фрейзер запевнила, що її країна виділить Україні …":
		// the speaker's country
		if c := f.speakersCountry(tr.at); c != "" {
			sr.ev.Actors = append(sr.ev.Actors, c)
		}
	}
	if len(sr.ev.Actors) == 0 {
		// "Зеленському вдалося зустрітися з Трампом", "Силам
		// оборони не вдалося утримати": who managed it, in the dative
		if e := f.managedBy(tr.at); e != "" {
			sr.ev.Actors = append(sr.ev.Actors, e)
		}
	}
	if len(sr.ev.Actors) == 0 {
		// "прибув до Одеси, де зустрівся з …": the clause of де
		// goes on with the main clause's subject, place and time.
		if m := f.whereClause(tr.at, out); m != nil {
			sr.ev.Actors = append(sr.ev.Actors, m.Actors...)
			sr.mainPlace, sr.mainDate = m.Place, m.Date
		}
	}
	if v, dest := f.wentTo(tr.at); v >= 0 && sr.ev.Type == "CONSULT" {
		// "вирушить до Вашингтона, де має зустрітися з …": he
		// who went, there
		if len(sr.ev.Actors) == 0 {
			sr.ev.Actors = append(sr.ev.Actors, f.subjects(v)...)
		} else if p := tr.at - 1; p > 0 && f.low(p-1) == "де" && hasCase(&f.toks[p], "v_zna") &&
			(f.low(p) == "він" || f.low(p) == "вона" || f.low(p) == "вони") {
			// "продовжив візит до Риги, де його прийняв прем'єр":
			// whom the host received is who went, when named (a
			// bare "Міністр" is left out, as TestS43CHostAfter has it)
			sr.wentWhom = slices.DeleteFunc(f.subjects(v), func(id string) bool { return entity.Index(id) < 0 })
		}
		sr.wentPlace = dest
	}
	if v, in := f.stayedAt(tr.at); v >= 0 && len(sr.ev.Actors) == 0 {
		// "перебувала в Ряшеві, де зустрілася з маршалком":
		// she who stayed there, there
		sr.ev.Actors = append(sr.ev.Actors, f.subjects(v)...)
		sr.wentPlace = in
	}
	if c := f.cameToDo(tr.at); len(sr.ev.Actors) == 0 && c >= 0 && sr.ev.Type == "PROTEST" {
		// "Шахтарі приїхали до Києва, щоб висловити протест":
		// who came
		sr.ev.Actors = f.subjects(c)
	}
}

// impersonalSides reads the sides of an impersonal form, its doer in the
// instrumental or the body that tells of it, and of a verb in a що-clause,
// the speaker's own doing.
func (f *finder) impersonalSides(sr *sideRead, tr trig, end int) {
	if vt := f.toks[tr.at].Tag; len(sr.ev.Actors) == 0 && (strings.Contains(vt, "impers") || strings.HasPrefix(vt, "adv")) {
		// (adv: an impersonal form the tagger read as an adverb)
		// "Поліцією затримано двох підозрюваних", "санкції було
		// запроваджено Євросоюзом": the doer of an impersonal
		// form in the instrumental, before it or after it
		if sr.impAgent = f.impersonalAgent(tr.at, end); sr.impAgent != "" {
			sr.ev.Actors = append(sr.ev.Actors, sr.impAgent)
		} else if sr.impAgent = f.sanctionsOf(tr); sr.impAgent != "" {
			// "Проти Росії запроваджено санкції ЄС": whose
			// sanctions they are imposes them
			sr.ev.Actors = append(sr.ev.Actors, sr.impAgent)
		}
	}
	// (an impersonal form the tagger read as an adverb is one too:
	// "додав, що організатору повідомлено про підозру")
	impers := strings.Contains(f.toks[tr.at].Tag, "impers") || strings.HasPrefix(f.toks[tr.at].Tag, "adv") && tr.verb
	if len(sr.ev.Actors) == 0 && !impers {
		// "заявив, що звернувся до ООН", "заявив, що …, і
		// висунув звинувачення": the speaker's own doing; not
		// "повідомив, що уражено об'єкт", done by no one named.
		sr.ev.Actors = append(sr.ev.Actors, f.mainSubjects(tr.at)...)
	}
	if len(sr.ev.Actors) == 0 && !impers {
		sr.ev.Actors = append(sr.ev.Actors, f.toldSubjects(tr.at)...) // "попередили УЄФА, що бойкотуватимуть матчі"
	}
	if len(sr.ev.Actors) == 0 && !impers && sr.ev.Type == "ACCUSE" {
		// "сказав «Нашим грошам», що скаргу вже готують": the
		// speaker's side appeals
		sr.ev.Actors = append(sr.ev.Actors, f.appealToldBy(tr.at)...)
	}
	if !impers && sr.ev.Type == "THREATEN" && tr.verb && f.notUnanswered(tr.at) {
		// "заявили, що такі дії не залишаться без відповіді":
		// the one who says it threatens (not a place in the
		// clause: "арешт активів у США не залишиться без
		// наслідків")
		if who := f.threatToldBy(tr.at); who != nil || len(sr.ev.Actors) == 0 {
			sr.ev.Actors = who
		}
	}
	if len(sr.ev.Actors) == 0 && impers && sr.ev.Type == "PROTEST" && tr.verb && tr.noun > tr.at {
		// "Розпочато страйк гірників", "оголошено голодування
		// шахтарів": who protests is named in the genitive after the
		// light verb's noun, as after the noun standing alone
		// ("Розпочався страйк гірників")
		if a := f.genitiveAfter(tr.noun); a != "" {
			sr.ev.Actors = append(sr.ev.Actors, a)
		}
	}
	if len(sr.ev.Actors) == 0 && impers {
		// "додав, що ухвалу буде оскаржено": an appeal still to
		// come, told by the one who will make it
		sr.ev.Actors = append(sr.ev.Actors, f.appealToCome(tr.at)...)
	}
	if b := f.cueBody(tr.at); len(sr.ev.Actors) == 0 && b != "" && (sr.ev.Type == "ACCUSE" || sr.ev.Type == "COERCE") {
		// "Обвинувальний акт скеровано до суду, повідомили в
		// обласній прокуратурі": the body that tells its own act
		// (a doer not in the clause, as the instrumental one)
		sr.impAgent = b
		sr.ev.Actors = append(sr.ev.Actors, b)
	}
}

// subjectlessSides reads the sides of a verb with no subject of its own:
// the main clause's of a relative one, the body in whose office it is
// said, whose doing з боку names, those named after a plural verb, or
// the subject of the verb it is joined to.
func (f *finder) subjectlessSides(sr *sideRead, tr trig, out []vistka.Event, end int) {
	if len(sr.ev.Actors) == 0 {
		// "ухвалили декларацію, в якій засудили удари": the
		// relative clause goes on with the main clause's subject.
		sr.ev.Actors = append(sr.ev.Actors, f.relativeMain(tr.at)...)
		if k := len(out) - 1; len(sr.ev.Actors) > 0 && k >= 0 && len(out[k].Actors) > 0 {
			// the main clause's event names them better: "Міністри
			// підписали заяву, якою погодили …" are the sides
			sr.ev.Actors = slices.Clone(out[k].Actors)
		}
	}
	if len(sr.ev.Actors) == 0 {
		// "У Росатомі відкинули звинувачення": a body speaks
		// through a plural verb with no subject of its own (or
		// through the verb it is joined to: "У ТЦК визнали
		// порушення і призначили службове розслідування").
		if e := f.joinedBodyIn(tr.at, tr.k.typ); e != "" {
			sr.ev.Actors = append(sr.ev.Actors, e)
		} else if at := f.planOf(tr.at); pluralTag(f.toks[at].Tag) {
			// "У САП повідомили, що оскаржать ухвалу": the body
			// that said it goes on as the subject of what it said
			// ("У ДБР підтвердили, що отримали звернення і вже
			// розпочали перевірку")
			if v := f.thatClauseCue(at); v >= 0 && isVerb(&f.toks[v]) && pluralTag(f.toks[v].Tag) {
				if e := f.joinedBodyIn(v, tr.k.typ); e != "" {
					sr.ev.Actors = append(sr.ev.Actors, e) // (its verb joined to one before: "звинувачення заперечили і заявили, що …")
				}
			}
		}
		if len(sr.ev.Actors) == 0 {
			if e := f.intendingBody(tr.at, tr.k.typ); e != "" {
				sr.ev.Actors = append(sr.ev.Actors, e)
			}
		}
		if len(sr.ev.Actors) == 0 {
			if es := f.bodyAfter(tr.at, end, tr.k.typ); len(es) > 0 {
				sr.ev.Actors = append(sr.ev.Actors, es...)
			} else if e := f.thereBody(tr.at, tr.k.typ); e != "" {
				sr.ev.Actors = append(sr.ev.Actors, e)
			}
		}
	}
	if len(sr.ev.Actors) == 0 && strings.Contains(f.toks[tr.at].Tag, "impers") {
		// "З боку Росії було завдано удару": a form in -но, -то
		// names whose doing it is with з боку
		if a := f.sideIn(tr.at); a != "" {
			sr.ev.Actors = append(sr.ev.Actors, a)
		} else if a := f.agent(tr.at+1, end, false); a != "" {
			sr.ev.Actors = append(sr.ev.Actors, a) // "затримано поліцейськими": by whom
		} else if g := f.giver(tr.at+1, end); g != "" && sr.ev.Type == "AID" && !slices.Contains(sr.ev.Recipients, g) {
			// "Громаді було передано генератори від уряду Японії":
			// aid given in the impersonal comes from the one
			// named after від, as aid received does
			sr.ev.Actors = append(sr.ev.Actors, g)
		}
	}
	if vt := f.toks[tr.at].Tag; len(sr.ev.Actors) == 0 && (strings.Contains(vt, ":p:") || strings.HasSuffix(vt, ":p")) {
		// "Угоду підписали у Лондоні міністерка Світлана Гринчук,
		// голова правління Віталій Зайченко та президентка банку
		// Оділь Рено-Бассо": the subjects after the verb
		sr.ev.Actors = f.subjectsAfter(tr.at, end)
		if len(sr.ev.Actors) == 0 {
			sr.ev.Actors = f.sidesJoinedAfter(tr.at, end) // "Запуск фінансують ЄС та уряд Швейцарії"
		}
	}
	if k := len(out) - 1; len(sr.ev.Actors) == 0 && k >= 0 && len(out[k].Actors) > 0 && tr.at > 0 && isAnd(&f.toks[tr.at-1]) &&
		out[k].TriggerSpan != nil && out[k].TriggerSpan.Start < f.toks[tr.at].RStart {
		// "відкинули звинувачення і пригрозили відповіддю": the
		// verb joined to the one before goes on with its subject.
		sr.ev.Actors = slices.Clone(out[k].Actors)
	}
}

// nounSides reads the sides of a noun trigger into sr; out is the events
// found so far.
func (f *finder) nounSides(sr *sideRead, tr trig, out []vistka.Event) {
	if a, k := f.conductor(tr.at); a != "" {
		// "Розслідування веде ДБР", "Досудове розслідування проводить
		// Національна поліція": the noun is the object, the subject
		// follows its verb
		sr.ev.Actors = append(sr.ev.Actors, a)
		sr.skip = k + 1
	} else if as := f.titledAfter(tr.at); len(as) > 0 && tr.k.typ == "CONSULT" {
		// "зустріч міністра закордонних справ України Андрія Сибіги
		// та держсекретаря США Марко Рубіо": the sides with titles
		sr.ev.Actors = append(sr.ev.Actors, as...)
	} else if as := f.sidesAfter(tr); len(as) > 0 {
		// "переговори делегацій України та Росії": the sides
		sr.ev.Actors = append(sr.ev.Actors, as...)
	} else if _, as := f.jointBodyEnd(tr.at + 1); len(as) > 0 && tr.k.typ == "CONSULT" {
		// "Засідання українсько-румунської міжурядової комісії
		// відбудеться 25 серпня": the commission of the two sits
		sr.ev.Actors = append(sr.ev.Actors, as...)
	} else if tr.k.typ == "CONSULT" && tr.k.mode != "visit" && f.unnamedBetween(tr.at) {
		// "Переговори між делегаціями тривали понад дві години",
		// "Переговори між відомствами тривали з весни": the sides of
		// the last meeting, agreement or joint work told, else the
		// guests of the last visit and where they came
		if ps, m := f.lastMeeting(out); m != nil {
			sr.ev.Actors = ps
		} else {
			sr.ev.Actors = f.lastVisitSides(out)
		}
	} else if a := f.bySide(tr.at); a != "" && sr.ev.Type == "ASSAULT" {
		// "відбувся обстріл з боку окупантів": whose it was
		sr.ev.Actors = append(sr.ev.Actors, a)
		if g := f.genitiveAfter(tr.at); g != "" && g != a && f.ents.Type(g) == "LOC" && gazetteer.Lookup(f.ents.Name(g))&gazetteer.Country == 0 {
			// "обстріл Сум з боку Росії": the town is the target
			sr.ev.Recipients = append(sr.ev.Recipients, g)
		}
	} else if a := f.accusedOf(tr.at); a != "" && sr.ev.Type == "ASSAULT" {
		// "звинуватив Росію в умисному ударі по порту Одеси": the
		// attack laid at its door, an attributed claim
		sr.ev.Actors = append(sr.ev.Actors, a)
		if g := f.townAfter(tr.at); g != "" {
			sr.ev.Recipients = append(sr.ev.Recipients, g) // "в обстрілі Херсона": the town is the target
		}
	} else if bs := f.between(len(f.toks)); len(bs) > 0 && f.low(tr.at) == "зіткнення" {
		// "бойове зіткнення між ЗСУ і противником": the sides
		sr.ev.Actors = append(sr.ev.Actors, bs...)

	} else if a := f.genitiveAfter(tr.at); a != "" {
		if sr.ev.Type == "ASSAULT" && f.ents.Type(a) == "LOC" && gazetteer.Lookup(f.ents.Name(a))&gazetteer.Country == 0 {
			// "обстріл Краматорська": a town after a strike is its target
			sr.ev.Recipients = append(sr.ev.Recipients, a)
			if by := f.agentAfter(tr.at+1, a); by != "" {
				sr.ev.Actors = append(sr.ev.Actors, by) // "обстріл Херсона російськими військами": by whom
			}
		} else {
			sr.ev.Actors = append(sr.ev.Actors, a)
			if sr.ev.Type == "CONSULT" && f.entityAt(tr.at+1) == a {
				// "Зустріч Зеленського та Трампа відбулася …": both sides
				sr.ev.Actors = append(sr.ev.Actors, f.coordinated(tr.at+1, len(f.toks))...)
			}
		}
	} else if g := f.frontedGuest(tr.at); tr.during && tr.k.mode == "visit" && g >= 0 {
		// "Під час візиту до Києва делегацію прийняв президент": the
		// object put first is the one who came, the subject the host
		if p := f.guestName(g, tr); p != "" {
			sr.ev.Actors = append(sr.ev.Actors, p)
		}
	} else if tr.during {
		sr.ev.Actors = append(sr.ev.Actors, f.subjects(tr.at)...)
		if len(sr.ev.Actors) == 0 {
			// "Під час зустрічі з Марком Рютте Андрій Сибіга заявив":
			// the subject of the verb the meeting is the time of
			for j := tr.at + 1; j < len(f.toks); j++ {
				if t := &f.toks[j]; finiteVerb(t) {
					as := f.subjects(j)
					if len(as) == 0 && !strings.Contains(t.Tag, "impers") {
						// "повідомив, що під час зустрічі з … подякував":
						// the speaker's own doing
						as = f.mainSubjects(j)
					}
					sr.ev.Actors = slices.DeleteFunc(as, func(a string) bool { return slices.Contains(sr.ev.Recipients, a) })
					break
				}
			}
		}
	}
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

// withActors adds who acts with the actors read (whom greetings come from,
// after від; the head of a delegation; who did it with the subject) and
// returns where the trigger's objects start: after the trigger and skip,
// and past a subject put after the verb.
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
