package pipeline_test

import (
	"testing"
	"time"
)

// TestS42GComplaints checks that a complaint with a що-clause is a
// quote of those who complain ("Жителі скаржаться, що …"), while
// скаржитися на with a noun alone names a grievance, no words said.
func TestS42GComplaints(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a що-clause",
			"Жителі мікрорайону скаржаться, що зранку не змогли вчасно дістатися на роботу.",
			[]string{"Жителі мікрорайону/скаржитися/indirect: зранку не змогли вчасно дістатися на роботу"}},
		{"на with a noun",
			"Медики лікарні скаржаться на нестачу персоналу.",
			nil},
		{"поскаржилися на with a noun",
			"Керівники громад поскаржилися на брак коштів для облаштування укриттів.",
			nil},
		{"на те, що",
			"Співак поскаржився на те, що громада змусила його відмовитися від концерту.",
			[]string{"Співак/поскаржитися/indirect: громада змусила його відмовитися від концерту"}},
	}, time.Time{})
}
