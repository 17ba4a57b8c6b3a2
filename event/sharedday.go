package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// sharedDay dates a past act with no time of its own by the day of
// another act of the same actors told in its sentence, when that day was
// given by the sentences around it (the sentence names no time): "Бужак
// подякував області за підтримку та попросив виділити кошти на ремонт
// водогону" asked on the day he thanked, the day of the visit told
// before. One subject and two verbs tell two acts of one moment. So is a
// meeting named by the sentence's opening as the occasion of a dated act
// ("За результатами зустрічі Поліщук і Стемпень підписали угоду"), whoever
// the act's actors are.
//
// Left as they are: acts in a quote (the speaker's time), a suspicion
// ("якого підозрюють"), acts in the present or to come, and acts of
// other actors ("подякував партнерам, які передали …").
func sharedDay(a *vistka.Analysis, quotes []vistka.Quote, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || len(e.Aux) > 0 || len(e.Actors) == 0 || e.TriggerSpan == nil ||
			strings.Contains(e.Trigger, "підозр") || quotedEvent(quotes, e) {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 0 || datesIn(dates, actClause(a.Sentences[s], e)) > 0 {
			continue
		}
		occasion := e.Type == "CONSULT" && inOpening(a.Sentences[s].Tokens, e)
		if tense, _ := triggerTense(a, e); tense != "past" && !occasion {
			continue
		}
		k := slices.IndexFunc(evs, func(v vistka.Event) bool {
			return v.Sentence == e.Sentence && len(v.Date) == len("2006-01-02") && len(v.Aux) == 0 &&
				v.TriggerSpan != nil && *v.TriggerSpan != *e.TriggerSpan && (occasion || sameSet(v.Actors, e.Actors))
		})
		if k >= 0 {
			e.Date = evs[k].Date
		}
	}
	return evs
}

// retoldDay dates a past act with no time of its own by the day of the
// same act told in the five sentences before: one trigger, one type and
// a recipient shared ("… екстрадицію бізнесмена, якого затримали в
// Лісабоні 19 листопада. … Португальська поліція затримала бізнесмена,
// коли той виходив з готелю" is the one detention). A sentence between
// that names a time or opens a background paragraph stops the search;
// another act on the same one ("суд обрав йому запобіжний захід" after
// the detention) may come days later and is left as it is.
func retoldDay(a *vistka.Analysis, quotes []vistka.Quote, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || len(e.Aux) > 0 || len(e.Recipients) == 0 || e.TriggerSpan == nil || quotedEvent(quotes, e) {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 || datesIn(dates, actClause(a.Sentences[s], e)) > 0 || background(a.Sentences[s].Tokens) {
			continue
		}
		if tense, _ := triggerTense(a, e); tense != "past" {
			continue
		}
		for p := s - 1; p >= 0 && p >= s-5; p-- {
			b := a.Sentences[p]
			k := slices.IndexFunc(evs, func(v vistka.Event) bool {
				return v.Sentence.Start == b.RStart && v.Type == e.Type && v.Trigger == e.Trigger && len(v.Date) == len("2006-01-02") &&
					len(v.Aux) == 0 && shareAny(v.Recipients, e.Recipients)
			})
			if k >= 0 {
				e.Date = evs[k].Date
				break
			}
			if namesDay(dates, b) || background(b.Tokens) {
				break // (a year or a month told in passing is an aside)
			}
		}
	}
	return evs
}

// namesDay reports whether sentence b names a day.
func namesDay(dates []vistka.Date, b vistka.Sentence) bool {
	return slices.ContainsFunc(dates, func(d vistka.Date) bool {
		return d.Start >= b.RStart && d.End <= b.REnd && d.Granularity == "day"
	})
}
