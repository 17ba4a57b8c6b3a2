package event

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// storyScene dates a past act with no time of its own by the day of the
// scene it is told in, however far after the sentence that set it, as
// the golds' convention of session 46 has it (see the README's "the
// story's day for untied events"). The scene is set by the nearest act
// before dated by a day, or by a sentence that names one day and tells
// no act (see sceneOf), and the act is told in it when:
//
//   - its sentence opens by going on from it ("Згодом", "Після цього",
//     "Після завершення саміту", "Того ж дня", "Своєю чергою"; "Згодом",
//     "Після цього" and "Своєю чергою" only in a scene of talks, a
//     meeting, a visit, a call or a signing told that day: after a ruling
//     or a lawsuit the next step may be days later);
//   - or it opens with an occasion ("Під час церемонії", "Після
//     засідання", "За підсумками переговорів", "На полях саміту") named
//     since that act ("Котельні зустріли на майдані, де відбулася
//     церемонія передачі. Під час церемонії посол і мер підписали
//     меморандум" signed that day), or told in a report of one day (see
//     oneDayTold);
//   - or it is done by a side of the meeting, the visit, the call or the
//     signing that set the scene (thanks, a welcome, an agreement, talks,
//     a call on the other side, aid; after a signing, thanks), in the
//     paragraph of the sentence before or in one it opens with that side
//     (past a place phrase: "У Маріїнському палаці Орпо провів
//     переговори") or with "Крім того" ("Крім того, міністр провів
//     зустріч із …"), and not in a place of its own its sentence names
//     apart, a town and not a venue of the scene's (see venue): "Блінкен у
//     вівторок зустрівся в Астані з Токаєвим. … Лідер Казахстану привітав
//     зусилля Сполучених Штатів" welcomed them at the meeting;
//   - or it rejects the charge of the sentence right before, dated
//     ("Депутатка у четвер звинуватила управління … Начальник управління
//     відкинув звинувачення" answered that Thursday);
//   - or it is thanks (see thanked) told before any paragraph that
//     recalls an older story in a report of one day (see oneDayTold)
//     whose scene is set by a sentence with no act or by aid handed
//     over: "У Полтаві в понеділок відкрили центр реабілітації … Когут
//     подякував німецькій стороні за допомогу" thanked them at the
//     opening, whoever was a side of what.
//
// Acts told in a quote or in indirect speech keep the speaker's time, but
// for the sides' act at the talks told in the two sentences before,
// reported ("За словами Сибіги, сторони домовилися …" after the talks),
// acts in the present or to come have no one day, and a parallel thread
// ("Тим часом", "Водночас") or a sentence that recalls another time
// ("раніше", "минулого", "тоді") is left as it is; so is a suspicion
// served, which may come days later.
func storyScene(a *vistka.Analysis, ents *entity.Result, quotes []vistka.Quote, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	told := indexEvents(a, evs)
	firstBackground := -1 // the first sentence that recalls an older story, sought once (see backgroundFrom)
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || len(e.Aux) > 0 || e.TriggerSpan == nil || strings.Contains(e.Trigger, "підозр") {
			continue
		}
		reported := quotedEvent(quotes, e)
		if reported && !toldOfSides(quotes, e) {
			continue
		}
		if tense, total := triggerTense(a, e); tense != "past" || total {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 {
			continue
		}
		own := actClause(a.Sentences[s], e)
		if timeTold(a, dates, own) || inBackground(a, s) {
			continue
		}
		toks := a.Sentences[s].Tokens
		opened := sceneOpening(toks) && !inOpening(toks, e)
		if recalls(own.Tokens) || !opened && (timeShifted(own.Tokens) || parallel(toks)) {
			continue
		}
		day, v, at := sceneOf(a, quotes, dates, evs, told, i, s)
		noun := occasionOpening(toks)
		reportDay := false // day is the report's one day, read already
		if day == "" && opened && noun != "" {
			if firstBackground < 0 {
				firstBackground = backgroundFrom(a)
			}
			if s <= firstBackground {
				// "Перед голосуванням делегація провела зустріч" a dozen
				// sentences after the lead's "Рада в четвер не
				// підтримала": a report of one day, however far (none
				// after a paragraph that recalls an older story)
				day, at, reportDay = oneDayTold(a, dates, s), s, true
			}
		}
		if day == "" {
			continue
		}
		if v != nil && !metThere(e, v) {
			v = cmp.Or(sideMet(a, evs, told, i, e, day, s), v)
		}
		switch {
		case reported && (v == nil || !metThere(e, v) || s-toldAt(a, v, s) > 2):
			// only the sides' act at the talks told just before,
			// reported ("Згодом міністр провів переговори з Сибігою. За
			// словами Сибіги, сторони домовилися …"): "За словами
			// Кіпера, Молдова передала …" may be of another time
			continue
		case reported:
		case !opened && e.Type == "REJECT" && v != nil && v.Type == "ACCUSE" && toldAt(a, v, s) == s-1:
			// "Депутатка звинуватила міністерство в тому, що … Міністр
			// відкинув звинувачення": the answer given as the charge was
		case !opened && thanked(toks, e) && (v == nil || (v.Type == "AID" || v.Mode == "visit") && !metThere(e, v)):
			// "У середу в Полтаві відкрили центр реабілітації. …
			// Когут подякував німецькій стороні за допомогу": thanks
			// said at the occasion or the handover of a report of one
			// day (after talks or a signing only a side's, see metThere;
			// after a strike the thanks may come later); a guest's
			// visit to the occasion is no talks ("На відкриття приїхав
			// міністр. … Мер подякував уряду Данії")
			if firstBackground < 0 {
				firstBackground = backgroundFrom(a)
			}
			if s > firstBackground || oneDayTold(a, dates, s) != day {
				continue
			}
		case opened && noun != "":
			if !reportDay && !namedSince(a, noun, at, s) && oneDayTold(a, dates, s) != day {
				continue // "Президент у понеділок прибув … У вівторок Литва передала … На початку візиту": which day?
			}
		case opened:
			if later(toks) && !metOn(evs, told, i, day, s) {
				continue // "Після цього фірма звернулася до апеляційного суду": days later
			}
		case v == nil || !metThere(e, v) || !sameParagraph(a, s-1, s) && !opensWithSide(a, ents, s, e) && !besides(a.Sentences[s]) ||
			e.Place != "" && e.Place != v.Place && ownPlace(a, ents, a.Sentences[s]) && !venue(ents, e.Place):
			continue // ("Литвин також провів переговори у Варшаві": elsewhere, another day)
		}
		e.Date = day
	}
	return evs
}

