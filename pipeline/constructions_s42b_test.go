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

// TestS42BChairedMeeting checks that a meeting (нарада, селекторна
// нарада) told as held under someone's chairmanship (під головуванням X),
// before the verb of taking place or after the noun, is a meeting with the
// chair as its side; a meeting with no chair named, a body's session and a
// court's hearing stay none.
func TestS42BChairedMeeting(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the chair before the verb, a title and an adjective",
			"Під головуванням віце-прем'єр-міністра України Олександра Сича відбулася селекторна нарада з питань освіти.",
			[]string{"CONSULT/meet Олександр Сич → "}},
		{"the chair after the noun",
			"Відбулася нарада під головуванням міністра освіти Сергія Квіта.",
			[]string{"CONSULT/meet Сергій Квіт → "}},
		{"the noun before the verb, the chair with no title",
			"Нарада пройшла під головуванням Анатолія Олійника.",
			[]string{"CONSULT/meet Анатолій Олійник → "}},
		{"no chair named",
			"Відбулася нарада з питань освіти.",
			nil},
		{"a court's hearing",
			"Під головуванням судді Івана Петренка відбулося засідання суду.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
