package pipeline_test

import (
	"testing"
	"time"
)

// TestS35HPassiveSides checks that the doers of a passive joined by і, та
// or й, each in the instrumental, are all sides of the act, and that a
// name after а with a verb of its own is not.
func TestS35HPassiveSides(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"two countries after підписаний",
			"Договір був підписаний Україною і Данією.",
			[]string{"AGREE Україна,Данія → "}},
		{"та, a feminine participle",
			"Угода була підписана Польщею та Литвою.",
			[]string{"AGREE Польща,Литва → "}},
		{"а with a verb of its own",
			"Договір був підписаний Україною, а Данія його ратифікувала.",
			[]string{"AGREE Україна → ", "AGREE Данія → "}},
	}, time.Time{})
}
