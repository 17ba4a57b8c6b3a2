package pipeline_test

import (
	"testing"
	"time"
)

// TestS45HBodyHeadNotNeighbour: a role phrase that heads a body named
// in it ("з головою Єврокомісії") is not a state's or a government's
// head whose sentence named the body beside him ("Прем'єр Словаччини …
// вимагав від Єврокомісії"): the talks are with another person.
func TestS45HBodyHeadNotNeighbour(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a prime minister who asked the commission",
			"Прем'єр Норвегії Ерік Сольберг довго вимагав від Єврокомісії нових гарантій. Зрештою він зняв заперечення після переговорів з головою Єврокомісії.",
			[]string{"REQUEST Ерік Сольберг → Єврокомісія", "CONSULT/meet Ерік Сольберг → голова Єврокомісії"}},
	}, time.Time{})
}

// TestS45HJointConsultations: консультації held by two sides joined by
// та or і, or by the sides' delegations, are talks between them, as
// with a partner after з; consultations held for people are advice.
func TestS45HJointConsultations(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"two countries",
			"Естонія та Фінляндія провели консультації щодо безпеки на Балтиці.",
			[]string{"CONSULT/meet Естонія,Фінляндія → "}},
		{"two delegations, a place",
			"Делегації Грузії та Вірменії провели консультації в Тбілісі.",
			[]string{"CONSULT/meet Грузія,Вірменія →  @Тбілісі"}},
		{"advice for people",
			"Юристи та фонд «Право» провели консультації для мешканців Ірпеня.",
			nil},
	}, time.Time{})
}
