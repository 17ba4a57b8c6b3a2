package pipeline_test

import (
	"testing"
	"time"
)

// Silent frames (session 52, helper h52o): a talk or a signing whose verb
// has no subject, set during a meeting whose relative clause names who
// took part after "за участі", was done by them; and the people released
// or detained, counted after a phrase of whence right after the verb
// ("з полону"), are the verb's object. The sentences are our own.
func TestSilentFramesS52o(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"diplomacy desk: talks with no subject during a meeting of two leaders",
			"Під час зустрічі, яка відбулася за участі Зеленського та Макрона, обговорили питання безпеки.",
			[]string{"CONSULT/meet Зеленський,Макрон → "}},
		{"diplomacy desk: the same with two states",
			"Під час зустрічі, яка відбулася за участі Туреччини та України, обговорили обмін полоненими.",
			[]string{"CONSULT/meet Туреччина,Україна → "}},
		{"diplomacy desk: a signing with no subject during talks",
			"Угоду підписали під час переговорів, які відбулися за участі Туреччини та України.",
			[]string{"AGREE Туреччина,Україна → ", "CONSULT/meet Туреччина,Україна → "}},
		{"diplomacy desk: one taking part is a third party, no sides",
			"Під час зустрічі, яка відбулася за участі Зеленського, обговорили питання безпеки.",
			nil},
		{"war desk: released from captivity, counted after whence",
			"Росія звільнила з полону 50 українців.",
			[]string{"RETREAT/release Росія → 50 українців"}},
		{"war desk: released from Russian captivity",
			"Росія звільнила з російського полону 12 моряків.",
			[]string{"RETREAT/release Росія → 12 моряків"}},
		{"war desk: released from a country is a name, none skipped",
			"Росія звільнила з Криму 50 українців.",
			[]string{"RETREAT/release Росія → "}},
	}, wed)
}
