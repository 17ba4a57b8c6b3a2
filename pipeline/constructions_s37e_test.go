package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were seen, not fixed, in session 36;
// the sentences are our own.

// TestS37EAidRecipients checks that the one given aid in the dative is
// found when the tagger or the entity model misread it: a city whose
// dative is also a surname's (Львову, Львов) and a country after an
// acronym of the weapon given (системи ППО Україні).
func TestS37EAidRecipients(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a city's dative, a surname's too",
			"Уряд виділив Львову 20 млн гривень на відновлення.",
			[]string{"AID Уряд → Львів"}},
		{"the city's dative after the object",
			"Кабмін передав кошти Львову.",
			[]string{"AID Кабмін → Львів"}},
		{"a country after an acronym",
			"США передали системи ППО Україні.",
			[]string{"AID США → Україна"}},
		{"a country after another acronym, the future",
			"Німеччина передасть комплекси ЗРК Україні.",
			[]string{"AID Німеччина → Україна [future]"}},
	}, time.Time{})
}
