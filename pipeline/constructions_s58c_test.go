package pipeline_test

import (
	"testing"
	"time"
)

// Session 58, helper h58c: word sets of the event package that are
// compared with lemmas hold lemmas, not plural forms (торги is read as
// торг, консультації as консультація).

// TestS58CBarredFromAuction: a body that does not admit a firm to an
// auction (до торгів) rejects it, as one that does not admit it to a
// tender does.
func TestS58CBarredFromAuction(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"не допустила до торгів",
			"Комісія не допустила ТОВ «Альфа» до торгів.",
			[]string{"REJECT Комісія → ТОВ «Альфа»"}},
		{"не допустила до тендеру",
			"Комісія не допустила ТОВ «Альфа» до тендеру.",
			[]string{"REJECT Комісія → ТОВ «Альфа»"}},
	}, time.Time{})
}
