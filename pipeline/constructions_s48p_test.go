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

// TestS48POutskirts: an arrest or an attack "на околицях X", "в околицях
// X" is placed in the town whose outskirts they are, as "поблизу X" and
// "на території X" are.
func TestS48POutskirts(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a detention on the outskirts",
			"Прикордонники у вівторок затримали контрабандиста на околицях Ужгорода.",
			[]string{"COERCE Прикордонники → контрабандист @Ужгород 2026-03-10"}},
		{"shelling in the outskirts",
			"Окупанти у середу обстріляли позиції в околицях Лимана.",
			[]string{"ASSAULT Окупанти → позиції @Лиман 2026-03-11"}},
	}, fri, datedEvent)
}

// TestS48PFarOccasion: an act whose sentence opens with the occasion of
// the day ("Після засідання", "Перед голосуванням") takes the day of a
// report that tells one day, however many sentences of the sitting's
// detail come between it and the lead (the README's "the story's day
// for untied events": "however far from the sentence that gave the day").
func TestS48PFarOccasion(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у вівторок 10 March
	filler := "Закон передбачає нові правила для перевізників.\nДокумент має дев'ять розділів.\nПерший розділ стосується ліцензій.\nДругий розділ стосується тарифів.\nТретій розділ стосується безпеки руху.\nЧетвертий розділ стосується страхування.\nП'ятий розділ стосується звітності.\nШостий розділ стосується перевірок.\nСьомий розділ стосується штрафів.\nВосьмий розділ стосується пільг.\nДев'ятий розділ стосується перехідного періоду.\n"
	checkEventsAs(t, p, []construction{
		{"a meeting after the vote, far from the lead",
			"Сейм Литви у вівторок ухвалив закон про перевезення.\n" + filler +
				"Після голосування спікер Сейму Саулюс Скверняліс зустрівся з послом України Петром Бештою.",
			[]string{"CONSULT/meet Саулюс Скверняліс → Петро Бешта 2026-03-10"}},
		{"an older story recalled between: no day",
			"Сейм Литви у вівторок ухвалив закон про перевезення.\n" + filler +
				"Нагадаємо, торік уряд підготував поправки.\nПісля голосування спікер Сейму Саулюс Скверняліс зустрівся з послом України Петром Бештою.",
			[]string{"CONSULT/meet Саулюс Скверняліс → Петро Бешта"}},
	}, fri, datedEvent)
}

// TestS48PDebate: an act told "Під час обговорення" or "Під час виступу"
// is tied to the sitting of the day told before, as "Під час засідання"
// is, and takes its day.
func TestS48PDebate(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у середу 11 March
	checkEventsAs(t, p, []construction{
		{"a call during the debate",
			"Полтавська обласна рада в середу не підтримала програму ремонту доріг.\nЗа рішення проголосували лише 30 депутатів.\nПід час обговорення голова бюджетної комісії Олег Коваль закликав колег підтримати програму.",
			[]string{"SUPPORT Полтавська обласна рада →  [negation] 2026-03-11", "REQUEST Олег Коваль → колеги 2026-03-11"}},
	}, fri, datedEvent)
}
