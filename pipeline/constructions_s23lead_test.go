package pipeline_test

import (
	"testing"
	"time"
)

// TestS23EventMonthRange: a range of months written as one hyphenated
// word dates an event to the year both months share, not to the nearer
// end; months apart in one sentence keep the nearest.
func TestS23EventMonthRange(t *testing.T) {
	p := load(t)
	pub := time.Date(2016, 1, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, want string }{
		{"a hyphenated range of months", "У квітні-листопаді 2015 року департамент уклав договір з ТОВ «Альфа».", "2015"},
		{"a range with a dash", "У березні–травні 2015 року департамент уклав договір з ТОВ «Альфа».", "2015"},
		{"one month", "У листопаді 2015 року департамент уклав договір з ТОВ «Альфа».", "2015-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := p.Extract(tt.text, pub)
			if len(x.Events) != 1 {
				t.Fatalf("events %+v, want one", x.Events)
			}
			if got := x.Events[0].Date; got != tt.want {
				t.Errorf("date %q, want %q", got, tt.want)
			}
		})
	}
}

// TestS24PersonRoles checks that a bare role of a person in a court or
// police case (підозрюваний, обвинувачена) as an event's argument is the
// person the text introduced with that role right before the name, in
// its case, and not a person the role word only qualifies (захисник
// засудженого Віталій Рябоконь is the defender).
func TestS24PersonRoles(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a suspect introduced by the role before the name",
			"Прокурори повідомили про підозру підозрюваному Івану Петренку. Суд взяв підозрюваного під варту.",
			[]string{"ACCUSE Прокурори → Іван Петренко", "COERCE Суд → Іван Петренко"}},
		{"a role in the genitive after another person's title is not that person",
			"Захисник засудженого Віталій Рябоконь готує апеляцію. Засудженого взяли під варту в залі суду.",
			[]string{"ACCUSE Віталій Рябоконь →  [future]", "COERCE  → засуджений"}},
	}, time.Time{})
}

// TestS24SuspicionFirst checks a notice of suspicion put before its verb
// (Про підозру повідомлено …), a common opening of prosecutors' news,
// with the suspect in the dative after the verb.
func TestS24SuspicionFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an impersonal notice of suspicion with the suspect after the verb (a gap of TestS24H6LegalGaps, now read)",
			"Про підозру повідомлено також начальнику відділу земельних ресурсів.",
			[]string{"ACCUSE  → начальник відділу земельних ресурсів"}},
		{"the crime between the notice and the verb, a plural verb with no subject",
			"Про підозру у хабарництві повідомили начальнику митного поста.",
			[]string{"ACCUSE  → начальник митного поста"}},
		{"the court asked, which the tagger reads as a nominative (a gap of TestS24H6LegalGaps, now read)",
			"Прокурор просив суд взяти обвинуваченого під варту.",
			[]string{"REQUEST Прокурор → суд"}},
	}, time.Time{})
}
