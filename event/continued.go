package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
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
func continuedDay(a *vistka.Analysis, quotes []vistka.Quote, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
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
		if s < 1 || datesIn(dates, a.Sentences[s]) > 0 || timeShifted(a.Sentences[s].Tokens) {
			continue
		}
		e.Date = partyDayBefore(a, dates, evs[:i], e, s, future)
	}
	return evs
}

// partyDayBefore returns the day of the nearest event of evs before
// sentence s in its paragraph that shares a side with e and is told in
// the same time (future or not), or "" when a sentence between names
// another time or shifts it.
func partyDayBefore(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event, e *vistka.Event, s int, future bool) string {
	for q := s - 1; q >= 0 && sameParagraph(a, q, s); q-- {
		for k := len(evs) - 1; k >= 0; k-- {
			v := &evs[k]
			if a.SentenceAt(v.Sentence.Start) != q || len(v.Date) != len("2006-01-02") || !sharesParty(e, v) {
				continue
			}
			if future == slices.Equal(v.Aux, []string{"future"}) && (future || len(v.Aux) == 0) {
				return v.Date
			}
		}
		if datesIn(dates, a.Sentences[q]) > 0 || timeShifted(a.Sentences[q].Tokens) {
			return ""
		}
	}
	return ""
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
		if shiftWords[l] {
			return true
		}
		if (l == "через" || l == "за") && k+2 < len(toks) && (timeUnits[toks[k+1].Lemma] || timeUnits[toks[k+2].Lemma]) {
			return true // "Через тиждень після підписання угоди", "за два дні до"
		}
	}
	return false
}

// timeUnits are the lemmas of the spans of time a shift counts in.
var timeUnits = map[string]bool{"день": true, "тиждень": true, "місяць": true, "рік": true, "доба": true, "година": true}

// shiftWords are the words that move a sentence off the day told before.
var shiftWords = map[string]bool{"нагадаємо": true, "раніше": true, "минулого": true, "минулої": true, "минулий": true,
	"минулу": true, "минулому": true, "тоді": true, "нещодавно": true, "колись": true, "відтоді": true, "досі": true,
	"напередодні": true, "згодом": true, "пізніше": true, "потім": true, "вже": true, "уже": true}
