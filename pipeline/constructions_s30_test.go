package pipeline_test

import (
	"testing"
	"time"
)

// TestS30AppealForum checks that the body an appeal is taken to (до X,
// в X in the locative) is not a recipient of the ACCUSE: the golds name
// the body whose decision is appealed, and a complaint made to someone
// (поскаржилася до інспекції) still names whom it goes to.
func TestS30AppealForum(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"appealed to the antimonopoly committee",
			"ТОВ «Альфа» оскаржило рішення замовника до Антимонопольного комітету України.",
			[]string{"ACCUSE ТОВ «Альфа» → замовник"}},
		{"appealed in a court, the locative",
			"ТОВ «Альфа» оскаржило рішення Київської міської ради в Господарському суді Києва.",
			[]string{"ACCUSE ТОВ «Альфа» → Київська міська рада"}},
		{"a complaint to an inspection names it",
			"Мешканка поскаржилася до Державної екологічної інспекції.",
			[]string{"ACCUSE Мешканка → Державна екологічна інспекція"}},
	}, time.Time{})
}

// TestS30ButClause checks that a clause opened by проте, однак or але
// after a comma ends the objects of the event before it.
func TestS30ButClause(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"проте opens a clause",
			"ТОВ «Альфа» оскаржило відхилення своєї пропозиції, проте АМКУ скаргу залишив без розгляду.",
			[]string{"ACCUSE ТОВ «Альфа» → "}},
		{"однак opens a clause",
			"Суд першої інстанції задовольнив позов «Укрхімтрансаміаку», однак НКРЕКП та АМКУ успішно оскаржили його в апеляції.",
			[]string{"SUPPORT Суд першої інстанції → Укрхімтрансаміак", "ACCUSE НКРЕКП,АМКУ → Укрхімтрансаміак"}},
	}, time.Time{})
}

// TestS30HeadsOfStates checks that "Глави держав" right after a meeting
// of two are its sides (the event is the meeting told again), and stay a
// phrase of their own with no meeting before.
func TestS30HeadsOfStates(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"after a meeting",
			"Президент України Леонід Кучма провів у Варшаві переговори з Президентом Польщі Александром Кваснєвським. Глави держав обговорили будівництво нафтопроводу.",
			[]string{"CONSULT/meet Леонід Кучма → Александр Кваснєвський @Варшава"}},
		{"no meeting before",
			"Глави держав обговорили кліматичну кризу.",
			[]string{"CONSULT/meet Глави держав → "}},
	}, time.Time{})
}

// TestS30ArrivalInto checks that the country or town a visitor arrives in,
// named in the accusative after в, у or на, is the visit's destination as
// one after до is, and that a move told by приїхати gives no visit.
func TestS30ArrivalInto(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"в + accusative with a visit",
			"Прем'єр-міністр Нідерландів Дік Схооф прибув в Україну з неанонсованим візитом.",
			[]string{"CONSULT/visit Дік Схооф → Україна @Україна"}},
		{"на + accusative, an arrival",
			"Канцлер Німеччини Фрідріх Мерц прилетів на Тайвань.",
			[]string{"CONSULT/visit Фрідріх Мерц → Тайвань @Тайвань"}},
		{"settled there, no visit",
			"Зінаїда Кошова приїхала в Петриківку замолоду.",
			nil},
	}, time.Time{})
}
