package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file come from the study golds' place errors
// of session 54 (a strike or a visit in a district of a town placed in
// the district, where the golds give the town). The sentences are our
// own.

// TestS54KCityDistrict checks that an event set in a district of a town
// named with it, in the genitive after it ("Київський район Харкова", one
// name or two to the tagger) or as "міста" after a town named before, is
// placed in the town; and that an oblast's district, named with its
// oblast or alone, keeps its place.
func TestS54KCityDistrict(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the town in the genitive after the district, an accusative target",
			"Ворожі дрони атакували Індустріальний район Харкова в ніч на суботу.",
			[]string{"ASSAULT Ворожі дрони → Індустріальний район @Харків"}},
		{"the town in the genitive after the district, a detention",
			"Поліцейські затримали чоловіка в Оболонському районі Києва у неділю.",
			[]string{"COERCE Поліцейські → чоловік @Київ"}},
		{"міста after the district, the town named in the sentence before",
			"Уночі росіяни атакували Миколаїв ударними дронами. За словами мера, окупанти завдали удару по Заводському району міста.",
			[]string{"ASSAULT росіяни → Миколаїв @Миколаїв", "ASSAULT окупанти → Заводський район @Миколаїв"}},
		{"міста after the district, the town named before it in the sentence",
			"У Запоріжжі мер Іван Федоров зустрівся з мешканцями у Шевченківському районі міста в четвер.",
			[]string{"CONSULT/meet Іван Федоров → мешканці @Запоріжжя"}},
		{"an oblast's district named with its oblast keeps its place",
			"Окупанти вдарили ракетою по Бучанському району Київської області у вівторок.",
			[]string{"ASSAULT Окупанти → Бучанський район @Бучанський район"}},
	}
	checkEventsAs(t, p, tests, time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), eventString)
}
