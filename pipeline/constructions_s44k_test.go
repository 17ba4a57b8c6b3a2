package pipeline_test

import (
	"testing"
	"time"
)

// TestS44KPlaceFolkPlural: a plural past imperfective with no subject
// after a town in the locative ("У Донецьку звинувачували …") tells what
// people there felt, no event; a singular one, whose subject the text
// dropped, is someone's act and stays.
func TestS44KPlaceFolkPlural(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the people of a town",
			"Новини регіону\nУ Донецьку тоді звинувачували Росію в обстрілах.",
			nil},
		{"one person whose subject is dropped",
			"Новини регіону\nУ Донецьку тоді звинувачував Росію в обстрілах.",
			[]string{"ACCUSE  → Росія @Донецьк"}},
	}, time.Time{})
}
