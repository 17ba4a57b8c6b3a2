package pipeline_test

import (
	"testing"
	"time"
)

// TestS39BOrdinalDay checks that a sentence opening with the ordinal day
// of a visit or a summit (`Першого дня візиту`, `Другого дня візиту`, `На
// третій день`) is that day counted from the day told by the nearest
// sentence before with a verb of beginning or arrival (`прибув до Токіо
// у вівторок`, `Саміт розпочався в четвер`), in the arrival's city when
// it names none; `На завершення візиту` is the day the visit ended
// (`у четвер завершив … візит`); with no day of beginning told, none.
func TestS39BOrdinalDay(t *testing.T) {
	p := load(t)
	thu := time.Date(2026, 4, 23, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"first and second day of a visit",
			"Президент Іван Гнатюк прибув до Токіо у вівторок. Першого дня візиту Гнатюк зустрівся з міністром оборони Японії Андре Дюпоном. Другого дня візиту він провів переговори з прем'єр-міністром Японії Яном Новаком.",
			[]string{"CONSULT/visit Іван Гнатюк → Токіо @Токіо on 2026-04-21", "CONSULT/meet Іван Гнатюк → Андре Дюпон @Токіо on 2026-04-21", "CONSULT/meet Іван Гнатюк → Ян Новак @Токіо on 2026-04-22"}},
		{"the first day of a summit begun on Wednesday",
			"Саміт ЄС розпочався в середу. Першого дня прем'єр-міністр Петро Коваль зустрівся з канцлером Андре Дюпоном.",
			[]string{"CONSULT/multilateral ЄС →  on 2026-04-22", "CONSULT/meet Петро Коваль → Андре Дюпон on 2026-04-22"}},
		{"the end of the visit",
			"Президент Іван Гнатюк у четвер завершив триденний візит до Японії. Про це повідомляє кореспондент агентства. На завершення візиту Гнатюк зустрівся з губернатором Яном Новаком.",
			[]string{"CONSULT/visit Іван Гнатюк → Японія @Японія on 2026-04-23", "CONSULT/meet Іван Гнатюк → Ян Новак on 2026-04-23"}},
		{"no day of beginning told",
			"Другого дня візиту президент Іван Гнатюк зустрівся з прем'єр-міністром Японії Яном Новаком.",
			[]string{"CONSULT/meet Іван Гнатюк → Ян Новак on "}},
	}, thu, eventDated)
}

// TestS39BStoryGoesOn checks that a sentence opening by going on from
// what was just told (`Після цього`, `Згодом`, `На пресконференції`,
// `Після переговорів`, `Того ж вечора`) with no date of its own takes the
// day of the nearest dated event of the five sentences before, past a
// promise to come and thanks with no day, and a meeting or thanks with
// no place the place of that signing or meeting; a background paragraph
// between (`Нагадаємо`) stops it (the place of the visit it tells is
// carried as before).
func TestS39BStoryGoesOn(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	talks := "Прем'єр-міністр Петро Коваль у середу провів у Мадриді переговори з прем'єр-міністром Іспанії Яном Новаком. За підсумками переговорів Коваль і Новак підписали угоду. Новак повідомив, що Іспанія цього року передасть Україні дві батареї ППО. "
	checkEventsAs(t, p, []construction{
		{"thanks at the press conference, then a meeting after it",
			talks + "На пресконференції Коваль подякував Іспанії за підтримку. Після цього Коваль зустрівся з головою парламенту Андре Дюпоном.",
			[]string{"CONSULT/meet Петро Коваль → Ян Новак @Мадрид on 2026-03-11", "AGREE Петро Коваль,Ян Новак →  @Мадрид on 2026-03-11", "AID Іспанія → Україна [future] on 2026",
				"SUPPORT Петро Коваль → Іспанія @Мадрид on 2026-03-11", "CONSULT/meet Петро Коваль → Андре Дюпон @Мадрид on 2026-03-11"}},
		{"later, four sentences on",
			talks + "Ці слова журналісти зустріли оплесками. Згодом Коваль зустрівся з головою парламенту Андре Дюпоном.",
			[]string{"CONSULT/meet Петро Коваль → Ян Новак @Мадрид on 2026-03-11", "AGREE Петро Коваль,Ян Новак →  @Мадрид on 2026-03-11", "AID Іспанія → Україна [future] on 2026",
				"CONSULT/meet Петро Коваль → Андре Дюпон @Мадрид on 2026-03-11"}},
		{"a background paragraph between",
			"Прем'єр-міністр Петро Коваль у середу провів у Мадриді переговори з прем'єр-міністром Іспанії Яном Новаком.\nНагадаємо, раніше Коваль відвідав Рим. Згодом Коваль зустрівся з головою парламенту Андре Дюпоном.",
			[]string{"CONSULT/meet Петро Коваль → Ян Новак @Мадрид on 2026-03-11", "CONSULT/visit Петро Коваль → Рим @Рим on ", "CONSULT/meet Петро Коваль → Андре Дюпон @Рим on "}},
	}, wed, eventDated)
}

// TestS39BThereScene checks that a sentence opening `Там` right after one
// of its paragraph that tells no event but one day and one place (`Турне
// розпочалося в понеділок у Вільнюсі`) is that day and that place, that
// `Наступного дня` after it counts from that day (not from the day of
// publication), and that across a paragraph break `Там` takes no day
// (the place it takes as before).
func TestS39BThereScene(t *testing.T) {
	p := load(t)
	thu := time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the scene's day and place, then the next day",
			"Турне розпочалося в понеділок у Вільнюсі. Там міністр Петро Коваль зустрівся з міністром закордонних справ Литви Андре Дюпоном. Наступного дня міністр прибув до Риги.",
			[]string{"CONSULT/meet Петро Коваль → Андре Дюпон @Вільнюс on 2026-02-09", "CONSULT/visit Петро Коваль → Рига @Рига on 2026-02-10"}},
		{"across a paragraph break",
			"Турне розпочалося в понеділок у Вільнюсі.\nТам міністр Петро Коваль зустрівся з міністром закордонних справ Литви Андре Дюпоном.",
			[]string{"CONSULT/meet Петро Коваль → Андре Дюпон @Вільнюс on "}},
	}, thu, eventDated)
}

// TestS39BDeliveredTo checks that aid to a country with no place of its
// own is placed in the town its sentence says it was brought to (`,
// яке доставили до Львова`), that a town that is itself the one aided
// (`доставила до Снігурівки`) is its recipient and its place (session
// 40, as news52's gold has it), and that aid told with no delivery
// stays unplaced.
func TestS39BDeliveredTo(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"delivered to the town aided: its recipient and its place",
			"У п'ятницю Всесвітня продовольча програма ООН доставила до Снігурівки двадцять тонн продуктових наборів для мешканців громади.",
			[]string{"AID Всесвітня продовольча програма ООН → Снігурівка @Снігурівка on 2026-04-10"}},
		{"handed over, then delivered in a relative clause",
			"Польща передала Україні енергетичне обладнання, яке доставили до Львова.",
			[]string{"AID Польща → Україна @Львів on "}},
		{"no delivery told",
			"Польща передала Україні енергетичне обладнання.",
			[]string{"AID Польща → Україна on "}},
	}, fri, eventDated)
}
