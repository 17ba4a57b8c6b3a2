package pipeline_test

import (
	"testing"
	"time"
)

// TestS48PTownMeant: an attack told on "місто" or "обласний центр" with
// no name after it ("вдарили по місту", "атакував місто", "бив по
// обласному центру") struck the town the story names: the one town of the
// nearest sentence before that names one, or the oblast centre named
// last; with two towns named there it is not said which.
func TestS48PTownMeant(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"по місту after the town's attack",
			"Кількість поранених унаслідок атаки на Миколаїв зросла до дев'яти.\nРосійські війська вдарили по місту двома ракетами.",
			[]string{"ASSAULT  → Миколаїв @Миколаїв", "ASSAULT Російські війська →  @Миколаїв"}},
		{"the town struck again the next day",
			"У середу окупанти скинули на Херсон три авіабомби.\nНаступного дня ворог атакував місто ударними дронами.",
			[]string{"ASSAULT окупанти → Херсон @Херсон 2026-03-11", "ASSAULT ворог →  @Херсон 2026-03-12"}},
		{"the oblast centre named before",
			"Начальник ОВА розповів про наслідки атаки на Суми.\nУ ніч на 10 березня ворог бив по обласному центру керованими авіабомбами.",
			[]string{"ASSAULT ворог →  @Суми 2026-03-10"}},
		{"two towns named before: which?",
			"Окупанти обстріляли Нікополь і Марганець.\nУвечері ворог знову вдарив по місту дронами.",
			[]string{"ASSAULT Окупанти → Нікополь @Нікополь", "ASSAULT ворог → "}},
	}, fri, datedEvent)
}
