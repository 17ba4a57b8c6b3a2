package pipeline_test

import (
	"testing"
	"time"
)

// TestS53DActClause: a time or a word of another time told in a clause
// of який, що or де after the act is that clause's thing's, and the act
// still takes the story's day of the occasion it is set at ("Поки
// тривало засідання, … зібралися медики, які вимагали …, скасованих
// минулого року" gathered that day; "на сесії … міськрада погодила
// угоду, яку мер підпише у квітні" agreed at the sitting); the same time
// told in the act's own clause keeps it undated, and so does a threat
// whose clause names its deadline.
func TestS53DActClause(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у середу 11 March
	head := "Житомирська міськрада ухвалила бюджет: під стінами ради протестували медики\n\nДепутати Житомирської міської ради на сесії у середу ухвалили бюджет громади.\n\n"
	checkEventsAs(t, p, []construction{
		{"a word of another time in a relative clause after the act",
			head + "Поки тривало засідання, під будівлею міськради зібралося близько сотні медиків, які вимагали підвищення зарплат і повернення доплат, скасованих минулого року. Мітингувальники тримали плакати.",
			[]string{"PROTEST близько сотні медиків →  @Житомир 2026-03-11", "REQUEST медики → "}},
		{"the word in the act's own clause",
			head + "Поки тривало засідання, під будівлею міськради минулого року зібралося близько сотні медиків, які вимагали підвищення зарплат. Мітингувальники тримали плакати.",
			[]string{"PROTEST близько сотні медиків →  @Житомир", "REQUEST медики → "}},
		{"an act set at the sitting before a relative clause with a month",
			"Депутати Ковельської міськради звернулися до уряду\n\nУ Ковелі на сесії міської ради у вівторок, 10 березня, депутати підтримали звернення до Кабінету міністрів щодо ремонту доріг.\n\nМіський голова Ігор Чайка зазначив, що громада вперше закладає кошти на укриття.\n\nКрім того, на сесії депутати ухвалили рішення про співпрацю з литовським містом Алітус: міськрада погодила проєкт угоди про партнерство, яку міський голова підпише у квітні.",
			[]string{"REQUEST депутати → Кабінет міністрів 2026-03-10", "AGREE Ковельська міськрада →  2026-03-10", "AGREE Ігор Чайка →  [future] 2026-04"}},
		{"a threat keeps the deadline of its clause",
			"Теплоенерго винне Нафтогазу 300 млн\n\nУ вівторок депутати Луцької міськради звернулися до Кабінету міністрів із проханням списати борг комунального підприємства перед «Нафтогазом».\n\n«Нафтогаз» вимагає від підприємства погасити борг.\n\nКомпанія також пригрозила, що в разі несплати до 1 квітня звернеться до суду.",
			[]string{"REQUEST депутати Луцької міськради → Кабінет міністрів 2026-03-10", "REQUEST Нафтогаз → підприємство", "THREATEN Компанія → "}},
	}, fri, datedEvent)
}

// TestS53DStillDue: the month or the year of publication told for an act
// still to come ("може ухвалити його вже в березні", "планує підписати
// цього року") names no other day the story went on to, so a report of
// one day stays one: "Перед голосуванням делегація провела зустріч"
// a dozen sentences after the lead is that day's. Told of a past act the
// month is another time, and the report is of more than one day.
func TestS53DStillDue(t *testing.T) {
	p := load(t)
	thu := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC) // у четвер 12 March
	lead := "Рада не ухвалила законопроєкт про ветеранів\n\nВерховна Рада в четвер не підтримала законопроєкт № 14100 про статус ветеранів.\n\n"
	past := "Комітет розглянув документ ще в березні.\n\n"
	due := "Голова комітету Іван Петренко пояснив журналістам, що комітет доопрацює документ і може ухвалити його вже в березні.\n\n"
	met := "Перед голосуванням делегація Ради Європи провела зустріч із головою Верховної Ради Русланом Стефанчуком."
	checkEventsAs(t, p, []construction{
		{"a month of an act to come", lead + due + met,
			[]string{"SUPPORT Верховна Рада →  [negation] 2026-03-12", "CONSULT/meet делегація Ради Європи → Руслан Стефанчук 2026-03-12"}},
		{"the month of a past act", lead + past + met,
			[]string{"SUPPORT Верховна Рада →  [negation] 2026-03-12", "CONSULT/meet делегація Ради Європи → Руслан Стефанчук"}},
	}, thu, datedEvent)
}

