package pipeline_test

import (
	"testing"
	"time"
)

// Session 55, helper h55a: constructions of aid and support read from the
// study half of TestParaphraseS55A, each tested with sentences of its own.

// TestS55AGiverAfterFromOrSide: aid told in the impersonal (-но, -то) comes
// from the one named after від, the one before the verb in the dative
// still being the one given to; aid received comes from the one named
// after з боку as from one after від.
func TestS55AGiverAfterFromOrSide(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an impersonal form with the giver after від",
			"Харківській області виділено 5 млн гривень від уряду Норвегії. Громаді було передано генератори від Японії.",
			[]string{"AID Норвегія → Харківська область", "AID Японія → громада"}},
		{"aid received from one named after з боку",
			"Литва отримує фінансову допомогу з боку Польщі.",
			[]string{"AID Польща → Литва"}},
	}, time.Time{})
}
