package pipeline_test

import (
	"testing"
	"time"
)

// TestS47CPlannedSitting: a sitting of a body of states or alliances set
// for a day by a participle or a verb of planning ("заплановане на 14
// лютого", "запланували на березень") is a CONSULT to come, as one that
// "відбудеться"; a commission two states sit on, named by their compound
// adjective or by the two after it, meets as the two; a body's own
// sitting (a parliament, a town's council, the government, a staff) is
// none.
func TestS47CPlannedSitting(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a participle of planning",
			"Наступне засідання Контактної групи з питань оборони України заплановане на 14 лютого.",
			[]string{"CONSULT/multilateral Контактна група з питань оборони України →  [future]"}},
		{"a verb of planning",
			"Наступне засідання Контактної групи з питань оборони України запланували на 14 лютого.",
			[]string{"CONSULT/multilateral Контактна група з питань оборони України →  [future]"}},
		{"a commission named by the compound adjective",
			"Засідання українсько-польської міжурядової комісії з питань торгівлі відбудеться 12 березня у Варшаві.",
			[]string{"CONSULT/meet українсько-польська міжурядова комісія →  @Варшава [future]"}},
		{"a commission named by the two states",
			"Засідання міжурядової комісії України та Польщі відбудеться 12 березня у Варшаві.",
			[]string{"CONSULT/meet Україна,Польща →  @Варшава [future]"}},
		{"a parliament's own sitting",
			"Наступне пленарне засідання Верховної Ради відбудеться 6 травня.",
			nil},
		{"a town council's own sitting",
			"Засідання Київської міської ради заплановане на 20 травня.",
			nil},
		{"a staff's own sitting",
			"Засідання Координаційного штабу з питань енергетичної безпеки відбудеться наступного тижня.",
			nil},
	}, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}

// TestS47CBlocMeeting: a meeting of officials of a group of states ("країн
// НАТО", "лідери ЄС", "країн «коаліції охочих»") among themselves, or of
// an alliance or a format named after the meeting's noun ("зустріч
// «Рамштайну»"), is PLOVER's multilateral; officials of two states, a
// group that meets a partner after з, or one body's staff meet.
func TestS47CBlocMeeting(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"ministers of the alliance's states discuss",
			"Міністри оборони країн НАТО в четвер у Брюсселі обговорили виробництво снарядів.",
			[]string{"CONSULT/multilateral Міністри оборони країн НАТО →  @Брюссель"}},
		{"the meeting's noun names them",
			"У Брюсселі у вівторок тривала неформальна зустріч міністрів енергетики ЄС.",
			[]string{"CONSULT/multilateral ЄС →  @Брюссель"}},
		{"a meeting of the group convened",
			"Президент Фінляндії Александер Стубб у неділю провів у Гельсінкі зустріч радників з національної безпеки країн «коаліції охочих».",
			[]string{"CONSULT/multilateral Александер Стубб →  @Гельсінкі"}},
		{"a format in quotation marks",
			"Наступна зустріч «Рамштайну» запланована на 10 квітня.",
			[]string{"CONSULT/multilateral Рамштайн →  [future]"}},
		{"ministers of two states",
			"Міністри закордонних справ України та Польщі у середу обговорили ситуацію на кордоні.",
			[]string{"CONSULT/meet Міністри закордонних справ України та Польщі → "}},
		{"the group meets a partner",
			"Посли країн G7 у середу зустрілися з прем'єр-міністеркою Юлією Свириденко.",
			[]string{"CONSULT/meet G7 → Юлія Свириденко"}},
		{"one body's staff",
			"Цього тижня до Львова мають прибути представники Світового банку, з якими міська влада обговорить ремонт мостів.",
			[]string{"CONSULT/visit Світовий банк → Львів @Львів [future]", "CONSULT/meet міська влада → Світовий банк [future]"}},
	}, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}