// sceneOf returns the day of the scene of sentence s, the act that set it
// and its sentence: the nearest act before evs[i] (told indexes evs), in
// the ten sentences before s, dated by a day (not one to come, a demand's
// or a threat's, whose day is often a deadline, nor one told in a quote,
// nor one told in an aside of the day before that story's day, see
// opensDayBefore), or the one day a sentence with no act names ("У
// п'ятницю, в останній день саміту, лідери затвердили висновки"), with no
// act. It returns "" when there is none, when a paragraph between recalls
// an older story, or when a sentence between with no act names another
// time in the paragraph of s ("Про передачу стало відомо ще в лютому. Тоді
// посол …"); such a time told in an earlier paragraph is an aside the
// story comes back from.
func sceneOf(a *vistka.Analysis, quotes []vistka.Quote, dates []vistka.Date, evs []vistka.Event, told eventIndex, i, s int) (string, *vistka.Event, int) {
	var aside *vistka.Event // the act of an aside of the day before passed (see opensDayBefore)
	asideAt := -1
	found := func(day string, v *vistka.Event, p int) (string, *vistka.Event, int) {
		if aside != nil && dayAfter(aside.Date) != day {
			return aside.Date, aside, asideAt // "Днем раніше, у понеділок, …" after a story of another day: no aside
		}
		return day, v, p
	}
	for p := s - 1; p >= 0 && p >= s-10; p-- {
		if background(a.Sentences[p+1].Tokens) || inBackground(a, p) {
			return found("", nil, -1)
		}
		before := told.before(p, i)
		for k := len(before) - 1; k >= 0; k-- {
			v := &evs[before[k]]
			if len(v.Aux) > 0 || v.Type == "REQUEST" || v.Type == "THREATEN" || v.TriggerSpan == nil || quotedEvent(quotes, v) || len(v.Date) != len("2006-01-02") {
				continue
			}
			if aside == nil && opensDayBefore(a.Sentences[p].Tokens) {
				// "Напередодні поліція затримала …": an aside the
				// story comes back from, when the story's day before
				// it is the next day
				aside, asideAt = v, p
				continue
			}
			return found(v.Date, v, p)
		}
		if len(before) > 0 || !timeTold(a, dates, a.Sentences[p]) {
			continue
		}
		if main := mainClause(a.Sentences[p]); onlyDay(dates, main) != "" && allDays(dates, main) {
			return found(onlyDay(dates, main), nil, p)
		}
		if sameParagraph(a, p, s) {
			return found("", nil, -1)
		}
	}
	return found("", nil, -1)
}

