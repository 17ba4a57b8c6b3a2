package pipeline_test

import (
	"testing"
	"time"
)

// TestS57ZThousandsFraction: a count of thousands written with a
// fraction takes тисячі, as 2–4 do ("1,5 тисячі"), when the people given
// aid in the dative are named in the nominative.
func TestS57ZThousandsFraction(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"payments made to a fraction of thousands",
			"Соціальний фонд здійснив виплати 2,5 тисячам ветеранів.",
			[]string{"AID Соціальний фонд → 2,5 тисячі ветеранів"}},
		{"help given to a fraction of thousands, 11–14 aside",
			"Благодійники надали допомогу 1,5 тисячам родин, а ще 11 тисячам родин передали ковдри.",
			[]string{"AID Благодійники → 1,5 тисячі родин"}},
	}, time.Time{})
}