// TestS47CPlannedAside: a sitting talked about whose relative clause sets
// it for a time to come ("обговорили підготовку засідання Контактної
// групи …, яке відбудеться 15 грудня") is a planned meeting of its own,
// beside the talks; one told as past ("яке відбулося") is no new event.
func TestS47CPlannedAside(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the preparation of a sitting to come",
			"Міністри оборони України та Литви обговорили підготовку засідання Контактної групи з питань оборони України, яке відбудеться 15 грудня в Брюсселі.",
			[]string{"CONSULT/meet Міністри оборони України та Литви → ", "CONSULT/multilateral Контактна група з питань оборони України →  @Брюссель [future]"}},
		{"a sitting to come in a format",
			"Міністри оборони Великої Британії та Німеччини обговорили наступне засідання Контактної групи з питань оборони України у форматі «Рамштайн», яке відбудеться в Брюсселі наступного тижня.",
			[]string{"CONSULT/meet Міністри оборони Великої Британії та Німеччини → ", "CONSULT/multilateral Контактна група з питань оборони України →  @Брюссель [future]"}},
		{"a sitting told as past",
			"Сибіга розповів про засідання Ради ЄС, яке відбулося в понеділок.",
			nil},
	}, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}

// TestS47CAlliedCouncil: a sitting of the Ukraine–NATO Council the tagger
// leaves in two names ("Ради Україна" and "НАТО") stays multilateral, as
// when it takes the council as one name: each ally sits on it. The
// association council with the EU is a meeting of the two.
func TestS47CAlliedCouncil(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the council with NATO",
			"Шмигаль у Римі провів переговори з Крозетто\nРИМ, 9 жовтня. Міністр оборони України Денис Шмигаль у четвер у Римі провів переговори з міністром оборони Італії Гуідо Крозетто.\nПро це повідомила пресслужба Міністерства оборони України.\nНапередодні, у середу, Шмигаль взяв участь у засіданні Ради Україна – НАТО в Брюсселі.",
			[]string{"CONSULT/meet Денис Шмигаль → Гуідо Крозетто @Рим", "CONSULT/multilateral Денис Шмигаль → НАТО @Брюссель"}},
		{"the association council with the EU",
			"У понеділок прем'єр-міністерка Юлія Свириденко та Верховна представниця ЄС Кая Каллас провели в Брюсселі засідання Ради асоціації Україна – ЄС.",
			[]string{"CONSULT/meet Юлія Свириденко,Кая Каллас → ЄС @Брюссель"}},
	}, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}

// TestS47CHeldRoundsAndConsultations: talks told by their noun as the
// subject of a verb of taking place, counted by "раунд" past its
// adjectives and the sides it names ("Відбувся черговий раунд
// переговорів між делегаціями США та Росії") or as consultations with
// their sides after them ("пройшли консультації заступників міністрів
// закордонних справ України та Латвії"), are a meeting of those sides;
// consultations of no sides named (legal advice) are none.
func TestS47CHeldRoundsAndConsultations(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a round held, its adjective first",
			"У Женеві відбувся черговий раунд переговорів між делегаціями США та Росії.",
			[]string{"CONSULT/meet США,Росія →  @Женева"}},
		{"a round to come, the sides before the verb",
			"Наступний раунд переговорів між Україною та Росією відбудеться в середу в Стамбулі.",
			[]string{"CONSULT/meet Україна,Росія →  @Стамбул [future]"}},
		{"consultations held",
			"У Ризі пройшли консультації заступників міністрів закордонних справ України та Латвії.",
			[]string{"CONSULT/meet Україна,Латвія →  @Рига"}},
		{"consultations that went on",
			"Консультації делегацій України та Туреччини тривали два дні.",
			[]string{"CONSULT/meet Україна,Туреччина → "}},
		{"consultations of a group of states",
			"У середу в Брюсселі пройшли консультації міністрів оборони країн НАТО.",
			[]string{"CONSULT/multilateral НАТО →  @Брюссель"}},
		{"legal advice",
			"Юридичні консультації для переселенців пройшли в Харкові.",
			nil},
	}, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}

// TestS47CVideoCallAndMediator: a video call ("провели відеорозмову") is
// a CONSULT phone, as a video conference is; one who "стала посередником"
// mediates, as one who "виступила посередником".
func TestS47CVideoCallAndMediator(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a video call with a partner",
			"Міністр закордонних справ Андрій Сибіга провів відеорозмову з главою МЗС Індії Субраманьямом Джайшанкаром.",
			[]string{"CONSULT/phone Андрій Сибіга → Субраманьям Джайшанкар"}},
		{"a mediator become",
			"Туреччина стала посередником між Україною та Росією.",
			[]string{"CONSULT/third-party Туреччина → Україна,Росія"}},
		{"a shelter become",
			"Цей будинок став притулком для переселенців.",
			nil},
	}, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}
