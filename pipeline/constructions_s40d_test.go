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

// TestS40DRecalledStrike checks that a strike a paragraph recalls with
// its own day (Нагадаємо, 24 лютого російський дрон влучив у потяг) is a
// strike of its own after the attack the story told with its day, as a
// dated hit is after an attack told with none; the drone is its doer even
// where the tagger reads it as what нагадати tells (an accusative whose
// form is the nominative, before a past verb of its gender). A hit told
// after the attack with no recall stays that attack's detail, and a ball
// that hits the post is no strike.
func TestS40DRecalledStrike(t *testing.T) {
	p := load(t)
	tue := time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)
	tests := []construction{
		{"a drone recalled after a night's attack",
			"Вночі російські війська атакували Харків ударними безпілотниками.\nНагадаємо, 24 лютого російський дрон влучив у пасажирський потяг.",
			[]string{"ASSAULT російські війська → Харків @Харків", "ASSAULT російський дрон → "}},
		{"a missile recalled",
			"Вночі російські війська атакували Харків ударними безпілотниками.\nНагадаємо, 31 січня російська ракета влучила в автобус.",
			[]string{"ASSAULT російські війська → Харків @Харків", "ASSAULT російська ракета → "}},
		{"a drone recalled alone",
			"Нагадаємо, 24 лютого російський дрон влучив у потяг.",
			[]string{"ASSAULT російський дрон → "}},
		{"the attack's detail",
			"Вночі російські війська атакували Харків ударними безпілотниками. Дрон влучив у багатоповерхівку.",
			[]string{"ASSAULT російські війська → Харків @Харків"}},
		{"a ball",
			"Нагадаємо, 24 лютого м'яч влучив у штангу.",
			nil},
	}
	checkEvents(t, p, tests, tue)
}
