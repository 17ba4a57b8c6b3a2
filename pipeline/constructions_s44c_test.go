package pipeline_test

import (
	"testing"
	"time"
)

// TestS44CContinuedAcross: a paragraph that opens with a side of an act
// told with a day in the paragraph before, and names no time of its own,
// goes on with that day: a pronoun, a named side, or a crowd after a
// crowd's protest. A paragraph opening with another side, a clause of
// time that puts the act after another ("після того, як"), or a span
// counted ("за рік") told in a clause of its own is handled as such.
func TestS44CContinuedAcross(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 4, 24, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a pronoun opening the next paragraph",
			"Міністр охорони здоров'я Віктор Ляшко у вівторок відвідав Чернігів.\nВін зустрівся з лікарями обласної лікарні.",
			[]string{"CONSULT/visit Віктор Ляшко → Чернігів @Чернігів on 2026-04-21", "CONSULT/meet Віктор Ляшко → лікарі обласної лікарні @Чернігів on 2026-04-21"}},
		{"a crowd after a crowd's protest",
			"Понад сто мешканців села у понеділок перекрили трасу Київ – Чоп.\nЛюди вимагали від влади відремонтувати міст.",
			[]string{"PROTEST Понад сто мешканців →  on 2026-04-20", "REQUEST Люди → влада on 2026-04-20"}},
		{"a crowd after the headline's protest the lead tells again",
			"На Полтавщині жителі громади перекрили трасу через закриття школи\nБлизько трьохсот жителів Решетилівської громади в понеділок на три години перекрили автодорогу Полтава — Київ. Вони протестували проти рішення закрити школу.\nЛюди вимагали від районної влади залишити школу.",
			[]string{"PROTEST жителі громади →  @Полтавщина on 2026-04-20", "REQUEST Люди → районна влада on 2026-04-20"}},
		{"another side opens the paragraph",
			"Міністр охорони здоров'я Віктор Ляшко у вівторок відвідав Чернігів.\nМіський голова Олександр Ломако провів нараду з комунальниками.",
			[]string{"CONSULT/visit Віктор Ляшко → Чернігів @Чернігів on 2026-04-21", "CONSULT/meet Олександр Ломако → комунальники on "}},
		{"a clause of time after",
			"Сейм у середу висловив довіру уряду Дональда Туска.\nТуск попросив парламент про голосування після того, як кандидат його партії програв вибори.",
			[]string{"SUPPORT  → Дональд Туск on 2026-04-22", "REQUEST Дональд Туск → парламент on "}},
		{"a span counted is no shift",
			"Голова ОВА Іван Федоров у середу відвідав гуманітарний хаб у Запоріжжі. Він подякував волонтерам і зазначив, що за рік через хаб пройшло 900 тонн допомоги.",
			[]string{"CONSULT/visit Іван Федоров → гуманітарний хаб @Запоріжжя on 2026-04-22", "SUPPORT Іван Федоров → волонтери on 2026-04-22"}},
	}, fri, eventDated)
}

// TestS44CThereAfterActs: a sentence opening "Там" or "Там же" right
// after acts told with a day is on that day, and at the place of the act
// told in the sentence right before when it is a meeting or a signing.
func TestS44CThereAfterActs(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 4, 24, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"there after a meeting",
			"Прем'єр-міністр Юлія Свириденко в четвер провела у Відні переговори з канцлером Австрії.\nТам же прем'єрка зустрілася з представниками української громади.",
			[]string{"CONSULT/meet Юлія Свириденко →  @Відень on 2026-04-23", "CONSULT/meet Юлія Свириденко → представники української громади @Відень on 2026-04-23"}}, // (прем'єрка her role since session 57)
		{"there after a trip with no act",
			"Президент Румунії у понеділок провів переговори з президентом України в Одесі. Звідти Зеленський вирушив до Ізмаїла. Там він провів нараду з керівництвом порту.",
			[]string{"CONSULT/meet Президент Румунії → Україна @Одеса on 2026-04-20", "CONSULT/meet Зеленський → керівництво порту @Ізмаїл on 2026-04-20"}},
	}, fri, eventDated)
}

// TestS44CWhileSitting: a sentence opening with a clause of while a
// gathering went on ("Поки тривало засідання, …") is on the day of the
// gathering told before.
func TestS44CWhileSitting(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 4, 24, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"while the sitting went on",
			"У вівторок у Житомирі відбулася сесія міської ради, на якій депутати звернулися до уряду з проханням виділити кошти на ремонт шкіл.\nМер подякував депутатам за підтримку.\nПоки тривало засідання, біля міськради протестували близько сотні вчителів.",
			[]string{"REQUEST депутати → уряд on 2026-04-21", "SUPPORT Мер → депутати on ", "PROTEST близько сотні вчителів →  @Житомир on 2026-04-21"}},
	}, fri, eventDated)
}

// TestS44CHoldingLater: a date after a noun of holding an occasion
// (проведення, скликання) in the trigger's clause is when the occasion is
// to be held, not when it was agreed: "погодили проведення засідання
// комісії в листопаді" was not agreed in November.
func TestS44CHoldingLater(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 4, 24, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"the sitting's month only",
			"Уряди України та Литви погодили проведення засідання міжурядової комісії в листопаді.",
			[]string{"AGREE Україна,Литва →  on "}},
		{"after a dated call",
			"Міністр закордонних справ України Андрій Сибіга в понеділок провів телефонну розмову з міністром закордонних справ Австрії Беате Майнль-Райзінгер. Сторони погодили проведення засідання змішаної комісії в листопаді.",
			[]string{"CONSULT/phone Андрій Сибіга → Беате Майнль-Райзінгер on 2026-04-20", "AGREE Андрій Сибіга,Беате Майнль-Райзінгер →  on 2026-04-20"}},
	}, fri, eventDated)
}

// TestS44CAfterTheAct: "Через тиждень після підписання" counts from a
// signing told before by its verb ("підписали угоду"), and "Наступного
// дня після обшуків" is the day after the searches told before, not after
// the last day named.
func TestS44CAfterTheAct(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 4, 24, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a week after a signing told by its verb",
			"Нагадаємо, 2 квітня Україна і Норвегія підписали угоду про виробництво дронів. Через тиждень після підписання угоди норвезький уряд виділив Україні ще 100 млн євро.",
			[]string{"AGREE Україна,Норвегія →  on 2026-04-02", "AID Норвегія → Україна on 2026-04-09"}},
		{"the day after the searches",
			"У понеділок детективи НАБУ провели обшуки в міській раді. У середу суд заарештував майно підрядника. Наступного дня після обшуків депутат Олег Мороз звернувся до Генерального прокурора з вимогою взяти справу під контроль.",
			[]string{"COERCE детективи НАБУ →  on 2026-04-20", "COERCE суд → підрядник on 2026-04-22", "REQUEST Олег Мороз → Генеральний прокурор on 2026-04-21"}},
	}, fri, eventDated)
}
