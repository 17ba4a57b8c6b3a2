package pipeline_test

import (
	"testing"
	"time"
)

// Strikes told by a form in -но, -то (session 51, helper h51q): the form
// has no subject, so the place struck before it is never the actor, even
// when the tagger reads the form as an adverb; the arms it was done with,
// in the instrumental, are no doer either; and the event noun of a light
// verb put before the form stays its noun across the past бути between
// them. The sentences are our own.
func TestImpersonalStrikeS51q(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: the event noun first, past бути before the form",
			"Атаку на Одесу було здійснено перед світанком.",
			[]string{"ASSAULT  → Одеса @Одеса"}},
		{"war desk: a town struck",
			"Уночі Херсон обстріляно.",
			[]string{"ASSAULT  → Херсон @Херсон"}},
		{"war desk: a city struck, the form read as an adverb (no actor; the place struck not yet read)",
			"Харків знову обстріляно.",
			nil},
		{"war desk: a city struck at night, the form read as an adverb",
			"Уночі Харків обстріляно.",
			nil},
		{"war desk: drones are the arms, not the doer",
			"Запоріжжя атаковано безпілотниками.",
			[]string{"ASSAULT  → Запоріжжя @Запоріжжя"}},
	}, wed)
}

// A strike whose noun follows its light verb takes the place struck put
// before the verb under по or на (session 51, helper h51q), in an
// impersonal form or with a subject. The sentences are our own.
func TestStrikeTargetFirstS51q(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: по with the impersonal form",
			"По Миколаєву вночі завдано ракетного удару.",
			[]string{"ASSAULT  → Миколаїв @Миколаїв"}},
		{"war desk: на with past бути",
			"На Запоріжжя було здійснено масовану атаку.",
			[]string{"ASSAULT  → Запоріжжя @Запоріжжя"}},
		{"war desk: the target between subject and verb",
			"Росія по Одесі знову завдала удару.",
			[]string{"ASSAULT Росія → Одеса @Одеса"}},
	}, wed)
}
