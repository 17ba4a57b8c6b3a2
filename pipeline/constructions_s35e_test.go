package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// The sentences of this file were written for session 35's forty-sixth
// news set (helper h35e, news46): long web articles whose place, day and
// source are told once and then implied over the paragraphs after.

// eventDayString renders an event as eventString does, with its date
// after a hash.
func eventDayString(x *vistka.Extraction, ev vistka.Event) string {
	s := eventString(x, ev)
	if ev.Date != "" {
		s += " #" + ev.Date
	}
	return s
}

// TestS35EMeasureForLongTitle checks that a preventive measure chosen for
// one named by a long title in the dative (колишньому заступнику міністра
// розвитку громад та територій Олександру К.) is a COERCE, dated by the
// clause, as it is for one named by a short title.
func TestS35EMeasureForLongTitle(t *testing.T) {
	pub := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, load(t), []construction{
		{"a long title before the name",
			"Вищий антикорупційний суд у середу обрав колишньому заступнику міністра розвитку громад та територій Олександру К. запобіжний захід у вигляді тримання під вартою.",
			[]string{"COERCE Вищий антикорупційний суд → Олександр К. #2026-03-11"}},
		{"a short title before the name",
			"Суд у середу обрав колишньому заступнику міністра Олександру К. запобіжний захід.",
			[]string{"COERCE Суд → Олександр К. #2026-03-11"}},
		{"a head of a region's body chosen by its council: no measure",
			"Депутати обласної ради у середу обрали головою постійної комісії з питань бюджету та фінансів Ігоря Мельника.",
			nil},
	}, pub, eventDayString)
}
