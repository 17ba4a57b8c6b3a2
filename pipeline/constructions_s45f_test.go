package pipeline_test

import (
	"testing"
	"time"
)

// TestS45FSubjectlessVerb: the one put first before a verb with no
// subject of its own, a plural or an impersonal form in -но, -то, is
// whom it was done to ("Обох оголошено в розшук", "12 осіб
// заарештовано"); before a singular past its subject comes after it
// ("Її затримала поліція"), and stays the actor.
func TestS45FSubjectlessVerb(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an impersonal form after both",
			"Митники виявили контрабанду сигарет. Обох оголошено в розшук.",
			[]string{"ACCUSE  → обидва"}},
		{"an impersonal form after people counted",
			"У місті пройшли обшуки. 12 осіб заарештовано.",
			[]string{"COERCE  → 12 осіб"}},
		{"a singular past with its subject after it",
			"Учора інспекторка Ганна Коваль вимагала хабар. Її затримала поліція.",
			[]string{"REQUEST Ганна Коваль → ", "COERCE поліція → Ганна Коваль"}},
		{"a singular past after a common noun, its subject after it",
			"Директора фірми затримала поліція.",
			[]string{"COERCE поліція → директор фірми"}},
	}, time.Time{})
}
