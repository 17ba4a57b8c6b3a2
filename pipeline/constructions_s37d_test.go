package pipeline_test

import (
	"testing"
	"time"
)

// TestS37DQuotedTimeWord checks that a time word inside a direct quote
// (`«Цієї ночі Росія знову атакувала Одесу», – сказав Коваль учасникам
// саміту`) does not date the gathering the sentence names, so that a
// meeting `На полях саміту` takes the summit's day told before.
func TestS37DQuotedTimeWord(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 6, 19, 0, 0, 0, 0, time.UTC)
	tests := []construction{
		{"the quote's night after the summit's day",
			"Президент Петро Коваль у четвер узяв участь у саміті ЄС у Брюсселі. «Цієї ночі Росія знову атакувала Одесу», – сказав Коваль учасникам саміту. На полях саміту Коваль зустрівся з прем'єр-міністром Нідерландів Яном Новаком.",
			[]string{"CONSULT/multilateral Петро Коваль → ЄС @Брюссель on 2026-06-18", "CONSULT/meet Петро Коваль → Ян Новак @Брюссель on 2026-06-18"}},
	}
	checkEventsAs(t, p, tests, fri, eventDated)
}

// TestS37DGatheringTold checks that a sentence opening with a summit or a
// visit as its occasion (`На полях саміту`, `На початку візиту`) takes the
// day and place of the gathering told before by a verb and a name rather
// than by the same noun (`взяв участь у засіданні Європейської ради в
// Брюсселі`, `у середу прибув до Вільнюса`), and none when another day is
// told between.
func TestS37DGatheringTold(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 6, 19, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a council told before a summit's margins",
			"Президент Петро Коваль у четвер узяв участь у засіданні Європейської ради в Брюсселі. На полях саміту Коваль зустрівся з прем'єр-міністром Нідерландів Яном Новаком.",
			[]string{"CONSULT/multilateral Петро Коваль → Європейська рада @Брюссель on 2026-06-18", "CONSULT/meet Петро Коваль → Ян Новак @Брюссель on 2026-06-18"}},
	}, fri, eventDated)
	wed := time.Date(2026, 4, 22, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"an arrival told before the visit's start",
			"Президент Петро Коваль у середу прибув до Вільнюса. На початку візиту Коваль зустрівся з президентом Литви Яном Новаком.",
			[]string{"CONSULT/visit Петро Коваль → Вільнюс @Вільнюс on 2026-04-22", "CONSULT/meet Петро Коваль → Ян Новак @Вільнюс on 2026-04-22"}},
		{"another day told between",
			"Президент Петро Коваль у понеділок прибув до Вільнюса. У вівторок Литва передала Україні генератори. На початку візиту Коваль зустрівся з президентом Литви Яном Новаком.",
			[]string{"CONSULT/visit Петро Коваль → Вільнюс @Вільнюс on 2026-04-20", "AID  → Україна on 2026-04-21", "CONSULT/meet Петро Коваль → Ян Новак @Вільнюс on "}},
	}, wed, eventDated)
}

// TestS37DSidesOfTalks checks that a signing whose subject names the sides
// by a plural noun (`Лідери підписали`, `З Новаком сторони підписали`)
// takes the day and place of the meeting between the same sides told in
// the sentence right before, when that meeting was dated by its occasion
// after the sentences were read (`На початку візиту`, `На полях саміту`).
func TestS37DSidesOfTalks(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 4, 22, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the leaders",
			"Президент Петро Коваль у середу прибув до Вільнюса. На початку візиту Коваль зустрівся з президентом Литви Яном Новаком. Лідери підписали спільну заяву.",
			[]string{"CONSULT/visit Петро Коваль → Вільнюс @Вільнюс on 2026-04-22", "CONSULT/meet Петро Коваль → Ян Новак @Вільнюс on 2026-04-22", "AGREE Петро Коваль,Ян Новак →  @Вільнюс on 2026-04-22"}},
	}, wed, eventDated)
	fri := time.Date(2026, 6, 19, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the sides, with the partner named",
			"Президент Петро Коваль у четвер узяв участь у засіданні Європейської ради в Брюсселі. На полях саміту Коваль зустрівся з канцлером Німеччини Яном Новаком. З Новаком сторони підписали спільну декларацію.",
			[]string{"CONSULT/multilateral Петро Коваль → Європейська рада @Брюссель on 2026-06-18", "CONSULT/meet Петро Коваль → Ян Новак @Брюссель on 2026-06-18", "AGREE Петро Коваль,Ян Новак →  @Брюссель on 2026-06-18"}},
	}, fri, eventDated)
}

