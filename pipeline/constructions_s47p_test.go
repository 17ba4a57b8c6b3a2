package pipeline_test

import (
	"testing"
	"time"
)

// TestS47PSideMet: an act done by a side of a meeting told that day takes
// the meeting's day even when an act of another kind dated that day is
// told between (the host's thanks: no scene for the guest's invitation) (the README's "the story's day for untied events", session 46:
// "done by a side of the meeting … told before with that day").
func TestS47PSideMet(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у середу 11 March
	checkEventsAs(t, p, []construction{
		{"an invitation after the host's thanks",
			"Президент Казахстану Касим-Жомарт Токаєв у середу провів в Астані переговори з прем'єр-міністром Угорщини Віктором Орбаном.\nПро це повідомляє Укрінформ.\nЗа словами Токаєва, Казахстан готовий збільшити постачання нафти до Угорщини. Він також подякував гостю за підтримку.\n«Угорщина цінує дружбу з Казахстаном», – сказав Орбан.\nПрем'єр Угорщини запросив лідера Казахстану відвідати Будапешт.",
			[]string{"CONSULT/meet Касим-Жомарт Токаєв → Віктор Орбан @Астана 2026-03-11", "SUPPORT Касим-Жомарт Токаєв → гостя 2026-03-11",
				"REQUEST Віктор Орбан → Касим-Жомарт Токаєв,Казахстан 2026-03-11"}},
		{"no side of the meeting: no day",
			"Міністр закордонних справ Литви Кястутіс Будріс у середу прибув до Києва і зустрівся з міністром закордонних справ України Андрієм Сибігою.\n\nТого ж дня російські дрони атакували Одесу.\n\nМер Одеси Геннадій Труханов подякував рятувальникам за роботу.",
			[]string{"CONSULT/visit Кястутіс Будріс → Київ @Київ 2026-03-11", "CONSULT/meet Кястутіс Будріс → Андрій Сибіга @Київ 2026-03-11",
				"ASSAULT російські дрони → Одеса @Одеса 2026-03-11", "SUPPORT Геннадій Труханов → рятувальники"}},
	}, fri, datedEvent)
}

// TestS47PActAtGathering: an act its clause ties to a summit or a sitting
// ("на засіданні", "під час саміту", "Учасники саміту") with no place of
// its own is placed where the summit or the sitting told before was held,
// however far back; a council's session, a body's own sitting, places
// nothing.
func TestS47PActAtGathering(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a rejection at the sitting",
			"Міністр закордонних справ України Андрій Сибіга у вівторок виступив на засіданні Ради Безпеки ООН у Нью-Йорку.\n\nВін звинуватив Росію в ударах по енергетиці.\n\n«Світ має знати правду», – сказав Сибіга.\n\nПостійний представник Росії Василь Небензя на засіданні відкинув звинувачення.",
			[]string{"CONSULT/multilateral Андрій Сибіга → Рада Безпеки ООН @Нью-Йорк 2026-03-10", "ACCUSE Андрій Сибіга → Росія @Нью-Йорк 2026-03-10",
				"ASSAULT Росія → енергетика", "REJECT Василь Небензя →  @Нью-Йорк 2026-03-10"}},
		{"a council's session places nothing",
			"Депутати Полтавської міської ради у вівторок зібралися на сесію.\n\nНа сесії депутати відхилили проєкт рішення про підвищення тарифів.",
			[]string{"REJECT депутати →  2026-03-10"}},
	}, fri, datedEvent)
}

// TestS47PSameGroup: a group told by a phrase ("Ветерани") is the side of
// the meeting told with it ("з ветеранами російсько-української війни"),
// so its request there takes the meeting's day; another group does not.
func TestS47PSameGroup(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у вівторок 10 March
	checkEventsAs(t, p, []construction{
		{"the veterans met ask",
			"Міський голова Вінниці Сергій Моргунов у вівторок зустрівся з ветеранами російсько-української війни.\nПро це повідомила пресслужба міськради.\nОбговорювали працевлаштування та реабілітацію.\nВетерани попросили міського голову облаштувати спортивний майданчик.",
			[]string{"CONSULT/meet Сергій Моргунов → ветерани російсько-української війни @Вінниця 2026-03-10", "REQUEST Ветерани → Сергій Моргунов 2026-03-10"}},
		{"residents, not met, ask",
			"Міський голова Вінниці Сергій Моргунов у вівторок зустрівся з ветеранами російсько-української війни.\nПро це повідомила пресслужба міськради.\nОбговорювали працевлаштування та реабілітацію.\nМешканці попросили міського голову облаштувати спортивний майданчик.",
			[]string{"CONSULT/meet Сергій Моргунов → ветерани російсько-української війни @Вінниця 2026-03-10", "REQUEST Мешканці → Сергій Моргунов"}},
	}, fri, datedEvent)
}

// TestS47PMainClauseDay: a lead that tells one day in its main clause and
// another time in a relative clause of який (the past of a thing it names)
// is still a report of that day, so an act tied to its occasion ("Під час
// візиту") takes it.
func TestS47PMainClauseDay(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у вівторок 10 March
	checkEventsAs(t, p, []construction{
		{"a month in the relative clause of the lead",
			"Литва відбудувала школу в Бучі\nУ Бучі у вівторок відкрили відремонтовану школу, яку окупанти зруйнували в березні 2022 року. Ремонт профінансувала Литва через фонд відновлення.\nНа відкритті були посол Литви в Україні Еґідіюс Мейлунас і міський голова Бучі Анатолій Федорук.\nПід час візиту посол і міський голова підписали меморандум про співпрацю.",
			[]string{"ASSAULT окупанти →  @Буча 2022-03", "AID Литва → ", "AGREE Еґідіюс Мейлунас,Анатолій Федорук →  @Буча 2026-03-10"}},
	}, fri, datedEvent)
}

// TestS47PSidelinesFar: a meeting "На полях засідання" is held where the
// sitting told before was, however many sentences of the sitting's own
// acts come between, when none of them names another day.
func TestS47PSidelinesFar(t *testing.T) {
	p := load(t)
	fri := time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC) // у четвер 12 March
	checkEventsAs(t, p, []construction{
		{"four sentences after the sitting",
			"Міністр оборони України Денис Шмигаль у четвер взяв участь у засіданні Контактної групи з питань оборони України на військовій базі в Польщі.\n\nЗасідання провів міністр оборони Великої Британії Джон Гілі.\n\nШмигаль закликав партнерів прискорити постачання систем ППО.\n\nГілі оголосив про новий пакет допомоги Україні.\n\nНа полях засідання Шмигаль провів зустріч з міністром оборони Норвегії Торе Сандвіком.",
			[]string{"CONSULT/multilateral Денис Шмигаль → Контактна група з питань оборони України @Польща 2026-03-12", "REQUEST Денис Шмигаль → партнери 2026-03-12",
				"AID Джон Гілі → Україна", "CONSULT/meet Денис Шмигаль → Торе Сандвік @Польща 2026-03-12"}},
	}, fri, datedEvent)
}
