package pipeline_test

import (
	"testing"
	"time"
)

// TestS41KBelongerJoined checks that a dative pronoun after a verb joined
// to an earlier verb whose object names a person by the place or the
// state he belongs to (жителя Херсона, громадянку Молдови) stands for
// that person as a phrase, not for the place; an envoy named by his
// country stays the country.
func TestS41KBelongerJoined(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a resident convicted and fined",
			"Суд визнав жителя Херсона винним і призначив йому штраф.",
			[]string{"ACCUSE Суд → житель Херсона", "COERCE Суд → житель Херсона"}},
		{"a native detained and charged",
			"Прикордонники затримали уродженця Одеси і повідомили йому про підозру.",
			[]string{"COERCE Прикордонники → уродженець Одеси", "ACCUSE Прикордонники → уродженець Одеси"}},
		{"a citizen, feminine, sentenced",
			"Суд визнав громадянку Молдови винною та призначив їй покарання у вигляді штрафу.",
			[]string{"ACCUSE Суд → громадянка Молдови", "COERCE Суд → громадянка Молдови"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
