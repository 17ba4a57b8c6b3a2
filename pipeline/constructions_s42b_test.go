package pipeline_test

import (
	"testing"
	"time"
)

// TestS42BArrivalForCare checks that an arrival for treatment, rest or
// training (на реабілітацію, на лікування, на навчання) is no visit to the
// place, before the verb or after it; an arrival for talks, or with no
// purpose, stays a visit.
func TestS42BArrivalForCare(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"patients coming for rehabilitation, the purpose before the verb",
			"До Харкова на реабілітацію приїжджатимуть пацієнти з інших регіонів.",
			nil},
		{"children arriving for treatment, the purpose after the verb",
			"Діти з Луганщини приїхали на лікування до Львова.",
			nil},
		{"students arriving for training",
			"Студенти з Польщі прибули на навчання до Києва.",
			nil},
		{"a delegation arriving for talks",
			"Делегація Польщі прибула на переговори до Києва.",
			[]string{"CONSULT/visit Польща → Київ @Київ"}},
		{"a minister arriving with no purpose said",
			"Міністр оборони Литви приїхав до Одеси.",
			[]string{"CONSULT/visit Міністр оборони Литви → Одеса @Одеса"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
