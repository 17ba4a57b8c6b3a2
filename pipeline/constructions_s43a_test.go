package pipeline_test

import (
	"testing"
	"time"
)

// TestS43APlaceRetold: a detention told again with its day and place
// ("Посадовця затримали у вівторок у Києві") gives the detention told
// before (the headline's) that place, as it gives the day.
func TestS43APlaceRetold(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the lead tells again where the headline's detention was",
			"Прикордонники затримали контрабандиста\n\nПрикордонники викрили схему контрабанди цигарок. Чоловіка затримали в четвер у Чопі під час передачі вантажу.",
			[]string{"COERCE Прикордонники → контрабандист @Чоп"}},
	}, time.Time{})
}

// TestS43ADuringVisit: a meeting, a signing or thanks with no place of
// its own, told after a visit one of its sides made to a town, took place
// in that town; not after another's visit, past another town named
// between, past a return, in a paragraph that recalls an older story, or
// at another time.
func TestS43ADuringVisit(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a meeting told after the arrival",
			"Прем'єр-міністерка Юлія Свириденко у середу прибула з візитом до Варшави.\n\nТакож Свириденко зустрілася з президентом Польщі Каролем Навроцьким.",
			[]string{"CONSULT/visit Юлія Свириденко → Варшава @Варшава", "CONSULT/meet Юлія Свириденко → Кароль Навроцький @Варшава"}},
		{"an arrival in a relative clause before the talks",
			"Прем'єр-міністр Естонії Крістен Міхал, який прибув до Вінниці напередодні, провів переговори з головою обласної адміністрації Наталією Заболотною.",
			[]string{"CONSULT/visit Крістен Міхал → Вінниця @Вінниця", "CONSULT/meet Крістен Міхал → Наталія Заболотна @Вінниця"}},
		{"a signing during the visit",
			"Міністр закордонних справ Андрій Сибіга прибув до Анкари.\n\nСибіга підписав з Туреччиною меморандум про співпрацю.",
			[]string{"CONSULT/visit Андрій Сибіга → Анкара @Анкара", "AGREE Андрій Сибіга → Туреччина @Анкара"}},
		{"thanks are said, with no place",
			"Міністр закордонних справ Андрій Сибіга прибув до Анкари.\n\nСибіга подякував Туреччині за гуманітарну допомогу.",
			[]string{"CONSULT/visit Андрій Сибіга → Анкара @Анкара", "SUPPORT Андрій Сибіга → Туреччина"}},
		{"a visit of another time",
			"Прем'єр-міністр Польщі Дональд Туск, який минулого тижня відвідав Одесу, учора зустрівся з президентом Молдови Маєю Санду.",
			[]string{"CONSULT/visit Дональд Туск → Одеса @Одеса", "CONSULT/meet Дональд Туск → Мая Санду"}},
		{"another's visit",
			"Міністр оборони Литви Довіле Шакалене відвідала Одесу.\n\nТакож прем'єр-міністр Польщі Дональд Туск зустрівся з президентом Молдови Маєю Санду.",
			[]string{"CONSULT/visit Довіле Шакалене → Одеса @Одеса", "CONSULT/meet Дональд Туск → Мая Санду"}},
		{"another town named between",
			"Андрій Сибіга прибув до Вільнюса.\n\nЗавершальним пунктом поїздки стала Рига. Сибіга подякував латвійським партнерам за підтримку.",
			[]string{"CONSULT/visit Андрій Сибіга → Вільнюс @Вільнюс", "SUPPORT Андрій Сибіга → латвійські партнери"}},
		{"a return between",
			"Андрій Сибіга прибув до Анкари. Увечері він повернувся додому.\n\nСибіга подякував Туреччині за гуманітарну допомогу.",
			[]string{"CONSULT/visit Андрій Сибіга → Анкара @Анкара", "SUPPORT Андрій Сибіга → Туреччина"}},
		{"a paragraph that recalls an older story",
			"Андрій Сибіга прибув до Анкари.\n\nНагадаємо, Сибіга подякував Туреччині за гуманітарну допомогу.",
			[]string{"CONSULT/visit Андрій Сибіга → Анкара @Анкара", "SUPPORT Андрій Сибіга → Туреччина"}},
	}, time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC))
}

// TestS43AVillageNamed: a place named after the word for its kind ("в селі
// Вінницькі Хутори"), its name read by the tagger as the accusative its
// nominative looks like, is where a meeting with people named by a common
// noun took place, not whom the meeting was with.
func TestS43AVillageNamed(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a plural name after село",
			"Міський голова Сергій Моргунов у понеділок зустрівся з батьками в селі Вінницькі Хутори і пообіцяв, що громада отримає автобуси.",
			[]string{"CONSULT/meet Сергій Моргунов → батьки @Вінницькі Хутори"}},
		{"a masculine name after місто",
			"Голова громади Андрій Лисенко зустрівся з підприємцями в місті Новоград і пообіцяв знизити оренду.",
			[]string{"CONSULT/meet Андрій Лисенко → підприємці @Новоград"}},
	}, time.Time{})
}

// TestS43AHumanitarianConvoyFrom: a humanitarian cargo that arrives "з" a
// country is that country's aid to the town it arrived at, placed there.
func TestS43AHumanitarianConvoyFrom(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the destination before the verb",
			"У п'ятницю до Луцька прибула гуманітарна колона з Польщі.",
			[]string{"AID Польща → Луцьк @Луцьк"}},
		{"a cargo with no humanitarian word is no aid",
			"У п'ятницю до Луцька прибула колона з Польщі.",
			nil},
	}, time.Time{})
}

// TestS43AMeetingHeldAt: a sentence that says where the meeting told
// before was held, its noun before the genitives of whose meeting it was
// ("Зустріч прем'єр-міністрів відбулася … в Таллінні").
func TestS43AMeetingHeldAt(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the meeting noun before a genitive",
			"Юлія Свириденко провела переговори з прем'єр-міністром Естонії Крістеном Міхалом. Зустріч прем'єр-міністрів відбулася в будинку уряду Естонії в Таллінні.",
			[]string{"CONSULT/meet Юлія Свириденко → Крістен Міхал @Таллінн"}},
	}, time.Time{})
}

// TestS43ALeadSeat: a local story whose lead names the town only by the
// adjective of its council or its mayor ("Луцький міський голова",
// "Житомирської міської ради") is set in that town; a court named by
// another place is not placed there.
func TestS43ALeadSeat(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a protest and an arrest after the council's adjective",
			"Мешканці Богунії без гарячої води\n\nУ вівторок біля будівлі Житомирської міської ради протестували мешканці мікрорайону Богунія. Поліція затримала одного з учасників.",
			[]string{"PROTEST мешканці мікрорайону →  @Житомир", "COERCE Поліція →  @Житомир"}},
		{"a signing after the mayor's adjective",
			"Делегація з Любліна\n\nЛуцький міський голова Ігор Поліщук у п'ятницю зустрівся з делегацією Любліна. За результатами зустрічі сторони підписали угоду про співпрацю.",
			[]string{"CONSULT/meet Ігор Поліщук → Люблін @Луцьк", "AGREE Ігор Поліщук,Люблін →  @Луцьк"}},
		{"a court of another place",
			"Броварська міськрада виграла суд\n\nБроварська міська рада подала позов до забудовника. Господарський суд Київської області зобов'язав забудовника повернути ділянку громаді.",
			[]string{"ACCUSE Броварська міська рада → забудовник", "COERCE Господарський суд Київської області → забудовник"}},
	}, time.Time{})
}
