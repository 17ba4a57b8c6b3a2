package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
)

// onTheSpot places and dates an act told as done "на місці" (on the spot:
// "Водія затримали на місці", "На місці затримано шістьох чоловіків")
// with no place or time of its own by the scene of the sentence right
// before, which the words point back to: "У ніч на суботу, 14 червня,
// поблизу села Богдан поліцейські зупинили лісовоз. Водія затримали на
// місці" held him near Богдан that night. The place is the one place the
// sentence before names in its main clause (after в/у, поблизу, біля,
// неподалік), or that of its placed acts when they agree; the day is the
// one day its main clause names. "На місці колишнього заводу" (in place
// of) and an act to come are left as they are.
func onTheSpot(a *vistka.Analysis, ents *entity.Result, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Place != "" && e.Date != "" || len(e.Aux) > 0 || e.TriggerSpan == nil {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 || !saysOnTheSpot(actClause(a.Sentences[s], e).Tokens) {
			continue
		}
		if tense, _ := triggerTense(a, e); tense == "futr" || tense == "pres" {
			continue
		}
		before := mainClause(a.Sentences[s-1])
		if e.Place == "" && !ownPlace(a, ents, a.Sentences[s]) {
			e.Place = spotPlace(a, ents, evs, before, s-1)
		}
		if e.Date == "" && !timeTold(a, dates, a.Sentences[s]) && allDays(dates, before) {
			e.Date = onlyDay(dates, before)
		}
	}
	return evs
}

// saysOnTheSpot reports whether toks say "на місці" as an adverbial, not
// followed by whose place it is ("на місці колишнього заводу", "на місці
// події" is the scene named anew and counts too).
func saysOnTheSpot(toks []vistka.Token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].Text != "місці" || lower(&toks[k-1]) != "на" {
			continue
		}
		if k+1 == len(toks) || toks[k+1].Kind == vistka.Punct || toks[k+1].Lemma == "подія" || !strings.HasPrefix(toks[k+1].Tag, "noun") && !strings.HasPrefix(toks[k+1].Tag, "adj") {
			return true
		}
	}
	return false
}

// spotPlace returns the place of sentence p (its main clause before any
// relative clause): that of its acts when they all have one and the same,
// else the one LOC it names after в/у (in the locative) or поблизу, біля,
// неподалік, поруч з (the place may follow a common noun: "поблизу села
// Богдан"); "" when it names none or several.
func spotPlace(a *vistka.Analysis, ents *entity.Result, evs []vistka.Event, main vistka.Sentence, p int) string {
	place := ""
	for k := range evs {
		v := &evs[k]
		if a.SentenceAt(v.Sentence.Start) != p || v.Place == "" || len(v.Aux) > 0 {
			continue
		}
		if place != "" && place != v.Place {
			return ""
		}
		place = v.Place
	}
	if place != "" {
		return place
	}
	toks := main.Tokens
	for j := 1; j < len(toks); j++ {
		prep := lower(&toks[j-1])
		near := prep == "поблизу" || prep == "біля" || prep == "неподалік" || prep == "поруч"
		if prep != "в" && prep != "у" && !near {
			continue
		}
		k := j
		if near && k+1 < len(toks) && settlementNouns[toks[k].Lemma] { // (see event.go)
			k++ // "поблизу села Богдан"
		}
		id := ents.At(toks[k].RStart, toks[k].REnd)
		if id == "" || ents.Type(id) != "LOC" || !near && !hasCase(&toks[k], "v_mis") {
			continue
		}
		if place != "" && place != id {
			return ""
		}
		place = id
	}
	return place
}

// rescuedThere places and dates a rescue with no place or time of its own
// ("Рятувальники деблокували з-під завалів жінку", "дістали з-під завалів
// трьох людей", "врятували чоловіка") by the nearest strike with a place
// told in the three sentences before it: the people were dug out where
// the strike hit, that night. A sentence between that tells another time
// or recalls the background stops it.
func rescuedThere(a *vistka.Analysis, ents *entity.Result, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Place != "" && e.Date != "" || len(e.Aux) > 0 || e.Type != "AID" || !rescueVerbs[firstWord(e.Trigger)] {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 || ownPlace(a, ents, a.Sentences[s]) {
			continue
		}
		var strike *vistka.Event
		for k := i - 1; k >= 0 && strike == nil; k-- {
			v := &evs[k]
			p := a.SentenceAt(v.Sentence.Start)
			if p < s-3 {
				break
			}
			if v.Type == "ASSAULT" && v.Place != "" && len(v.Aux) == 0 && p < s {
				strike = v
			}
		}
		if strike == nil {
			continue
		}
		p := a.SentenceAt(strike.Sentence.Start)
		if slices.ContainsFunc(a.Sentences[p+1:s+1], func(b vistka.Sentence) bool { return timeTold(a, dates, b) || background(b.Tokens) }) {
			continue
		}
		if e.Place == "" {
			e.Place = strike.Place
		}
		if e.Date == "" && len(strike.Date) == len("2006-01-02") {
			e.Date = strike.Date
		}
	}
	return evs
}

// rescueVerbs are the lemmas of a rescue at a strike's site.
var rescueVerbs = map[string]bool{"деблокувати": true, "дістати": true, "врятувати": true}
