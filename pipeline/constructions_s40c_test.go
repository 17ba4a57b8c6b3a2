package pipeline_test

import (
	"testing"
	"time"
)

// TestS40CTimeOfDay checks that a time of day with no day of its own
// (`Вранці`, `Увечері`, `Вдень`, `і вже вранці провів`) is a time of the
// day told before it (`у вівторок прибув`, `Візит розпочався в
// понеділок`, `Другого дня візиту`), not the day of publication, and that
// the sentence after it keeps that day; `Увечері` and `Вдень` opening a
// paragraph go on from the day told before too, `Вранці` opening one is
// the morning of the report; a day named after it (`Увечері того ж дня`),
// `Сьогодні вранці` and a time of day with nothing told before keep
// their own dates.
func TestS40CTimeOfDay(t *testing.T) {
	p := load(t)
	thu := time.Date(2026, 4, 23, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the morning after an arrival",
			"Президент Іван Гнатюк у вівторок прибув до Варшави. Вранці він зустрівся з прем'єр-міністром Польщі Яном Новаком.",
			[]string{"CONSULT/visit Іван Гнатюк → Варшава @Варшава on 2026-04-21", "CONSULT/meet Іван Гнатюк → Ян Новак @Варшава on 2026-04-21"}},
		{"the morning inside the sentence, then a signing after",
			"Візит розпочався в понеділок у Києві. Президент Фінляндії Андре Дюпон прибув до столиці і вже вранці провів переговори з президентом України Іваном Гнатюком. Лідери обговорили гарантії безпеки. Після зустрічі президенти підписали декларацію.",
			[]string{"CONSULT/visit  → Київ @Київ on 2026-04-20", "CONSULT/meet Андре Дюпон → Іван Гнатюк @Київ on 2026-04-20", "AGREE Андре Дюпон,Іван Гнатюк →  @Київ on 2026-04-20"}},
		{"вдень",
			"У вівторок міністр Петро Коваль прибув до Риги. Вдень він зустрівся з президентом Латвії Андре Дюпоном.",
			[]string{"CONSULT/visit Петро Коваль → Рига @Рига on 2026-04-21", "CONSULT/meet Петро Коваль → Андре Дюпон @Рига on 2026-04-21"}},
		{"the evening of the second day",
			"Президент Іван Гнатюк прибув до Токіо у вівторок. Другого дня візиту Гнатюк зустрівся з міністром оборони Японії Андре Дюпоном. Увечері він провів переговори з прем'єр-міністром Японії Яном Новаком.",
			[]string{"CONSULT/visit Іван Гнатюк → Токіо @Токіо on 2026-04-21", "CONSULT/meet Іван Гнатюк → Андре Дюпон @Токіо on 2026-04-22", "CONSULT/meet Іван Гнатюк → Ян Новак @Токіо on 2026-04-22"}},
		{"the evening opening a paragraph",
			"У вівторок міністр Петро Коваль провів переговори з міністром закордонних справ Литви Андре Дюпоном.\nУвечері Коваль зустрівся з прем'єр-міністром Литви Яном Новаком.",
			[]string{"CONSULT/meet Петро Коваль → Андре Дюпон on 2026-04-21", "CONSULT/meet Петро Коваль → Ян Новак on 2026-04-21"}},
		{"the morning opening a paragraph",
			"У вівторок міністр Петро Коваль прибув до Риги.\nВранці він зустрівся з президентом Латвії Андре Дюпоном.",
			[]string{"CONSULT/visit Петро Коваль → Рига @Рига on 2026-04-21", "CONSULT/meet Петро Коваль → Андре Дюпон @Рига on 2026-04-23"}},
		{"the morning alone",
			"Вранці президент Іван Гнатюк зустрівся з прем'єр-міністром Польщі Яном Новаком.",
			[]string{"CONSULT/meet Іван Гнатюк → Ян Новак on 2026-04-23"}},
		{"this morning",
			"У вівторок міністр Петро Коваль прибув до Риги. Сьогодні вранці він зустрівся з президентом Латвії Андре Дюпоном.",
			[]string{"CONSULT/visit Петро Коваль → Рига @Рига on 2026-04-21", "CONSULT/meet Петро Коваль → Андре Дюпон @Рига on 2026-04-23"}},
	}, thu, eventDated)
}
