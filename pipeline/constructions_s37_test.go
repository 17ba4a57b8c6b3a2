package pipeline_test

import (
	"testing"
	"time"
)

// TestS37SubjectBeforeTime checks that a side named by a common noun and
// followed by a time phrase in the genitive (минулої доби, цієї ночі,
// минулого тижня) is named without the time.
func TestS37SubjectBeforeTime(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"минулої доби", "Російські війська минулої доби атакували Запорізьку область.",
			[]string{"ASSAULT Російські війська → Запорізька область @Запорізька область"}},
		{"цієї ночі", "Ворожі дрони цієї ночі атакували Одесу.",
			[]string{"ASSAULT Ворожі дрони → Одеса @Одеса"}},
		{"a genitive that belongs to the side", "Підрозділи російської армії атакували Херсон.",
			[]string{"ASSAULT Підрозділи російської армії → Херсон @Херсон"}},
	}, time.Time{})
}

// TestS37SummitOfLatinName checks that a summit of a club named in Latin
// letters (G7, ASEAN), which carry no case, is the club's meeting.
func TestS37SummitOfLatinName(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"G7 to come", "Саміт G7 відбудеться в Гаазі.",
			[]string{"CONSULT/multilateral G7 →  @Гаага [future]"}},
		{"ASEAN held", "Саміт ASEAN відбувся в Гаазі.",
			[]string{"CONSULT/multilateral ASEAN →  @Гаага"}},
		{"Група двадцяти", "Саміт Групи двадцяти відбудеться в Гаазі.",
			[]string{"CONSULT/multilateral Група двадцяти →  @Гаага [future]"}},
	}, time.Time{})
}

// TestS37BodyAfterVerb checks that a body named by a common noun after
// the verb, with a thing that cannot act put first as the object, is the
// actor, and that the usual order stays.
func TestS37BodyAfterVerb(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the object first", "Раніше проєкт схвалив виконавчий комітет міськради.",
			[]string{"SUPPORT виконавчий комітет міськради → "}},
		{"a bare body noun", "Проєкт схвалив комітет.",
			[]string{"SUPPORT комітет → "}},
		{"the usual order", "Уряд схвалив проєкт.",
			[]string{"SUPPORT Уряд → "}},
	}, time.Time{})
}

// TestS37CalledSides checks that the sides called on are the request's
// recipients as written, with the word that counts them and the genitive
// of what they are sides of.
func TestS37CalledSides(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"обидві сторони", "Рафаель Гроссі закликав обидві сторони утримуватися від військових дій.",
			[]string{"REQUEST Рафаель Гроссі → обидві сторони"}},
		{"сторони", "Рафаель Гроссі закликав сторони утримуватися від ударів.",
			[]string{"REQUEST Рафаель Гроссі → сторони"}},
		{"усі сторони конфлікту", "Рафаель Гроссі закликав усі сторони конфлікту до стриманості.",
			[]string{"REQUEST Рафаель Гроссі → усі сторони конфлікту"}},
	}, time.Time{})
}

// TestS37GatheringBody checks that the body whose session or summit one
// takes part in is the one met.
func TestS37GatheringBody(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a council's session", "Андрій Сибіга узяв участь у засіданні Ради ЄС.",
			[]string{"CONSULT/multilateral Андрій Сибіга → Рада ЄС"}},
		{"a summit with its place", "Андрій Сибіга взяв участь у саміті НАТО у Вашингтоні.",
			[]string{"CONSULT/multilateral Андрій Сибіга → НАТО @Вашингтон"}},
		{"a long body's name", "Андрій Сибіга взяв участь у засіданні Ради Балтійського моря.",
			[]string{"CONSULT/multilateral Андрій Сибіга → Рада Балтійського моря"}},
	}, time.Time{})
}

// TestS37SpanOfTimeAfterZa checks that за with a span of time between the
// verb and its meeting noun is no reason that ends the arguments, while за
// with a thing still is.
func TestS37SpanOfTimeAfterZa(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"за кілька років", "Зеленський провів першу за кілька років зустріч із прем'єр-міністром Вірменії Ніколом Пашиняном.",
			[]string{"CONSULT/meet Зеленський → Нікол Пашинян"}},
		{"за останні роки", "Зеленський провів першу за останні роки зустріч із Ніколом Пашиняном.",
			[]string{"CONSULT/meet Зеленський → Нікол Пашинян"}},
		{"a reason", "Зеленський подякував Макрону за рішення передати Україні літаки.",
			[]string{"SUPPORT Зеленський → Макрон"}},
	}, time.Time{})
}

