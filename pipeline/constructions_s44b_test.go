package pipeline_test

import (
	"testing"
	"time"
)

// TestS44BMeetingHeldFirst: a sentence that says where a meeting took
// place with the meeting's noun as its subject ("Зустріч міністрів
// відбулася у Вільнюсі"), told before any meeting, sets the talks the
// next sentence tells there, as "У Женеві тривають переговори" does.
func TestS44BMeetingHeldFirst(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the meeting's noun before the verb",
			"Міністр оборони України Денис Шмигаль прибув до Литви.\n\nЗустріч міністрів оборони відбулася у Вільнюсі. Шмигаль обговорив з Довіле Шакалене постачання дронів.",
			[]string{"CONSULT/visit Денис Шмигаль → Литва @Литва", "CONSULT/meet Денис Шмигаль → Довіле Шакалене @Вільнюс"}},
		{"a meeting still to come sets nothing",
			"Міністр оборони України Денис Шмигаль прибув до Литви.\n\nЗустріч міністрів оборони відбудеться у Вільнюсі. Шмигаль обговорив з Довіле Шакалене постачання дронів.",
			[]string{"CONSULT/visit Денис Шмигаль → Литва @Литва", "CONSULT/meet Денис Шмигаль → Довіле Шакалене"}},
	}, time.Time{})
}

// TestS44BSubjectStays: a relative clause of який on the subject that
// says where the doer stays ("Делегація, яка перебуває в Києві, провела
// зустріч") places what the main clause tells.
func TestS44BSubjectStays(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a delegation staying in a city",
			"Парламент у четвер ухвалив бюджет.\n\nДелегація Сейму Польщі, яка перебуває в Одесі, провела зустріч із головою обласної ради Григорієм Діденком.",
			[]string{"CONSULT/meet Делегація Сейму Польщі → Григорій Діденко @Одеса"}},
		{"a visit in the clause",
			"Парламент у четвер ухвалив бюджет.\n\nМіністр закордонних справ Чехії Ян Ліпавський, який перебував з візитом у Кишиневі, зустрівся з президенткою Молдови Маєю Санду.",
			[]string{"CONSULT/visit Ян Ліпавський → Кишинів @Кишинів", "CONSULT/meet Ян Ліпавський → Мая Санду @Кишинів"}},
		{"a stay of another kind",
			"Парламент у четвер ухвалив бюджет.\n\nКолишній мер, який перебуває під вартою, зустрівся з адвокатом Іваном Петренком.",
			[]string{"CONSULT/meet Колишній мер → Іван Петренко"}},
	}, time.Time{})
}

// TestS44BStayOfDays: a visit to a country its sentence gives days from
// and to ("з 2 по 5 червня перебував з візитом в Італії") is a stay of
// days in the country, placed there, not narrowed to the capital where
// another event of the text took place; without the span it is.
func TestS44BStayOfDays(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a stay from one day to another",
			"Тарас Кравчук у Римі зустрівся з Джорджею Мелоні\n\nМіністр енергетики Тарас Кравчук з 2 по 5 червня перебував з робочим візитом в Італії.",
			[]string{"CONSULT/visit Тарас Кравчук → Італія @Італія"}},
		{"no span: the capital",
			"Тарас Кравчук у Римі зустрівся з Джорджею Мелоні\n\nМіністр енергетики Тарас Кравчук у вівторок перебував з робочим візитом в Італії.",
			[]string{"CONSULT/visit Тарас Кравчук → Італія @Рим"}},
	}, time.Time{})
}

// TestS44BRelativePlaceNotOwn: a place named in a relative clause of
// який on a noun ("з представниками бізнесу, які працюють в Україні")
// tells of the noun, not where the act was: the meeting still takes the
// town of the visit told before; a place of the act's own clause keeps it
// from that.
func TestS44BRelativePlaceNotOwn(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a place in the relative clause",
			"Прем'єр-міністр Денис Шмигаль у вівторок прибув з візитом до Братислави. Це його перший візит на посаді прем'єра. Делегацію супроводжують журналісти.\n\nКрім того, Шмигаль провів зустріч із представниками словацьких компаній, які працюють в Україні.",
			[]string{"CONSULT/visit Денис Шмигаль → Братислава @Братислава", "CONSULT/meet Денис Шмигаль → представники словацьких компаній @Братислава"}},
		{"a place of the act's own",
			"Прем'єр-міністр Денис Шмигаль у вівторок прибув з візитом до Братислави. Це його перший візит на посаді прем'єра. Делегацію супроводжують журналісти.\n\nКрім того, Шмигаль зустрівся у Кошицях з представниками словацьких компаній, які працюють в Україні.",
			[]string{"CONSULT/visit Денис Шмигаль → Братислава @Братислава", "CONSULT/meet Денис Шмигаль → представники словацьких компаній @Кошиці"}},
	}, time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC))
}

// TestS44BGatheringOfAThing: a place after a gathering named with what
// it is of ("на відкритті форуму з питань відбудови України в Празі",
// "у саміті з питань безпеки регіону") is where the gathering, and so the
// act at it, was; the place of what is talked about stays no place.
func TestS44BGatheringOfAThing(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a meeting at the opening of a forum",
			"Погода була гарна.\n\nМіністр закордонних справ Андрій Сибіга у четвер зустрівся з Яном Ліпавським на відкритті форуму з питань відбудови України в Празі.",
			[]string{"CONSULT/meet Андрій Сибіга → Ян Ліпавський @Прага"}},
		{"taking part in a summit",
			"Погода була гарна.\n\nМіністр закордонних справ Андрій Сибіга у четвер взяв участь у саміті з питань безпеки регіону в Празі.",
			[]string{"CONSULT/multilateral Андрій Сибіга →  @Прага"}},
		{"what the talks were about",
			"Погода була гарна.\n\nМіністр закордонних справ Андрій Сибіга у четвер зустрівся з Яном Ліпавським і обговорив підготовку конференції з питань відбудови України в Празі.",
			[]string{"CONSULT/meet Андрій Сибіга → Ян Ліпавський"}},
	}, time.Time{})
}

// TestS44BArrivalSetsTheDay: an act told "Того ж дня" with no place of
// its own, whose day was last named in a sentence telling an arrival in
// a town ("Стере прибув до Києва в середу вранці"), took place in that
// town, though other news comes between; a trip to a place that day
// (відвідала Ірпінь) sets no scene.
func TestS44BArrivalSetsTheDay(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the day's arrival",
			"Прем'єр-міністр Данії Метте Фредеріксен прибула до Києва в середу вранці.\n\nДелегацію супроводжують журналісти. Фредеріксен зазначила, що підтримка триватиме.\n\nТого ж дня міністр оборони Данії Троельс Поульсен зустрівся з командувачем Сил безпілотних систем Робертом Бровді.",
			[]string{"CONSULT/visit Метте Фредеріксен → Київ @Київ", "CONSULT/meet Троельс Поульсен → Роберт Бровді @Київ"}},
		{"a trip that day",
			"Прем'єр-міністр Данії Метте Фредеріксен відвідала Ірпінь у середу вранці.\n\nДелегацію супроводжують журналісти. Фредеріксен зазначила, що підтримка триватиме.\n\nТого ж дня міністр оборони Данії Троельс Поульсен зустрівся з командувачем Сил безпілотних систем Робертом Бровді.",
			[]string{"CONSULT/visit Метте Фредеріксен → Ірпінь @Ірпінь", "CONSULT/meet Троельс Поульсен → Роберт Бровді"}},
	}, time.Date(2026, 1, 29, 0, 0, 0, 0, time.UTC))
}