// actClause returns b up to the first clause of який, що or де that opens
// after the trigger of e: a time told there, or a word that recalls one,
// is of the thing the clause tells of, not of e ("Під будівлею зібралися
// медики, які вимагали повернути надбавки, скасовані минулого року"
// gathered on the story's day; "Сторони також домовилися про літню
// школу, яка відбудеться в липні" agreed at the signing). A demand or a
// threat keeps the whole sentence: the date of what is asked for is
// often its deadline ("пригрозила, що в разі несплати до 1 грудня …").
func actClause(b vistka.Sentence, e *vistka.Event) vistka.Sentence {
	if e.TriggerSpan == nil {
		return b
	}
	demand := e.Type == "REQUEST" || e.Type == "THREATEN"
	for k := 1; k < len(b.Tokens); k++ {
		if b.Tokens[k].RStart > e.TriggerSpan.Start && b.Tokens[k-1].Text == "," && clauseOpeners[b.Tokens[k].Lemma] &&
			!(demand && b.Tokens[k].Lemma == "що") {
			b.REnd, b.Tokens = b.Tokens[k].RStart, b.Tokens[:k]
			break
		}
	}
	return b
}

// clauseOpeners are the lemmas that open a clause under the main one and
// tell of something else: a relative clause or what is said.
var clauseOpeners = map[string]bool{"який": true, "що": true, "де": true}

// opensDayBefore reports whether toks open by going back a day from the
// story's: "Напередодні", "Днем раніше", "За день до цього". What they
// tell is an aside; the scene goes on after it on the story's day
// ("Напередодні поліція затримала в Балаклії чоловіка … Наприкінці дня
// начальник ОВА зустрівся з мешканцями" met them on the visit's day).
func opensDayBefore(toks []vistka.Token) bool {
	w := openingWords(toks, 3)
	return len(w) >= 2 && (w[0] == "напередодні" || w[0] == "днем" && w[1] == "раніше" || len(w) == 3 && w[0] == "за" && w[1] == "день" && w[2] == "до")
}

// sideMet returns the meeting, the visit, the call or the signing dated
// day, told before evs[i] in the sentences before s back to a paragraph
// that recalls an older story (told indexes evs), whose sides did e (see
// metThere), the nearest first, or nil: the scene's day may be set by an
// act of others told since ("Синєгубов у середу відвідав хаб у Балаклії.
// … Того ж дня армія вдарила по Балаклії. Окрім цього, Синєгубов провів
// нараду з керівниками громад" held it on the visit's day), and the
// sides of talks told in the lead act on them however long the report
// of that day goes on ("Гордієнко провів у Вільнюсі переговори з
// Мажейкою. … Литовський міністр також закликав партнерів по ЄС …").
func sideMet(a *vistka.Analysis, evs []vistka.Event, told eventIndex, i int, e *vistka.Event, day string, s int) *vistka.Event {
	start, recalls := s, false // where p's paragraph opens, and whether it opens recalling (inBackground, found once a paragraph)
	for p := s - 1; p >= 0; p-- {
		if p < start {
			start = p
			for start > 0 && sameParagraph(a, start-1, start) {
				start--
			}
			recalls = background(a.Sentences[start].Tokens)
		}
		if background(a.Sentences[p+1].Tokens) || recalls {
			return nil
		}
		before := told.before(p, i)
		for k := len(before) - 1; k >= 0; k-- {
			if w := &evs[before[k]]; w.Date == day && len(w.Aux) == 0 && metThere(e, w) {
				return w
			}
		}
	}
	return nil
}