// TestS37PortOfTown checks that a strike in a town's port or waters is
// placed in the town, a town whose name is also a man's first name too.
func TestS37PortOfTown(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"в порту Одеси", "Російський дрон влучив у судно в порту Одеси.",
			[]string{"ASSAULT Російський дрон →  @Одеса"}},
		{"в порту Ізмаїла", "Російський дрон влучив у судно в порту Ізмаїла.",
			[]string{"ASSAULT Російський дрон →  @Ізмаїл"}},
	}, time.Time{})
}

// TestS37SidesOfLatinName checks that the leaders of a club named in
// Latin letters are the club, as the leaders of one with a case are.
func TestS37SidesOfLatinName(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"Лідери G7", "Лідери G7 провели саміт в Італії.",
			[]string{"CONSULT/multilateral G7 →  @Італія"}},
		{"Лідери НАТО", "Лідери НАТО провели саміт в Італії.",
			[]string{"CONSULT/multilateral НАТО →  @Італія"}},
	}, time.Time{})
}

// TestS37NameAfterItsKind checks that a place named after the word for its
// kind in an oblique case is no subject of the verb after it: the people
// or the community before it act.
func TestS37NameAfterItsKind(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a district", "Близько 50 мешканців мікрорайону Митниця перекрили рух на вулиці Смілянській.",
			[]string{"PROTEST Близько 50 мешканців →  @вулиця Смілянська"}},
		{"a village", "Громада села Листвин подала до суду позов.",
			[]string{"ACCUSE Громада села → "}},
	}, time.Time{})
}

// TestS37DelegationMet checks that a delegation met, after the verb or put
// before it, is the one met: its country when named after it.
func TestS37DelegationMet(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"after the verb", "Міністр оборони Рустем Умєров зустрів делегацію.",
			[]string{"CONSULT/meet Рустем Умєров → делегація"}},
		{"with its country", "Міністр оборони Рустем Умєров зустрів делегацію Польщі.",
			[]string{"CONSULT/meet Рустем Умєров → Польща"}},
		{"put first", "Делегацію в аеропорту зустрів міністр оборони Рустем Умєров.",
			[]string{"CONSULT/meet Рустем Умєров → делегація"}},
		{"no one met", "Рустем Умєров зустрів Новий рік у Харкові.", nil},
	}, time.Time{})
}

// TestS37NextClauseSubject checks that a name after a comma and before a
// verb of its own is the next clause's subject, no more one of the event's
// recipients, while a list of names stays.
func TestS37NextClauseSubject(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a clause after", "Росія атакувала Польщу, НАТО відповіло.",
			[]string{"ASSAULT Росія → Польща @Польща"}},
		{"a condition (no event of its own, TestS39EConditionClause)", "Якщо Росія атакує Польщу, НАТО відповість.",
			nil},
		{"a list", "Росія атакувала Харків, Суми та Полтаву.",
			[]string{"ASSAULT Росія → Харків,Суми,Полтава @Харків"}},
	}, time.Time{})
}

// TestS37MinisterAsHeadOfMinistry checks that a minister speaking is the
// person titled the head of a ministry before (Глава МЗС, очільниця
// Мінекономіки), and that another head is none.
func TestS37MinisterAsHeadOfMinistry(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"глава МЗС", "Глава МЗС Андрій Сибіга прокоментував рішення Угорщини.\n\n«Це неприйнятно», – написав міністр.",
			[]string{"Андрій Сибіга/написати/direct: Це неприйнятно"}},
		{"очільниця Мінекономіки", "Очільниця Мінекономіки Юлія Свириденко відвідала завод.\n\n«Ми підтримаємо виробників», – сказала міністерка.",
			[]string{"Юлія Свириденко/сказати/direct: Ми підтримаємо виробників"}},
		{"the head of a court", "Голова суду Петро Іваненко прокоментував рішення.\n\n«Це неприйнятно», – написав міністр.",
			[]string{"міністр/написати/direct: Це неприйнятно"}},
	}, time.Time{})
}
