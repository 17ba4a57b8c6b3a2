package pipeline_test

import (
	"testing"
	"time"
)

// TestS51DSharedDay: a past act with no time of its own takes the day of
// another act of the same actors in its sentence, given by the scene
// (one subject, two verbs: "подякував … і попросив …"); an act in the
// present keeps none.
func TestS51DSharedDay(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у вівторок 10 March
	opening := "У Ромнах відкрили укриття в гімназії\n\nУ вівторок у Ромнах відкрили нове укриття в гімназії, збудоване коштом міжнародних донорів. Про це повідомили в міській раді.\n\n"
	checkEventsAs(t, p, []construction{
		{"a request told with the thanks",
			opening + "Міський голова Андрій Сидоренко подякував донорам за підтримку і попросив уряд виділити кошти на ремонт мосту.",
			[]string{"SUPPORT Андрій Сидоренко → донори 2026-03-10", "REQUEST Андрій Сидоренко → уряд 2026-03-10"}},
		{"a call in the present keeps no day",
			opening + "Міський голова Андрій Сидоренко подякував донорам за підтримку, а тепер закликає уряд виділити кошти на ремонт мосту.",
			[]string{"SUPPORT Андрій Сидоренко → донори 2026-03-10", "REQUEST Андрій Сидоренко → уряд"}},
	}, fri, datedEvent)
}