// mainClause returns b up to its first relative clause of який: "У
// Снігурівці у вівторок відкрили міст, який окупанти підірвали в
// листопаді 2022 року" tells the day of the opening; the month is the
// bridge's, an aside.
func mainClause(b vistka.Sentence) vistka.Sentence {
	for k := 1; k < len(b.Tokens); k++ {
		if b.Tokens[k].Lemma == "який" && b.Tokens[k-1].Text == "," {
			b.REnd, b.Tokens = b.Tokens[k].RStart, b.Tokens[:k]
			break
		}
	}
	return b
}

// namedSince reports whether a sentence from p up to s names the
// occasion noun: "… де відбулася церемонія передачі. Під час церемонії …".
func namedSince(a *vistka.Analysis, noun string, p, s int) bool {
	return slices.ContainsFunc(a.Sentences[p:s], func(b vistka.Sentence) bool {
		return slices.ContainsFunc(b.Tokens, func(t vistka.Token) bool { return sameGathering(t.Lemma, noun) })
	})
}

// occasionOpening returns the lemma of the occasion a sentence opens by
// tying itself to ("Під час церемонії", "Після засідання", "На полях
// саміту"), or "".
func occasionOpening(toks []vistka.Token) string {
	if tie, _ := tieOpens(toks); tie != "" && tie != "день" {
		return tie
	}
	return openingGathering(toks)
}

// sceneOpening reports whether toks open by tying what they tell to the
// scene told before: "Під час церемонії", "Після зустрічі", "За
// підсумками переговорів", "На полях саміту", "Згодом", "Після цього",
// "Того ж дня", "Своєю чергою", "У свою чергу", "Наприкінці дня" (see
// laterThatDay).
func sceneOpening(toks []vistka.Token) bool {
	if tie, _ := tieOpens(toks); tie != "" || goesOn(toks) || openingGathering(toks) != "" {
		return true
	}
	w := openingWords(toks, 3)
	return laterThatDay(w) || inTurn(w)
}

// laterThatDay reports whether w, the opening words of a sentence (see
// openingWords), tell a later hour of the day with no day of its own:
// "Наприкінці дня", "Під кінець дня", "Увечері" (not "Увечері 3 грудня",
// "Увечері в середу").
func laterThatDay(w []string) bool {
	if len(w) < 3 {
		return false
	}
	return w[0] == "наприкінці" && w[1] == "дня" || w[0] == "під" && w[1] == "кінець" && w[2] == "дня" ||
		(w[0] == "увечері" || w[0] == "ввечері") && w[1] != "в" && w[1] != "у" && strings.IndexFunc(w[1], unicode.IsDigit) != 0
}

// later reports whether toks open by going on to a later time or to the
// next in turn, not naming the scene: "Згодом", "Пізніше", "Після цього",
// "Перед цим", "Своєю чергою", "У свою чергу". Within a meeting, a visit
// or a call that is later that day; after a ruling, a lawsuit or a strike
// it may be days later ("У свою чергу Вищий госпсуд скасував постанову").
func later(toks []vistka.Token) bool {
	w := openingWords(toks, 3)
	return len(w) >= 2 && (w[0] == "згодом" || w[0] == "пізніше" || w[0] == "потім" ||
		(w[0] == "після" || w[0] == "перед") && (w[1] == "цього" || w[1] == "того" || w[1] == "цим" || w[1] == "тим")) ||
		inTurn(w)
}

