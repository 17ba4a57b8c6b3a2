package pipeline_test

import (
	"testing"
	"time"
)

// TestS44BMeetingHeldFirst: a sentence that says where a meeting took
// place with the meeting's noun as its subject ("Зустріч міністрів
// відбулася у Вільнюсі"), told before any meeting, sets the talks the
// next sentence tells there, as "У Женеві тривають переговори" does.
func TestS44BMeetingHeldFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the meeting's noun before the verb",
			"Міністр оборони України Денис Шмигаль прибув до Литви.\n\nЗустріч міністрів оборони відбулася у Вільнюсі. Шмигаль обговорив з Довіле Шакалене постачання дронів.",
			[]string{"CONSULT/visit Денис Шмигаль → Литва @Литва", "CONSULT/meet Денис Шмигаль → Довіле Шакалене @Вільнюс"}},
		{"a meeting still to come sets nothing",
			"Міністр оборони України Денис Шмигаль прибув до Литви.\n\nЗустріч міністрів оборони відбудеться у Вільнюсі. Шмигаль обговорив з Довіле Шакалене постачання дронів.",
			[]string{"CONSULT/visit Денис Шмигаль → Литва @Литва", "CONSULT/meet Денис Шмигаль → Довіле Шакалене"}},
	}, time.Time{})
}
