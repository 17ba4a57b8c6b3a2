package pipeline_test

import (
	"testing"
	"time"
)

// TestS41ASingularGiver checks that aid received from one giver named by
// a common noun in the singular (від фонду, від благодійного фонду, від
// мецената) has that giver in the nominative singular, its adjectives
// agreeing, as plural givers are put in the nominative plural; a sum
// received from a relative stays no aid.
func TestS41ASingularGiver(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a fund gives a generator",
			"Лікарня отримала від фонду генератор.",
			[]string{"AID фонд → Лікарня"}},
		{"a charity fund with its adjective",
			"Школа отримала від благодійного фонду два генератори.",
			[]string{"AID благодійний фонд → Школа"}},
		{"a patron's money",
			"Громада отримала від мецената 2 млн гривень.",
			[]string{"AID меценат → Громада"}},
		{"a relative's money",
			"Студентка отримала від батька 20 тисяч гривень.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