// TestS37DThereAtForum checks that an event told `Там` after a forum held
// at its place takes the forum's day, as after a visit.
func TestS37DThereAtForum(t *testing.T) {
	p := load(t)
	wed := time.Date(2025, 9, 24, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a forum",
			"Сьогодні прем'єр-міністр Петро Коваль узяв участь у форумі інвесторів у Торонто. Там уряд України і компанія Brookfield уклали меморандум про створення фонду відбудови.",
			[]string{"CONSULT/multilateral Петро Коваль →  @Торонто on 2025-09-24", "AGREE уряд України,Brookfield →  @Торонто on 2025-09-24"}},
	}, wed, eventDated)
}

// TestS37DEveOfAct checks that `Напередодні візиту` (the eve of an act
// or a gathering named by its noun) is the day before the one an earlier
// sentence gives that act, past a sentence naming it again with no day,
// and that an act told by a verb alone gives no such day.
func TestS37DEveOfAct(t *testing.T) {
	p := load(t)
	thu := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the eve of a visit",
			"Міністр закордонних справ Польщі Ян Новак у четвер прибув до Києва з робочим візитом. Візит тривав близько 12 годин. Напередодні візиту президент Петро Коваль провів телефонну розмову з президентом Польщі Олегом Савчуком.",
			[]string{"CONSULT/visit Ян Новак → Київ @Київ on 2026-05-14", "CONSULT/phone Петро Коваль → Олег Савчук on 2026-05-13"}},
		{"a vote told by a verb (h37e's daysEarlier counts from the day told before: the eve of the Tuesday)",
			"Рада у вівторок ухвалила закон про бюджет. Напередодні голосування президент Петро Коваль провів телефонну розмову з прем'єр-міністром Польщі Олегом Савчуком.",
			[]string{"CONSULT/phone Петро Коваль → Олег Савчук on 2026-05-11"}},
	}, thu, eventDated)
}

// TestS37DHeadlineDay checks that a strike told in the lead as the cause
// of what is reported (`Кількість загиблих унаслідок ракетного удару …
// зросла`) does not take the day of the source line after it (`Про це у
// вівторок повідомив …`), and takes the day of the headline line above
// when that names it by the same word (`Удар по Одесі 18 січня: …`).
func TestS37DHeadlineDay(t *testing.T) {
	p := load(t)
	tue := time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the headline's day",
			"Удар по Одесі 18 січня: кількість загиблих зросла до чотирьох\nКількість загиблих унаслідок ракетного удару російських військ по Одесі зросла до чотирьох.\nПро це у вівторок повідомив начальник обласної військової адміністрації Петро Коваль.",
			[]string{"ASSAULT  → Одеса @Одеса on 2026-01-18"}},
		{"no headline: the cause keeps no day",
			"Кількість загиблих унаслідок ракетного удару російських військ по Одесі зросла до чотирьох.\nПро це у вівторок повідомив начальник обласної військової адміністрації Петро Коваль.",
			[]string{"ASSAULT  → Одеса @Одеса on "}},
	}, tue, eventDated)
}

// TestS37DThenTold checks that an event told `тоді` (then) in a sentence
// with no date of its own takes the day of the sentence before, and that
// `тоді як` (whereas) and a vague `ще тоді` tie nothing.
func TestS37DThenTold(t *testing.T) {
	p := load(t)
	tue := time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"тоді",
			"Як повідомлялося, 24 лютого Лондон заборонив надання морських послуг для перевезення російського газу. Кремль тоді пригрозив Британії дзеркальними заходами.",
			[]string{"THREATEN Кремль → Британія on 2026-02-24"}},
		{"ще тоді",
			"Як повідомлялося, 24 лютого Лондон заборонив надання морських послуг для перевезення російського газу. Кремль ще тоді пригрозив Британії дзеркальними заходами.",
			[]string{"THREATEN Кремль → Британія on "}},
	}, tue, eventDated)
}