// inTurn reports whether the opening words w say "Своєю чергою" or "У
// свою чергу".
func inTurn(w []string) bool {
	return len(w) >= 2 && w[0] == "своєю" && w[1] == "чергою" || len(w) == 3 && (w[0] == "у" || w[0] == "в") && w[1] == "свою" && w[2] == "чергу"
}

// met reports whether v is a meeting, a visit, a call or a signing: a
// scene of one day.
func met(v *vistka.Event) bool {
	return v.Type == "CONSULT" || v.Type == "AGREE"
}

// metOn reports whether a meeting, a visit, a call or a signing dated day
// (see met) is told before evs[i] in the ten sentences before s (told
// indexes evs): the scene is one of talks.
func metOn(evs []vistka.Event, told eventIndex, i int, day string, s int) bool {
	for p := s - 10; p < s; p++ {
		if slices.ContainsFunc(told.before(p, i), func(k int) bool {
			v := &evs[k]
			return met(v) && v.Date == day && len(v.Aux) == 0
		}) {
			return true
		}
	}
	return false
}

// inOpening reports whether the trigger of e is the occasion the
// opening words of toks name ("Під час зустрічі з Рютте міністр заявив"):
// the occasion itself, not an act set at it.
func inOpening(toks []vistka.Token, e *vistka.Event) bool {
	w := 0
	for k := range toks {
		if toks[k].Kind == vistka.Punct {
			continue
		}
		if w++; w > 4 {
			return false
		}
		if toks[k].RStart == e.TriggerSpan.Start {
			return tieNouns[toks[k].Lemma] || gatheringDays[toks[k].Lemma]
		}
	}
	return false
}

// parallel reports whether toks open a thread of the story told beside
// the scene, of its own time: "Тим часом", "Водночас".
func parallel(toks []vistka.Token) bool {
	w := openingWords(toks, 2)
	return len(w) == 2 && (w[0] == "тим" && w[1] == "часом" || w[0] == "водночас")
}

// recalls reports whether toks recall a time before the story's day
// ("Нагадаємо", "раніше", "минулого", "тоді", "нещодавно"): the words of
// timeShifted but for those that go on from the scene (goingOn: згодом,
// пізніше, потім, вже).
func recalls(toks []vistka.Token) bool {
	return background(toks) || slices.ContainsFunc(toks, func(t vistka.Token) bool { return recallWords[scan.ToLower(t.Text)] })
}

// metThere reports whether e is an act done at the meeting, the visit or
// the call v by its sides, or thanks after the signing v: every actor of
// e is a side of v, and e is one of the acts done at a meeting (thanks, a
// welcome, an agreement, talks, co-operation, aid, a call on the other
// side) or, after a signing, thanks ("Кошта провели телефонну розмову із
// Зеленським … Український президент подякував лідерам ЄС" that day). A
// signing sets no other act's day: "Міністерство уклало договір …
// Міністерство вимагало оригінал довідки" tells the tender's terms.
func metThere(e, v *vistka.Event) bool {
	if !met(v) || len(e.Actors) == 0 {
		return false
	}
	switch {
	case e.Type == "SUPPORT":
	case v.Type != "CONSULT":
		return false
	case e.Type == "AGREE" || e.Type == "COOPERATE" || e.Type == "AID" || e.Type == "REQUEST":
	case e.Type != "CONSULT" || e.Mode == "phone" || e.Mode == "visit":
		return false
	}
	return !slices.ContainsFunc(e.Actors, func(x string) bool { return !sideOf(v, x) })
}

// sideOf reports whether the actor x is a side of v, an actor or a
// recipient, by the same id or phrase or as one group (see sameGroup);
// the visitors named by a common noun (see visitingParty) are a side of
// any meeting or visit: "Також глава ОВА провів зустріч із делегацією
// Люблінського воєводства. Польські гості передали лікарні апарати".
func sideOf(v *vistka.Event, x string) bool {
	if v.Type == "CONSULT" && v.Mode != "phone" && visitingParty(x) {
		return true
	}
	same := func(y string) bool { return y == x || sameGroup(x, y) }
	return slices.ContainsFunc(v.Actors, same) || slices.ContainsFunc(v.Recipients, same)
}

