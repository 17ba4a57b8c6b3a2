package pipeline_test

import (
	"testing"
	"time"
)

// TestS40DSpokeAtAssembly checks that speaking at an assembly (виступив
// на Генеральній асамблеї ООН, на сесії Парламентської асамблеї Ради
// Європи) is a multilateral CONSULT with the assembly, as speaking at a
// session or a summit is; a speech to come keeps its future, and an
// assembly that acts (ухвалила резолюцію) is a body, no gathering.
func TestS40DSpokeAtAssembly(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the UN General Assembly",
			"Президент України Володимир Зеленський виступив на Генеральній асамблеї ООН.",
			[]string{"CONSULT/multilateral Володимир Зеленський → Генеральна асамблея ООН"}},
		{"a session of another assembly",
			"Депутатка Олена Коваль виступила на сесії Парламентської асамблеї Ради Європи.",
			[]string{"CONSULT/multilateral Олена Коваль → Парламентська асамблея Ради Європи"}},
		{"a speech to come",
			"Прем'єр-міністр Петро Коваль виступатиме на Генеральній асамблеї ООН.",
			[]string{"CONSULT/multilateral Петро Коваль → Генеральна асамблея ООН [future]"}},
		{"the assembly as a body",
			"Генеральна асамблея ООН ухвалила резолюцію про повернення українських дітей.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
