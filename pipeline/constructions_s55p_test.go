package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found with the paraphrase set of
// event places and dates (TestParaphraseS55P, session 55); the sentences
// are new.

// TestS55POnBefore: на with a place in the locative before the verb
// that is no region (a square, a street, an island) says where the event
// was, as it does after the verb; a town under в or у before it is where.
func TestS55POnBefore(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a square before the verb",
			"На Софійській площі в суботу кілька сотень людей вийшли на акцію протесту.",
			[]string{"PROTEST кілька сотень людей →  @Софійська площа"}},
		{"an island before the verb",
			"На Кіпрі поліція затримала двох громадян Росії.",
			[]string{"COERCE поліція → двоє громадян Росії @Кіпр"}},
		{"a street in the town named before it: the town",
			"У Житомирі на вулиці Михайлівській поліцейські затримали двох паліїв.",
			[]string{"COERCE поліцейські → двоє паліїв @Житомир"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
