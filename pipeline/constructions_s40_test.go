package pipeline_test

import (
	"testing"
	"time"
)

// TestS40BatteriesGiven checks that batteries handed over, of air
// defence or of power, are goods given as aid, as systems are (передали
// Україні ще дві батареї Patriot), told in a relative clause after the
// giver too; a battery that only stands somewhere is no aid.
func TestS40BatteriesGiven(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"air defence batteries",
			"Нідерланди минулого тижня передали Україні ще дві батареї Patriot.",
			[]string{"AID Нідерланди → Україна"}},
		{"in a relative clause after thanks",
			"Міністр подякував Данії, яка передала Україні ще дві батареї.",
			[]string{"SUPPORT Міністр → Данія", "AID Данія → Україна"}},
		{"power batteries to a hospital",
			"Фонд передав лікарні 20 акумуляторів.",
			[]string{"AID Фонд → лікарня"}},
		{"a battery that stands",
			"Батарея Patriot прикриває Київ.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
