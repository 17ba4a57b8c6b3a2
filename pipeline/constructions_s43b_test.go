package pipeline_test

import (
	"testing"
	"time"
)

// TestS43BLeadDay: an event of the headline that the lead does not tell
// again by an event of its own takes the one day the lead names; a
// dateline's day is not the lead's, and a lead naming two days, or a
// headline in the present, leaves it undated.
func TestS43BLeadDay(t *testing.T) {
	p := load(t)
	thu := time.Date(2026, 4, 23, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the lead's day",
			"Пікетувальники заблокували трасу біля Кременчука\nУ середу на в'їзді до міста зібралися понад сотня водіїв вантажівок. Вони вимагали відремонтувати міст через Дніпро.",
			[]string{"PROTEST Пікетувальники →  @Кременчук on 2026-04-22"}},
		{"the lead's day in its second sentence",
			"Антимонопольний комітет оштрафував двох забудовників\nНа двох забудовників накладено штрафи на 12 млн гривень. Відповідне рішення ухвалено у вівторок.",
			[]string{"COERCE Антимонопольний комітет → двоє забудовників on 2026-04-21"}},
		{"a dateline's day",
			"Пікетувальники заблокували трасу біля Кременчука\nКРЕМЕНЧУК, 23 квітня. На в'їзді до міста зібралися понад сотня водіїв вантажівок.",
			[]string{"PROTEST Пікетувальники →  @Кременчук on "}},
		{"two days in the lead",
			"Пікетувальники заблокували трасу біля Кременчука\nУ середу на в'їзді до міста зібралися водії, яких у понеділок звільнили з підприємства.",
			[]string{"PROTEST Пікетувальники →  @Кременчук on "}},
		{"the second item of a headline",
			"Водії вантажівок заблокували трасу, поліція затримала організатора\nУ середу на в'їзді до Кременчука зібралися понад сотня водіїв вантажівок.",
			[]string{"PROTEST Водії вантажівок →  on 2026-04-22", "COERCE поліція → організатор on "}},
		{"the day of a source line",
			"Польща передала Львову 50 генераторів\nНа площі Ринок місту вручили 50 генераторів від польського уряду. Про це у вівторок повідомила міська рада.",
			[]string{"AID Польща → Львів on "}},
		{"the day of a document in a source line",
			"Антимонопольний комітет оштрафував двох забудовників\nНа двох забудовників накладено штрафи на 12 млн гривень. Про це свідчить рішення комітету від 14 квітня.",
			[]string{"COERCE Антимонопольний комітет → двоє забудовників on 2026-04-14"}},
	}, thu, eventDated)
}

// TestS43BEveOfOccasion: "Напередодні сесії / відкриття / голосування"
// is the day before the occasion's: the day of the last sentence before
// that names it (a council's sitting by сесія or засідання alike), or,
// when none names it, the day the lead names (the occasion the report is
// of); a feminine genitive the tagger reads as a plural nominative
// ("Напередодні сесії біля приміщення ради") is still the occasion's.
// The meeting "Після голосування" of the last case is on the day of the
// one-day report its lead tells (session 46: the story's day).
func TestS43BEveOfOccasion(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a sitting named by засідання",
			"Голова облради у понеділок, 2 березня, провів нараду з керівниками громад. Обласна рада на пленарному засіданні у четвер, 5 березня, ухвалила звернення до уряду.\nНапередодні сесії голова облради зустрівся з головою обласної державної адміністрації Ігорем Коваленком.",
			[]string{"CONSULT/meet Голова облради → керівники громад on 2026-03-02", "REQUEST Обласна рада → уряд on 2026-03-05", "CONSULT/meet голова облради → Ігор Коваленко on 2026-03-04"}},
		{"a genitive read as a plural nominative",
			"Депутати обласної ради на сесії у четвер, 5 березня, підтримали реорганізацію лікарні.\nНапередодні сесії біля приміщення обласної ради працівники онкодиспансеру провели акцію протесту.",
			[]string{"SUPPORT Депутати обласної ради →  on 2026-03-05", "PROTEST працівники онкодиспансеру →  on 2026-03-04"}},
		{"the occasion the lead tells by a verb",
			"У Черкасах у четвер запрацював новий завод з виробництва дронів. На підприємстві працюватимуть понад 400 людей.\nМинулого вівторка міська рада виділила заводу 14 млн гривень на підведення електромережі.\nНапередодні відкриття російські війська атакували Черкаську область ударними дронами.",
			[]string{"AID міська рада → завод on 2026-02-24", "ASSAULT російські війська → Черкаська область @Черкаська область on 2026-03-04"}},
		{"a vote after an older day told",
			"Рада ЄС у понеділок схвалила новий пакет санкцій проти Росії. Верховна представниця ЄС, яка минулої п'ятниці відвідала Київ, назвала пакет найжорсткішим. Під час візиту вона зустрілася з президентом Володимиром Зеленським.\nНапередодні голосування прем'єр-міністр Угорщини Віктор Орбан провів телефонну розмову з президентом Європейської ради Антоніу Коштою.",
			[]string{"SANCTION ЄС → Росія on 2026-03-02", "CONSULT/visit ЄС → Київ @Київ on 2026-02-27", "CONSULT/meet  → Володимир Зеленський @Київ on 2026-02-27", "CONSULT/phone Віктор Орбан → Антоніу Кошта on 2026-03-01"}},
		{"an act named before with no day",
			"Генеральна асамблея ООН у середу ухвалила резолюцію про повернення депортованих дітей.\nПісля голосування постійний представник України Андрій Мельник зустрівся з генеральним секретарем ООН Антоніу Гутеррешем.\nЗеленський у вівторок провів телефонну розмову з президентом Франції Емманюелем Макроном.\nНапередодні голосування міністр закордонних справ Андрій Сибіга провів телефонну розмову з прем'єр-міністром Катару.",
			[]string{"CONSULT/meet Андрій Мельник → Антоніу Гутерреш on 2026-03-04", "CONSULT/phone Зеленський → Емманюель Макрон on 2026-03-03", "CONSULT/phone Андрій Сибіга → Катар on 2026-03-03"}},
	}, fri, eventDated)
}

