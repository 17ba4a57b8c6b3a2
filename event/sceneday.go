package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// sceneDay dates an event told in the past with no date of its own by the
// day the sentence right before it, in its paragraph, opens with when that
// sentence only sets the scene, telling no event of its own: "У четвер
// під будівлею міськради зібралися … мешканців. Люди тримали плакати і
// вимагали закрити звалище" was demanded that Thursday. A sentence that
// names a date of any kind itself keeps its own time, and one after a
// dated act told ("У середу сторони підписали угоду. Міністр подякував
// партнерам") is left as it is.
func sceneDay(a *vistka.Analysis, dates []vistka.Date, evs []vistka.Event) []vistka.Event {
	told := map[int]bool{}
	for i := range evs {
		told[a.SentenceAt(evs[i].Sentence.Start)] = true
	}
	for i := range evs {
		e := &evs[i]
		if e.Date != "" || len(e.Aux) > 0 {
			continue
		}
		if tense, total := triggerTense(a, e); tense != "past" || total {
			continue
		}
		s := a.SentenceAt(e.Sentence.Start)
		if s < 1 || told[s-1] || datesIn(dates, a.Sentences[s]) > 0 {
			continue
		}
		prev := a.Sentences[s-1]
		if strings.Contains(a.Text[prev.End:a.Sentences[s].Start], "\n") || datesIn(dates, prev) != 1 {
			continue
		}
		for _, d := range dates {
			if d.Start == prev.RStart && d.Value != nil && d.Granularity == "day" && len(*d.Value) == len("2006-01-02") {
				e.Date = *d.Value
			}
		}
	}
	return evs
}

// datesIn counts the dates within sentence s.
func datesIn(dates []vistka.Date, s vistka.Sentence) int {
	n := 0
	for _, d := range dates {
		if d.Start >= s.RStart && d.End <= s.REnd {
			n++
		}
	}
	return n
}
