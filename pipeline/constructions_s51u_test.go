package pipeline_test

import (
	"testing"
	"time"
)

// People named by a noun with a noun of occupation in the genitive
// ("представників лікарів") meet the partner after з, also when that
// occupation was told before as a group (session 51, helper h51u). The
// sentences are our own.
func TestOccupationGenitiveMeetingS51u(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"city desk: the traders who picketed meet the mayor",
			"Підприємці пікетували міськраду.\n\nУвечері відбулася зустріч представників підприємців з міським головою.",
			[]string{"PROTEST Підприємці → міськрада", "CONSULT/meet представники підприємців → міський голова"}},
	}, wed)
}
