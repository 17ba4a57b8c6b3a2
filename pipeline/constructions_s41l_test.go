package pipeline_test

import (
	"testing"
	"time"
)

// TestS41LOfficeThenPronoun checks that a dative pronoun after a person
// named by his office alone in the same sentence (Керівника підприємства
// притягнуто до відповідальності, йому видано припис) stands for him, not
// for a person named in a sentence before; an office with a name of its
// own, or none before the pronoun, leaves the pronoun as it was.
func TestS41LOfficeThenPronoun(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a head fined in the passive, then йому",
			"Начальник міської військової адміністрації Ігор Столярчук приїхав на місце пожежі. Керівника підприємства тоді було притягнуто до адміністративної відповідальності, йому видано припис усунути порушення.",
			[]string{"COERCE  → керівник підприємства", "REQUEST  → керівник підприємства"}},
		{"a director fined, then йому",
			"Міський голова Петро Іваненко відвідав ліцей. Директора ліцею оштрафували, йому також оголосили догану.",
			[]string{"COERCE  → директор ліцею"}},
		{"a director named, then йому",
			"Міський голова Петро Іваненко відвідав ліцей. Директора ліцею Олега Бойка оштрафували, йому також оголосили догану.",
			[]string{"COERCE  → Олег Бойко"}},
		{"no office before the pronoun",
			"Міський голова Петро Іваненко відвідав ліцей. Минулого року йому оголосили догану.",
			[]string{"COERCE  → Петро Іваненко"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
