package pipeline_test

import (
	"testing"
	"time"
)

// TestS45CMeetingHeldOnDay: a sentence that tells no event but says when
// and where talks took place with the meeting's noun as its subject
// ("Зустріч міністрів відбулася у вівторок у Вільнюсі") sets the day, as
// well as the place, of the talks the next sentence tells; talks to come
// set neither.
func TestS45CMeetingHeldOnDay(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC) // a Friday
	checkEventsAs(t, p, []construction{
		{"held on a day",
			"Міністр оборони України Денис Шмигаль прибув до Литви.\n\nЗустріч міністрів оборони відбулася у вівторок у Вільнюсі. Шмигаль обговорив з Довіле Шакалене постачання дронів.",
			[]string{"CONSULT/visit Денис Шмигаль → Литва @Литва", "CONSULT/meet Денис Шмигаль → Довіле Шакалене @Вільнюс 2026-04-07"}},
		{"to come on a day",
			"Міністр оборони України Денис Шмигаль прибув до Литви.\n\nЗустріч міністрів оборони відбудеться у вівторок у Вільнюсі. Шмигаль обговорив з Довіле Шакалене постачання дронів.",
			[]string{"CONSULT/visit Денис Шмигаль → Литва @Литва", "CONSULT/meet Денис Шмигаль → Довіле Шакалене"}},
	}, pub, datedEvent)
}
