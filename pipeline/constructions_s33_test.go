package pipeline_test

import (
	"testing"
	"time"
)

// TestS33EntryBan checks that the place after в'їзд до is where one may
// not go, not whom the ban hits, while the country after експорт до is
// the target.
func TestS33EntryBan(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"в'їзд до own country",
			"Уряд Естонії заборонив в'їзд до Естонії автомобілям з російськими номерами.",
			[]string{"SANCTION Естонія → "}},
		{"в'їзд до ЄС",
			"Латвія заборонила в'їзд до ЄС російським туристам.",
			[]string{"SANCTION Латвія → "}},
		{"експорт до Росії still the target",
			"Литва заборонила експорт до Росії подвійних товарів.",
			[]string{"SANCTION Литва → Росія"}},
	}, time.Time{})
}
