package pipeline_test

import (
	"testing"
	"time"
)

// TestS42JSharedView checks that погодитися with з and a demonstrative
// or a word of an opinion (із цим, з цією думкою) shares a view and makes
// no agreement, while agreeing with another's arguments still endorses
// them and agreeing on terms is left alone.
func TestS42JSharedView(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"agreed with this",
			"Люди одноголосно погодилися із цим.",
			nil},
		{"agreed with this opinion",
			"Депутати погодилися з цією думкою.",
			nil},
		{"agreed with the prosecutor's arguments",
			"Депутати погодилися з доводами прокурора.",
			[]string{"SUPPORT Депутати → прокурор"}},
	}, time.Time{})
}