// sameGroup reports whether x and y, actors told by a phrase and no
// entity, name one group: the first word of x, a plural ("ветерани",
// "волонтери"; a title in the singular may be another person's), and a
// word of y share their first five letters ("Ветерани попросили …" after
// "зустрівся з ветеранами російсько-української війни", "Волонтери хабу"
// after "представниками волонтерських організацій").
func sameGroup(x, y string) bool {
	if entity.Index(x) >= 0 || entity.Index(y) >= 0 {
		return false
	}
	first, _, _ := strings.Cut(scan.ToLower(x), " ")
	stem := []rune(first)
	if len(stem) < 6 || !strings.HasSuffix(first, "и") && !strings.HasSuffix(first, "і") {
		return false
	}
	return slices.ContainsFunc(strings.Fields(scan.ToLower(y)), func(w string) bool { return strings.HasPrefix(w, string(stem[:5])) })
}

// visitingParty reports whether the phrase x names a visiting party by its
// first or second word (after an adjective): делегація, гості,
// "Молдовські гості", "польська делегація".
func visitingParty(x string) bool {
	w := strings.Fields(scan.ToLower(x))
	return len(w) > 0 && visitorNouns[w[0]] || len(w) > 1 && visitorNouns[w[1]]
}

// visitorNouns are the nouns of a visiting party.
var visitorNouns = map[string]bool{"делегація": true, "делегації": true, "делегати": true, "гості": true}

// backgroundFrom returns the first sentence of a that opens a paragraph
// recalling an older story ("Нагадаємо, …", "Раніше …"), or the number of
// sentences: the report of one day ends there.
func backgroundFrom(a *vistka.Analysis) int {
	for p := range a.Sentences {
		if background(a.Sentences[p].Tokens) {
			return p
		}
	}
	return len(a.Sentences)
}

// thanked reports whether e, told in toks, is thanks ("подякував",
// "висловив подяку") or the welcome of a decision ("привітав рішення
// лідерів"): a word said as the news came, not a congratulation, which
// may wait for the winners' return.
func thanked(toks []vistka.Token, e *vistka.Event) bool {
	if e.Type != "SUPPORT" {
		return false
	}
	if strings.HasPrefix(e.Trigger, "подякувати") || strings.HasPrefix(e.Trigger, "дякувати") || strings.Contains(e.Trigger, "подяк") {
		return true
	}
	k := tokenStarting(toks, e.TriggerSpan.Start)
	return strings.HasPrefix(e.Trigger, "привітати") && k >= 0 && k+1 < len(toks) && toks[k+1].Lemma == "рішення"
}

// tokenStarting returns the index of the token of toks that starts at the
// rune offset start (an event's trigger), or -1.
func tokenStarting(toks []vistka.Token, start int) int {
	return slices.IndexFunc(toks, func(t vistka.Token) bool { return t.RStart == start })
}

// toldOfSides reports whether e is told in indirect speech, not in a
// direct quote: "За словами Сибіги, сторони домовилися про спільне
// виробництво боєприпасів" reports the talks' outcome.
func toldOfSides(quotes []vistka.Quote, e *vistka.Event) bool {
	return !slices.ContainsFunc(quotes, func(q vistka.Quote) bool {
		return q.Direct && e.TriggerSpan.Start >= q.Start && e.TriggerSpan.End <= q.End
	})
}

// venue reports whether the place id is a building or a site rather than
// a town, a region or a country (Маріїнський палац, Офіс президента): a
// meeting there is held in the town of the visit told before, not
// elsewhere.
func venue(ents *entity.Result, id string) bool {
	switch ents.Type(id) {
	case "ORG":
		return true
	case "LOC":
		n := ents.Name(id)
		return gazetteer.Lookup(n)&gazetteer.Location == 0 && !strings.HasSuffix(n, "щина") && !strings.HasSuffix(n, "область")
	}
	return false
}
