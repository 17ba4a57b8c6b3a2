package pipeline_test

import (
	"testing"
	"time"
)

// TestS35jDatelineNoYear checks that a dateline whose day has no year
// to resolve it by (no publication date) still gives the lead its town.
func TestS35jDatelineNoYear(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"Town, day. —",
			"Харків, 3 лютого. Поліція затримала підозрюваного у вбивстві.",
			[]string{"COERCE Поліція → підозрюваний @Харків"}},
		{"TOWN, day –",
			"ХАРКІВ, 3 лютого – Поліція затримала підозрюваного у вбивстві.",
			[]string{"COERCE Поліція → підозрюваний @Харків"}},
		{"Town. day. under a headline",
			"Поліція затримала підозрюваного\n\nЛьвів. 5 квітня. Поліція затримала підозрюваного у вбивстві.",
			[]string{"COERCE Поліція → підозрюваний @Львів"}},
		{"a town and a relative day is no dateline",
			"Харків, вчора поліція затримала підозрюваного у вбивстві.",
			[]string{"COERCE поліція → підозрюваний"}},
		{"the next paragraph keeps its own",
			"Харків, 3 лютого. Поліція затримала підозрюваного.\n\nСуд заарештував іншого чоловіка.",
			[]string{"COERCE Поліція → підозрюваний @Харків", "COERCE Суд → чоловік"}},
	}, time.Time{})
}
