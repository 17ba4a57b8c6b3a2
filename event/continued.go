package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// continuedDay dates an event with no date of its own by the day of the
// nearest event before it in its paragraph that one of its sides took
// part in: "Лінд у четвер відвідала Херсон. Вона зустрілася з головою
// ОВА" met that Thursday, the pronoun resolved to the visitor. The
// sentence must name no time of its own, the event lie outside every
// quote, and both be told in the past (or both to come: "у четвер має
// провести переговори … Він також відвідає завод"); a sentence between
// that names another time, or a word that shifts the time ("Нагадаємо",
// "раніше", "минулого", "тоді", "через тиждень"), stops the search. A
// suspicion served after an arrest is left undated: it may come days
// later.
//
// The search goes back into the paragraph before only when the event's
// sentence opens its own paragraph with a side of the event (a personal
// pronoun, a named side, a crowd): "Близько двохсот жителів у середу
// перекрили автодорогу.\nЛюди вимагали залишити хірургію" demanded that
// Wednesday, the crowd being the protest's; a crowd stands for the
// crowd of a protest told before.
func continuedDay(a *vistka.Analysis, ents *entity.Result, quotes []vistka.Quote, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	told := indexEvents(a, evs)
	for i := range evs {
		e := &evs[i]
		future := slices.Equal(e.Aux, []string{"future"})
		if e.Date != "" || len(e.Aux) > 0 && !future || e.TriggerSpan == nil || quotedEvent(quotes, e) || strings.Contains(e.Trigger, "підозр") {
			continue // (a suspicion told after an arrest may be served days later)
		}
		if tense, total := triggerTense(a, e); total || !future && tense != "past" {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 || datesIn(dates, actClause(a.Sentences[s], e)) > 0 || timeShifted(a.Sentences[s].Tokens) {
			continue
		}
		cross := !sameParagraph(a, s-1, s) && opensWithSide(a, ents, s, e)
		e.Date = partyDayBefore(a, dates, evs, told, i, s, future, cross)
	}
	return evs
}

// opensWithSide reports whether sentence s opens with an actor of e: a
// personal pronoun, a mention of an actor entity, or the first word of an
// actor told by a phrase ("Люди вимагали …").
func opensWithSide(a *vistka.Analysis, ents *entity.Result, s int, e *vistka.Event) bool {
	toks := a.Sentences[s].Tokens
	k := slices.IndexFunc(toks, func(t vistka.Token) bool { return t.Kind == vistka.Word })
	if k < 0 {
		return false
	}
	k = pastOpeningPlace(ents, toks, k, e)
	w := scan.ToLower(toks[k].Text)
	if w == "він" || w == "вона" || w == "вони" {
		return true
	}
	if id := ents.At(toks[k].RStart, toks[k].REnd); id != "" && slices.Contains(e.Actors, id) {
		return true
	}
	return slices.ContainsFunc(e.Actors, func(x string) bool {
		first, _, _ := strings.Cut(scan.ToLower(x), " ")
		return first == w
	})
}

// pastOpeningPlace returns the index of the first word after a place
// phrase the sentence opens with (в, у or на and words in the locative:
// "У Маріїнському палаці Орпо провів переговори"), or k when it opens
// with none; a mention of an actor of e ends the phrase (an indeclinable
// name reads as a locative too).
func pastOpeningPlace(ents *entity.Result, toks []vistka.Token, k int, e *vistka.Event) int {
	if w := scan.ToLower(toks[k].Text); w != "в" && w != "у" && w != "на" || !strings.HasPrefix(toks[k].Tag, "prep") {
		return k
	}
	j := k + 1
	for prev := ""; j < len(toks) && j <= k+5; j++ {
		// (the words of the place's name past it: "В Офісі президента")
		id := ents.At(toks[j].RStart, toks[j].REnd)
		if id != "" && slices.Contains(e.Actors, id) || !hasCase(&toks[j], "v_mis") && (id == "" || id != prev) {
			break
		}
		prev = id
	}
	if j == k+1 || j >= len(toks) {
		return k
	}
	return j
}

// sameCrowd reports whether e is done by the people of v, a protest:
// protesters by name ("Протестувальники вимагали …", "Учасники акції
// передали звернення") after any protest, or a crowd (see crowd) after a
// crowd's protest, counted or not ("Люди вимагали …" after "жителі
// громади перекрили трасу" or "понад сто мешканців перекрили трасу").
func sameCrowd(e, v *vistka.Event) bool {
	if v.Type != "PROTEST" {
		return false
	}
	if slices.ContainsFunc(e.Actors, byProtest) {
		return true
	}
	return slices.ContainsFunc(e.Actors, crowd) && slices.ContainsFunc(v.Actors, func(x string) bool {
		return crowd(x) || slices.ContainsFunc(strings.Fields(scan.ToLower(x)), func(w string) bool { return countedCrowd[w] })
	})
}

// byProtest reports whether the actor a names people by their protest:
// протестувальники, мітингувальники, учасники акції (пікету, мітингу).
func byProtest(a string) bool {
	w := strings.Fields(scan.ToLower(a))
	return len(w) > 0 && (gatherers[w[0]] || len(w) > 1 && w[0] == "учасники" && rallyOf[w[1]])
}

// rallyOf are the genitives of rallyNouns and акція: учасники акції.
var rallyOf = map[string]bool{"акції": true, "мітингу": true, "протесту": true, "пікету": true, "демонстрації": true,
	"маршу": true, "віча": true, "страйку": true}

// countedCrowd are the genitive plurals of crowdNouns, as a count names
// them: "понад сто мешканців".
var countedCrowd = map[string]bool{"мешканців": true, "жителів": true, "учасників": true, "страйкарів": true, "протестувальників": true,
	"мітингувальників": true, "активістів": true, "гірників": true, "людей": true, "селян": true, "батьків": true}

// partyDayBefore returns the day of the nearest event before e, evs[i]
// (told indexes evs), before sentence s in its paragraph (or, when
// cross, in the paragraph before) that shares a side with e and is told
// in the same time (future or not), or "" when a sentence between names
// another time or shifts it.
func partyDayBefore(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event, told eventIndex, i, s int, future, cross bool) string {
	e := &evs[i]
	head := hasHeadline(a)
	for q := s - 1; q >= 0 && (sameParagraph(a, q, s) || cross && (q > 0 || !head) && (q == s-1 || sameParagraph(a, q, s-1))); q-- {
		before := told.before(q, i)
		for k := len(before) - 1; k >= 0; k-- {
			v := &evs[before[k]]
			if len(v.Date) != len("2006-01-02") || !sharesParty(e, v) && !sameCrowd(e, v) {
				continue
			}
			if !sameParagraph(a, q, s) && e.Place != "" && e.Place != v.Place {
				return "" // "… у середу в Брюсселі зустрівся з Шмідт.\nЛитвин також провів переговори у Варшаві": elsewhere, another day
			}
			if future == slices.Equal(v.Aux, []string{"future"}) && (future || len(v.Aux) == 0) {
				return v.Date
			}
		}
		if d := onlyDay(dates, a.Sentences[q]); d != "" && cross && head && q == 1 && !future && anyVerb(a.Sentences[q].Tokens) && headlineTold(a, evs[:i], e) {
			// "Жителі перекрили трасу" over "Близько двохсот жителів в
			// середу перекрили автодорогу.\nЛюди вимагали …": the lead
			// tells the headline's act again, with its day
			return d
		}
		if datesIn(dates, a.Sentences[q]) > 0 || timeShifted(a.Sentences[q].Tokens) {
			return ""
		}
	}
	return ""
}

// headlineTold reports whether the headline tells an act, with no aux,
// whose side e shares (see sharesParty, sameCrowd): one the lead tells
// again (see dropHeadline).
func headlineTold(a *vistka.Analysis, evs []vistka.Event, e *vistka.Event) bool {
	return slices.ContainsFunc(evs, func(v vistka.Event) bool {
		return a.SentenceAt(v.Sentence.Start) == 0 && len(v.Aux) == 0 && (sharesParty(e, &v) || sameCrowd(e, &v))
	})
}

// quotedEvent reports whether the trigger of e lies inside a quote,
// direct or indirect: what a speaker tells has the speaker's time.
func quotedEvent(quotes []vistka.Quote, e *vistka.Event) bool {
	return slices.ContainsFunc(quotes, func(q vistka.Quote) bool {
		return e.TriggerSpan.Start >= q.Start && e.TriggerSpan.End <= q.End
	})
}

// timeShifted reports whether toks recall another time than the story's
// day: "Нагадаємо", "раніше", "минулого", "тоді", "нещодавно".
func timeShifted(toks []vistka.Token) bool {
	if background(toks) {
		return true
	}
	for k := range toks {
		l := scan.ToLower(toks[k].Text)
		if recallWords[l] || goingOn[l] {
			return true
		}
		if (l == "після" || l == "до") && clauseOfTime(toks, k, "того") || l == "перед" && clauseOfTime(toks, k, "тим") {
			return true // "попросив про голосування після того, як кандидат переміг": another act's time
		}
		if (l == "через" || l == "за") && k+2 < len(toks) && (timeUnits[toks[k+1].Lemma] || timeUnits[toks[k+2].Lemma]) &&
			(l == "через" || slices.ContainsFunc(toks[k+2:min(k+5, len(toks))], func(t vistka.Token) bool { return scan.ToLower(t.Text) == "до" })) {
			// "Через тиждень після підписання угоди", "за два дні до";
			// "за рік через хаб пройшло 900 тонн" counts a span
			return true
		}
	}
	return false
}

// clauseOfTime reports whether toks[k] opens a clause of time by a
// correlative and як: "після того, як", "перед тим як".
func clauseOfTime(toks []vistka.Token, k int, corr string) bool {
	j := k + 1
	if j >= len(toks) || scan.ToLower(toks[j].Text) != corr {
		return false
	}
	if j++; j < len(toks) && toks[j].Text == "," {
		j++
	}
	return j < len(toks) && scan.ToLower(toks[j].Text) == "як"
}

// timeUnits are the lemmas of the spans of time a shift counts in.
var timeUnits = map[string]bool{"день": true, "тиждень": true, "місяць": true, "рік": true, "доба": true, "година": true}

// The words that move a sentence off the day told before: recallWords
// to an older time, goingOn on from it.
var (
	recallWords = map[string]bool{"нагадаємо": true, "раніше": true, "минулого": true, "минулої": true, "минулий": true,
		"минулу": true, "минулому": true, "тоді": true, "нещодавно": true, "колись": true, "відтоді": true, "досі": true,
		"напередодні": true}
	goingOn = map[string]bool{"згодом": true, "пізніше": true, "потім": true, "вже": true, "уже": true}
)