// TestS43BDeadline: a day or a year after до (or по) tells by when
// something is to be done, never the day the act itself was: the order,
// the call or the signing keeps no date of it, and a "Того ж дня" after
// it is the day of the act told with its own day.
func TestS43BDeadline(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"an order with a deadline",
			"Голова ОВА доручив міським головам до 1 травня перевірити готовність укриттів.",
			[]string{"REQUEST Голова ОВА → міські голови on "}},
		{"a memorandum until a year",
			"Посол і міський голова підписали меморандум про партнерство до 2030 року.",
			[]string{"AGREE Посол,міський голова →  on "}},
		{"the same day after a deadline",
			"Національний банк у вівторок оштрафував «Альфа-банк» на 5 млн гривень. Крім штрафу, регулятор зобов'язав банк до 1 квітня усунути порушення.\nТого ж дня комісія з регулювання зв'язку оштрафувала оператора «Мережа» на 3 млн гривень.",
			[]string{"COERCE Національний банк → Альфа-банк on 2026-03-03", "COERCE регулятор → банк on ", "COERCE комісія → оператор on 2026-03-03"}},
	}, fri, eventDated)
}

// TestS43BSameDayBack: "Того ж дня" is the day of the nearest sentence
// before that names one, past a sentence with none and past a paragraph
// break, when no event is told between: a day a speaker names inside a
// direct quote is passed over.
func TestS43BSameDayBack(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"past a sentence with no day and a paragraph break",
			"У вівторок прем'єр-міністерка Юлія Свириденко провела нараду з керівниками енергетичних компаній.\nУ середу вранці енергетики відновили електропостачання для більшості споживачів. Ремонтні роботи тривають.\nТого ж дня Польща передала Україні аварійне енергетичне обладнання.",
			[]string{"CONSULT/meet Юлія Свириденко → керівники енергетичних компаній on 2026-03-03", "AID Польща → Україна on 2026-03-04"}},
		{"a day inside a quote",
			"Велика Британія у вівторок запровадила санкції проти 30 танкерів тіньового флоту.\n«Ми продовжуватимемо тиснути на Кремль. Завтра ми обговоримо нові кроки з партнерами», – заявила міністерка Іветт Купер.\nТого ж дня Купер провела телефонну розмову з Андрієм Сибігою.",
			[]string{"SANCTION Велика Британія →  on 2026-03-03", "CONSULT/phone Іветт Купер → Андрій Сибіга on 2026-03-03"}},
	}, fri, eventDated)
}

// TestS43BPromisedDay: a weekday after a past verb of promising or
// agreeing and before the infinitive it governs is the day of the act
// promised, still to come ("пообіцяли в середу провести пікет"); one
// before the verb stays the day the promise was made.
func TestS43BPromisedDay(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a weekday between the promise and its infinitive",
			"Водії пообіцяли в середу провести пікет під стінами обласної адміністрації.",
			[]string{"PROTEST Водії →  on 2026-03-11"}},
		{"a weekday before the promise",
			"У середу водії пообіцяли провести пікет під стінами обласної адміністрації.",
			[]string{"PROTEST водії →  [future] on 2026-03-04"}},
	}, fri, eventDated)
}
