package pipeline_test

import (
	"testing"
	"time"
)

// TestS51PRelativeWhere: a relative clause of який after a preposition
// (", з якого", ", на якому", ", під час якої") or of звідки tells a where
// of its own: its direction or its place is not the main clause's target
// nor its place. A partitive (", з яких …") and a manner (", з яким …")
// go on telling the main clause's parties. The sentences are our own.
func TestS51PRelativeWhere(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: a depot struck, the front it supplied",
			"Дрони уразили склад пального у Курській області, з якого окупанти постачали пальне на Сумський напрямок.",
			[]string{"ASSAULT Дрони → склад @Курська область"}},
		{"war desk: звідки",
			"Дрони уразили склад пального у Курській області, звідки окупанти постачали пальне на Сумський напрямок.",
			[]string{"ASSAULT Дрони → склад @Курська область"}},
		{"a video refuted, the town it shows",
			"Центр протидії дезінформації спростував відео, на якому нібито палає нафтобаза в Одесі.",
			[]string{"REJECT Центр протидії дезінформації → "}},
	}, pub)
}

// TestS51PWaters: a sea, a gulf or a strait named by its adjective is a
// place, though the entity model may take it for a body (Фінської
// затоки): a detention in it or a ship sent to it is placed there. The
// sentences are our own.
func TestS51PWaters(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: a ship sent to a gulf",
			"Російський флот у вівторок направив до Фінської затоки два корвети.",
			[]string{"MOBILIZE Російський флот →  @Фінська затока"}},
		{"a detention in a gulf after the headline",
			"Естонія затримала танкер, Росія відправила до Фінської затоки корвет\n\nЕстонські прикордонники в середу затримали у Фінській затоці танкер під прапором Габону.",
			[]string{"COERCE Естонські прикордонники →  @Фінська затока"}},
	}, pub)
}

// TestS51PTownMeantBack: "у місті", "у селі" with no name after it point
// back to the one town the sentence before names (or the town of the
// last visit told): the gift is handed over there. The sentences are our
// own.
func TestS51PTownMeantBack(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"culture desk: books handed over in the town arrived in",
			"Дні словацької культури у вівторок відкрилися в Ужгороді.\n\nУ місті гості з Кошиць передали обласній бібліотеці 300 книжок.",
			[]string{"AID гості → обласна бібліотека @Ужгород"}},
	}, pub)
}

// TestS51PSignedAtSeat: a signing held in a town's council or in the
// building of a regional administration, named with в or у, is placed
// in the town the body sits in, as a meeting held there is. The
// sentences are our own.
func TestS51PSignedAtSeat(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"city desk: a memorandum signed in the city council",
			"У Вінницькій міській раді мер Сергій Моргунов і посол Литви Вальдемарас Сарапінас у середу підписали меморандум про співпрацю.",
			[]string{"AGREE Сергій Моргунов,Вальдемарас Сарапінас →  @Вінниця"}},
		{"regional desk: a contract signed in the administration's building",
			"Голова ОВА Віталій Бунечко у вівторок у приміщенні Житомирської облдержадміністрації підписав угоду з компанією «Агротех».",
			[]string{"AGREE Віталій Бунечко → Агротех @Житомир"}},
	}, pub)
}

// TestS51PCityCouncilSeat: a rally by the building of the town's council
// named by its kind alone (міськради) is in the story's town, not in the
// seat of a regional body the text also names (Полтавська ОВА in a story
// of Кременчук). The sentences are our own.
func TestS51PCityCouncilSeat(t *testing.T) {
	p := load(t)
	pub := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"city desk: heating workers' rally by the council",
			"У Кременчуці тепловики вимагають погасити борги\nГолова Полтавської ОВА Володимир Когут у вівторок провів нараду щодо опалення в Кременчуці.\n\nУ п'ятницю працівники тепломережі провели мітинг біля будівлі міськради.",
			[]string{"REQUEST тепловики →  @Кременчук", "PROTEST працівники тепломережі →  @Кременчук"}},
	}, pub)
}
