package pipeline_test

import (
	"testing"
	"time"
)

// TestS42NAccusativeBeforeVerb: a surname the tagger could not decline,
// in the accusative before a subjectless plural verb, is whom it was
// done to, not the doer.
func TestS42NAccusativeBeforeVerb(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a surname alone before a suspension",
			"Віктор Остапенко очолював завод. Остапенка відсторонили від посади.",
			[]string{"COERCE  → Віктор Остапенко"}},
		{"a surname alone before custody",
			"Віктор Остапенко очолював завод. Остапенка взяли під варту.",
			[]string{"COERCE  → Віктор Остапенко"}},
	}, time.Time{})
}
