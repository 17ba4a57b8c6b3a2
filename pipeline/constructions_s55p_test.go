package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found with the paraphrase set of
// event places and dates (TestParaphraseS55P, session 55); the sentences
// are new.

// TestS55POnBefore: на with a place in the locative before the verb
// that is no region (a square, a street, an island) says where the event
// was, as it does after the verb; a town under в or у before it is where.
func TestS55POnBefore(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a square before the verb",
			"На Софійській площі в суботу кілька сотень людей вийшли на акцію протесту.",
			[]string{"PROTEST кілька сотень людей →  @Софійська площа"}},
		{"an island before the verb",
			"На Кіпрі поліція затримала двох громадян Росії.",
			[]string{"COERCE поліція → двоє громадян Росії @Кіпр"}},
		{"a street in the town named before it: the town",
			"У Житомирі на вулиці Михайлівській поліцейські затримали двох паліїв.",
			[]string{"COERCE поліцейські → двоє паліїв @Житомир"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS55PVenueOpening: the visitor's meeting told in the next paragraph,
// opening with the venue it was held in, takes the day of the arrival
// told before (the story's day, session 46): a building of the town
// visited is no elsewhere; another town is.
func TestS55PVenueOpening(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC) // a Thursday
	tests := []construction{
		{"a body's seat in the town visited",
			"Канцлер Австрії Карл Нехаммер у середу прибув до Львова.\n\nУ Львівській ОВА Нехаммер провів переговори з Максимом Козицьким.",
			[]string{"CONSULT/visit Карл Нехаммер → Львів @Львів on 2026-03-11", "CONSULT/meet Карл Нехаммер → Максим Козицький @Львівська ОВА on 2026-03-11"}},
		{"an office named by two words",
			"Канцлер Австрії Карл Нехаммер у понеділок прибув до Києва.\n\nВ Офісі президента Нехаммер зустрівся з Володимиром Зеленським.",
			[]string{"CONSULT/visit Карл Нехаммер → Київ @Київ on 2026-03-09", "CONSULT/meet Карл Нехаммер → Володимир Зеленський @Офіс президента on 2026-03-09"}},
		{"another town is elsewhere, maybe another day",
			"Канцлер Австрії Карл Нехаммер у середу прибув до Львова.\n\nУ Тернополі Нехаммер провів переговори з Максимом Козицьким.",
			[]string{"CONSULT/visit Карл Нехаммер → Львів @Львів on 2026-03-11", "CONSULT/meet Карл Нехаммер → Максим Козицький @Тернопіль"}},
	}
	checkDatedEvents(t, p, tests, pub)
}

// TestS55PDayClosesTopic: a day of the act told after the phrase of what
// the act is about (угоду про …) closes that phrase, so a place after the
// day is where the act was; a deadline after до does not.
func TestS55PDayClosesTopic(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a day and month, then the town",
			"Міністри оборони Литви та України підписали меморандум про співпрацю 3 березня у Вільнюсі.",
			[]string{"AGREE Міністри оборони Литви та України →  @Вільнюс"}},
		{"a weekday, then the town",
			"Україна та Чехія підписали угоду про постачання снарядів у середу в Празі.",
			[]string{"AGREE Україна,Чехія →  @Прага"}},
		{"a deadline leaves the town to the topic",
			"Данія та Україна уклали угоду про постачання зерна до 1 квітня в Одесі.",
			[]string{"AGREE Данія,Україна → "}},
	}
	checkEvents(t, p, tests, time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC))
}

// TestS55PHeadsDistrict: a district with no town named after it, where a
// town's head acts, is a district of the town the head's title names; a
// region's head may act in a district of the oblast.
func TestS55PHeadsDistrict(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the head of a town's military administration",
			"Начальник Херсонської міської військової адміністрації Роман Мрочко зустрівся з підприємцями в Корабельному районі.",
			[]string{"CONSULT/meet Роман Мрочко → підприємці @Херсон"}},
		{"a mayor by міський голова",
			"Міський голова Харкова Ігор Терехов у середу відвідав школу в Київському районі.",
			[]string{"CONSULT/visit Ігор Терехов →  @Харків"}},
		{"a region's head: the district stays",
			"Голова Одеської ОВА Олег Кіпер зустрівся з фермерами в Біляївському районі.",
			[]string{"CONSULT/meet Олег Кіпер → фермери @Біляївський район"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