// TestS53DOnTheSpot: an act done "на місці" (on the spot) with no place or
// time of its own is at the scene of the sentence right before: its one
// place (after в/у, or поблизу села X) and its one day. "На місці
// колишнього заводу" names another place, and an act to come stays as it
// is.
func TestS53DOnTheSpot(t *testing.T) {
	p := load(t)
	mon := time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC) // у суботу 14 March
	checkEventsAs(t, p, []construction{
		{"arrested on the spot near a village",
			"Контрабанда на Волині\n\nУ суботу, 14 березня, поблизу села Ковель прикордонники зупинили вантажівку із сигаретами.\n\nВодія затримали на місці.",
			[]string{"COERCE  → водій @Ковель 2026-03-14"}},
		{"the place after в, no day",
			"Незаконний видобуток піску\n\nУ Ратнівській громаді на Волині поліцейські припинили незаконний видобуток піску. На місці затримано трьох чоловіків.",
			[]string{"COERCE  → троє чоловіків @Ратнівська громада"}},
		{"in place of something else (the place is the earlier rules' own; no day)",
			"Затримання в Ковелі\n\nУ суботу, 14 березня, у Ковелі поліцейські перевірили склад. На місці колишнього заводу затримали двох чоловіків.",
			[]string{"COERCE  → двоє чоловіків @Ковель"}},
	}, mon, datedEvent)
}

// TestS53DOccasionPlace: an act opened by the occasion it follows ("Після
// перевірки", "Під час засідання") with no place of its own is where the
// act that noun names took place, however far back the report told it,
// unless a sentence between tells another time.
func TestS53DOccasionPlace(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у четвер 12 March
	check := "На Волині перевірили укриття у школах\n\nУ четвер, 12 березня, начальник Волинської обласної військової адміністрації Іван Руденко разом із представниками ДСНС провів перевірку укриттів у школах Ковеля.\n\nКомісія оглянула укриття дванадцяти шкіл. У двох закладах виявили порушення.\n\n"
	rest := "«Безпека дітей — понад усе», — наголосив Іван Руденко.\n\nЗа результатами перевірки директорам двох шкіл оголошено догани, а управлінню освіти направлено припис усунути порушення до 1 квітня.\n\nПісля перевірки Іван Руденко провів нараду з керівниками громад району."
	checkEventsAs(t, p, []construction{
		{"the check five sentences back, a deadline between", check + rest,
			[]string{"ACCUSE Іван Руденко →  @Ковель 2026-03-12", "COERCE  → директори", "CONSULT/meet Іван Руденко → керівники громад району @Ковель 2026-03-12"}},
		{"another time told between", check + "Минулого тижня подібну перевірку провели в Луцьку.\n\n" + rest,
			[]string{"ACCUSE Іван Руденко →  @Ковель 2026-03-12", "COERCE  → директори", "CONSULT/meet Іван Руденко → керівники громад району 2026-03-12"}},
	}, fri, datedEvent)
}

// TestS53DRescuedThere: people dug out or saved by rescuers, told with no
// place or time of their own in the three sentences after a strike, were
// saved where it hit, that day; not after a sentence that tells another
// time.
func TestS53DRescuedThere(t *testing.T) {
	p := load(t)
	mon := time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC) // вночі проти неділі 15 March
	strike := "Росія вдарила по Сумах\n\nРосійська армія вночі проти неділі, 15 березня, обстріляла Суми з артилерії. Зруйновано житловий будинок на вулиці Сумсько-Київських дивізій.\n\n"
	checkEventsAs(t, p, []construction{
		{"dug out after the strike", strike + "Рятувальники ДСНС дістали з-під завалів двох людей.",
			[]string{"ASSAULT Росія → Суми @Суми 2026-03-15", "AID Рятувальники ДСНС → двоє людей @Суми 2026-03-15"}},
		{"another time told between", strike + "Минулого тижня ворог уже атакував цей район.\n\nРятувальники ДСНС дістали з-під завалів двох людей.",
			[]string{"ASSAULT Росія → Суми @Суми 2026-03-15", "ASSAULT ворог →  2026-03", "AID Рятувальники ДСНС → двоє людей"}},
	}, mon, datedEvent)
}

