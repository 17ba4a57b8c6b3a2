package pipeline_test

import (
	"testing"
	"time"
)

// TestS36BDuringTrip checks that a sentence set during a trip (`Під час
// візиту`, `Під час візиту до Варшави`) takes the day and place of the
// visit told before it, past a phone call told after the visit (a call is
// no trip) and past a visit told elsewhere after the one named.
func TestS36BDuringTrip(t *testing.T) {
	p := load(t)
	fri := time.Date(2025, 11, 14, 0, 0, 0, 0, time.UTC)
	tests := []construction{
		{"a call told after the visit in the lead",
			"Міністр Петро Коваль, який у понеділок відвідав Варшаву, у четвер провів телефонну розмову з міністром закордонних справ Польщі Яном Новаком. Під час візиту до Варшави Коваль зустрівся з прем'єр-міністром Польщі Адамом Вишневським.",
			[]string{"CONSULT/visit Петро Коваль → Варшава @Варшава on 2025-11-10", "CONSULT/phone Петро Коваль → Ян Новак on 2025-11-13", "CONSULT/meet Петро Коваль → Адам Вишневський @Варшава on 2025-11-10"}},
		{"the visit not named by where",
			"Міністр Петро Коваль, який у понеділок відвідав Варшаву, у четвер провів телефонну розмову з міністром закордонних справ Польщі Яном Новаком. Під час візиту Коваль зустрівся з прем'єр-міністром Польщі Адамом Вишневським.",
			[]string{"CONSULT/visit Петро Коваль → Варшава @Варшава on 2025-11-10", "CONSULT/phone Петро Коваль → Ян Новак on 2025-11-13", "CONSULT/meet Петро Коваль → Адам Вишневський @Варшава on 2025-11-10"}},
		{"a visit elsewhere told after the one named",
			"У понеділок міністр Петро Коваль відвідав Варшаву. У середу він відвідав Вільнюс. Під час візиту до Варшави Коваль зустрівся з прем'єр-міністром Польщі Адамом Вишневським.",
			[]string{"CONSULT/visit Петро Коваль → Варшава @Варшава on 2025-11-10", "CONSULT/visit Петро Коваль → Вільнюс @Вільнюс on 2025-11-12", "CONSULT/meet Петро Коваль → Адам Вишневський @Варшава on 2025-11-10"}},
	}
	checkEventsAs(t, p, tests, fri, eventDated)
}

// TestS36BSuspicionDay checks that a day written right after the noun of
// a suspicion (`повідомили К. про підозру 14 березня 2024 року`) dates
// the notice, with or without a publication date, while a day after the
// charge the noun names (`про підозру в хабарі, отриманому 3 травня`)
// stays the deed's and dates nothing.
func TestS36BSuspicionDay(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the day right after the noun",
			"Детективи Національного антикорупційного бюро повідомили Петру Ковалю про підозру 14 березня 2024 року, за два дні до того, як він виїхав за кордон.",
			[]string{"ACCUSE Детективи Національного антикорупційного бюро → Петро Коваль on 2024-03-14"}},
		{"the deed's day after the charge",
			"Детективи Національного антикорупційного бюро повідомили Петру Ковалю про підозру в отриманні хабара 3 травня 2024 року.",
			[]string{"ACCUSE Детективи Національного антикорупційного бюро → Петро Коваль on "}},
	}
	checkEventsAs(t, p, tests, time.Time{}, eventDated)
	checkEventsAs(t, p, tests[:1], time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC), eventDated)
}
