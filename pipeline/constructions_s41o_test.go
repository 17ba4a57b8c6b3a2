package pipeline_test

import (
	"testing"
	"time"
)

// TestS41OReprimandAndOrder checks that a reprimand announced to someone
// (оголосити догану) is a penalty, COERCE, and an order to put right
// what an inspection found (видати, направити припис) asks it of the one
// it is issued to, REQUEST: in the active with the giver named, and in
// the impersonal or the passive with the one given it alone, in the
// dative first, also when a counted genitive hangs on it ("Директорам
// трьох шкіл"). Announcing a thing that is no reprimand, or issuing
// something that is no order, stays no event.
func TestS41OReprimandAndOrder(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a reprimand announced by a minister",
			"Міністр оголосив догану директору школи.",
			[]string{"COERCE Міністр → директор школи"}},
		{"a reprimand in the impersonal",
			"Начальнику відділу оголошено догану.",
			[]string{"COERCE  → начальник відділу"}},
		{"reprimands in the plural, an impersonal plural",
			"Директорам шкіл оголосили догани.",
			[]string{"COERCE  → директори шкіл"}},
		{"reprimands to the heads of three schools",
			"Директорам трьох шкіл оголошено догани.",
			[]string{"COERCE  → директори"}},
		{"an order issued by inspectors",
			"Інспектори видали підприємству припис.",
			[]string{"REQUEST Інспектори → підприємство"}},
		{"an order sent, impersonal",
			"Керівникові управління освіти направлено припис усунути порушення.",
			[]string{"REQUEST  → керівник управління освіти"}},
		{"an order issued, impersonal plural",
			"Директору видали припис про усунення порушень.",
			[]string{"REQUEST  → директор"}},
		{"a start announced is no event",
			"Директор оголосив про початок навчального року.",
			nil},
		{"a permit issued is no order",
			"Директору видали дозвіл на будівництво.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41OAfterOutcome checks that the one done to, named by a common
// noun first in a clause with an impersonal verb, is found when a phrase
// of what the act followed from opens the clause before it (за
// результатами перевірки, за підсумками розслідування), as at the
// clause's start; a subject after the phrase is no one done to.
func TestS41OAfterOutcome(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"reprimands after an inspection",
			"За результатами перевірки директорам трьох шкіл оголошено догани.",
			[]string{"COERCE  → директори"}},
		{"a suspicion after an audit of a service",
			"За підсумками аудиту міської служби посадовцю повідомили про підозру.",
			[]string{"ACCUSE  → посадовець"}},
		{"the subject after the phrase is not done to",
			"За результатами перевірки комісія оголосила догани.",
			[]string{"COERCE комісія → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}
