package pipeline_test

import (
	"testing"
	"time"
)

// TestS42KDativeWithGenitive: people in the dative plural opening the
// clause of a subjectless verb keep the genitive after them that tells
// whose or of what they are ("Власникам зруйнованих помешкань надали
// житло": власники зруйнованих помешкань), and a dative without one stays
// its noun with its adjectives.
func TestS42KDativeWithGenitive(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"owners of ruined homes given housing",
			"Власникам зруйнованих осель надали тимчасове житло.",
			[]string{"AID  → власники зруйнованих осель"}},
		{"residents of a village given generators",
			"Мешканцям прифронтового села передали генератори.",
			[]string{"AID  → мешканці прифронтового села"}},
		{"wounded soldiers, no genitive",
			"Пораненим бійцям передали генератори.",
			[]string{"AID  → поранені бійці"}},
	}, time.Time{})
}