// TestS53DEveAside: in a report of one day, the eve told after that day
// ("Техніка прибула до Луцька в середу ввечері" after "у четвер
// передало") is an aside: thanks at the handover told after it still take
// the handover's day. A later day told makes the report one of two days,
// and the thanks stay undated.
func TestS53DEveAside(t *testing.T) {
	p := load(t)
	sat := time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC) // у четвер 12 March, в середу 11 March
	text := func(aside string) string {
		return "Люблін передав Луцьку машини швидкої\n\nМісто-побратим Люблін у четвер передало Луцьку дві машини екстреної медичної допомоги та медикаменти. " + aside + ", повідомили в міській раді.\n\nКлючі від техніки в четвер на площі вручив заступник президента Любліна Томаш Новак.\n\nЛуцький міський голова Ігор Поліщук подякував польським колегам за підтримку."
	}
	checkEventsAs(t, p, []construction{
		{"the eve told after the day", text("Техніка прибула до Луцька в середу ввечері"),
			[]string{"AID Люблін → Луцьк 2026-03-12", "SUPPORT Ігор Поліщук → польські колеги 2026-03-12"}},
		{"a later day told", text("Техніку показали рятувальникам у п'ятницю"),
			[]string{"AID Люблін → Луцьк 2026-03-12", "SUPPORT Ігор Поліщук → польські колеги"}},
	}, sat, datedEvent)
}

// TestS53DMayorMetLocals: a town's head meeting its veterans, families
// or entrepreneurs with no place told met them in the town his title
// names, as he meets its residents; a guest from abroad is no such group.
func TestS53DMayorMetLocals(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у четвер 12 March
	checkEventsAs(t, p, []construction{
		{"veterans and families",
			"Мер Ковеля зустрівся з ветеранами\n\nМіський голова Ковеля Ігор Чайка у четвер провів зустріч із ветеранами російсько-української війни та родинами загиблих захисників.\n\nОбговорили житлові питання.",
			[]string{"CONSULT/meet Ігор Чайка → ветерани російсько-української війни @Ковель 2026-03-12"}},
		{"an ambassador",
			"Мер Ковеля зустрівся з послом\n\nМіський голова Ковеля Ігор Чайка у четвер провів зустріч із послом Литви в Україні Вальдемарасом Саруткою.",
			[]string{"CONSULT/meet Ігор Чайка → Вальдемарас Сарутка 2026-03-12"}},
	}, fri, datedEvent)
}

// TestS53DCameToOccasion: "На відкриття приїхав міністр" opens by the
// occasion the guest came to, as "Під час відкриття" does: in a report of
// one day the arrival is that day's, and thanks said after it still are.
// A sentence that names the day's opening and a month of another act
// keeps it undated.
func TestS53DCameToOccasion(t *testing.T) {
	p := load(t)
	tue := time.Date(2025, 9, 2, 0, 0, 0, 0, time.UTC) // у понеділок 1 September
	checkEventsAs(t, p, []construction{
		{"came to the opening",
			"У Луцьку відкрили підземну школу\n\nУ Луцьку в понеділок, 1 вересня, відкрили першу в області підземну школу на 500 учнів.\n\nНа відкриття приїхав міністр освіти і науки Оксен Лісовий.\n\nМіський голова Луцька Ігор Поліщук подякував уряду Данії за фінансування.",
			// (the thanks at the opening keep its day: the guest's visit is no talks)
			[]string{"CONSULT/visit Оксен Лісовий →  @Луцьк 2025-09-01", "SUPPORT Ігор Поліщук → уряд Данії 2025-09-01"}},
		{"a report of more than one day",
			"У Луцьку відкрили підземну школу\n\nУ Луцьку в понеділок, 1 вересня, відкрили першу в області підземну школу на 500 учнів. Будівництво розпочали в червні минулого року.\n\nНа відкриття приїхав міністр освіти і науки Оксен Лісовий.",
			[]string{"CONSULT/visit Оксен Лісовий →  @Луцьк"}},
	}, tue, datedEvent)
}
