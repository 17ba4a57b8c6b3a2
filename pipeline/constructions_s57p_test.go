package pipeline_test

import (
	"testing"
	"time"
)

// Session 57, helper h57p: the sides of an event, each construction that
// gave a wrong side tested with texts of its own.

// TestS57PJoinedPastAdverbials: a verb joined by і, та or ", а" to a
// predicate before, with only adverbials between (ввечері, на полях
// саміту, в жовтні), shares that predicate's subject; a name inside the
// first predicate's object (Ради Україна – ЄС, горою Високий Замок) is
// not its doer. A clause with a subject of its own keeps it, and the
// verb of a relative clause between is not the one joined.
func TestS57PJoinedPastAdverbials(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"after ', а ввечері' the first verb's subject, not the name in its object",
			"Міністр Андрій Сибіга взяв участь у засіданні Ради Україна – ЄС у Брюсселі, а ввечері прибув до Варшави.",
			[]string{"CONSULT/multilateral Андрій Сибіга → Рада Україна – ЄС @Брюссель", "CONSULT/visit Андрій Сибіга → Варшава @Варшава"}},
		{"after 'та на полях саміту' too",
			"Президент Володимир Зеленський узяв участь у засіданні Ради Україна – НАТО та на полях саміту провів зустріч з президентом Фінляндії Александером Стуббом.",
			[]string{"CONSULT/multilateral Володимир Зеленський → Рада Україна – НАТО", "CONSULT/meet Володимир Зеленський → Александер Стубб"}},
		{"a place named as the first verb's object is no doer of the second",
			"Козаки підійшли до Києва й оволоділи горою Щекавиця, а в березні почали облогу фортеці Кодак.",
			[]string{"ASSAULT Козаки → "}},
		{"a clause with its own subject after ', а' keeps it",
			"Посол Ганна Коваль взяла участь у засіданні Ради Україна – ЄС, а ввечері міністр Олег Дуда прибув до Варшави.",
			[]string{"CONSULT/multilateral Ганна Коваль → Рада Україна – ЄС", "CONSULT/visit Олег Дуда → Варшава @Варшава"}},
		{"the verb of a relative clause before ', а також' is not the one joined",
			"Прем'єр-міністр Юлія Свириденко напередодні взяла участь у вечері лідерів, яку давав король Бельгії Філіп, а також зустрілася з прем'єр-міністром Канади Марком Карні.",
			[]string{"CONSULT/meet Юлія Свириденко → Марк Карні"}},
	}, time.Time{})
}

// TestS57PJoinedSubjects: names joined by і or та before a plural verb
// are all its subjects: a person before the envoys of a body (X і
// представники Y), and a foreign full name that does not decline, read
// by the tagger in any case, before "та її (його) колега Y". A name
// whose declined given name is in the genitive hangs on the noun before
// it (Заступниця Олени Коваль) and is no subject; envoys of two bodies,
// and one envoy with a singular verb, stay as they were.
func TestS57PJoinedSubjects(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a person joined before the envoys of a body",
			"Голова Київської ОВА Микола Калашник і представники ЮНІСЕФ підписали меморандум про співпрацю.",
			[]string{"AGREE Микола Калашник,ЮНІСЕФ → "}},
		{"the envoys of two bodies",
			"Представники ЮНІСЕФ і Червоного Хреста підписали меморандум про співпрацю.",
			[]string{"AGREE ЮНІСЕФ,Червоний Хрест → "}},
		{"one envoy, a singular verb",
			"Представник ЮНІСЕФ підписав меморандум з Київською ОВА.",
			[]string{"AGREE ЮНІСЕФ → Київська ОВА"}},
		{"a foreign name read as an accusative, before та її колега",
			"Міністр оборони Литви Довіле Шакалене та її естонський колега Ганно Певкур підписали угоду.",
			[]string{"AGREE Довіле Шакалене,Ганно Певкур → "}},
		{"a foreign name read as a genitive, before та його колега",
			"Прем'єр-міністр Японії Сігеру Ісіба та його індійський колега Нарендра Моді підписали угоду про безпеку.",
			[]string{"AGREE Сігеру Ісіба,Нарендра Моді → "}},
		{"a declined name in the genitive hangs on the noun before it",
			"Заступниця Олени Коваль та її литовський колега Ганно Певкур підписали угоду.",
			[]string{"AGREE Ганно Певкур → "}},
	}, time.Time{})
}

// TestS57PFrontedFirm: a firm named in the singular with its legal form
// or its kind's word (and the adjectives before them) that opens the
// clause of a plural verb with no subject is what was done to, not the
// doer; so is a thing put first with the place it was done in between.
// With a singular verb the firm or the thing acts.
func TestS57PFrontedFirm(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an adjective before the legal form",
			"Київське КП «Зеленбуд» оштрафували на 34 тисячі гривень.",
			[]string{"COERCE  → КП «Зеленбуд»"}},
		{"the kind's word before the name",
			"Завод «Арсенал» оштрафували за забруднення річки.",
			[]string{"COERCE  → Арсенал"}},
		{"a singular verb: the firm acts",
			"Київське КП «Зеленбуд» оштрафувало підрядника на 10 тисяч гривень.",
			[]string{"COERCE КП «Зеленбуд» → підрядник"}},
		{"a thing put first, the town between",
			"Комунальне підприємство в Черкасах оштрафували за сміття на вулицях.",
			[]string{"COERCE  → Комунальне підприємство @Черкаси"}},
		{"a singular verb: the thing acts, the town between",
			"Комунальне підприємство в Черкасах оштрафувало перевізника на 5 тисяч гривень.",
			[]string{"COERCE Комунальне підприємство → перевізник @Черкаси"}},
	}, time.Time{})
}

// TestS57PAcronymAfterSum: an indeclinable body's acronym right before a
// singular verb, after an object put first with its sum (Договір на 12
// млн гривень), is the verb's subject, not a genitive of the sum; a firm
// named there in the nominative stays the subject too.
func TestS57PAcronymAfterSum(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the acronym after the sum acts",
			"Договір на 12 млн гривень ОВА уклала у березні з ТОВ «Енергобуд».",
			[]string{"AGREE ОВА → ТОВ «Енергобуд»"}},
		{"a firm after the sum acts",
			"Договір на 12 млн гривень ТОВ «Енергобуд» уклало з ОВА у березні.",
			[]string{"AGREE ТОВ «Енергобуд» → ОВА"}},
	}, time.Time{})
}

// TestS57PFirmAcrossComma: a firm named in the singular before a comma,
// with a verb of its own, is no doer of a plural verb after the comma
// whose clause names no subject: that clause, taking the firm up by a
// pronoun or by the word for a firm, tells what was done to it. A comma
// of a date between joined subjects and their verb ends no clause.
func TestS57PFirmAcrossComma(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"its bid rejected, taken up by його",
			"На тендер також прийшло ТОВ «Будмайстер», однак його пропозицію відхилили.",
			[]string{"REJECT  → ТОВ «Будмайстер»"}},
		{"a contract made with it, taken up by з фірмою",
			"Торги виграло ТОВ «Логіста», у липні з фірмою уклали договір на 2 млн гривень.",
			[]string{"AGREE  → ТОВ «Логіста»"}},
		{"a date's commas between two firms and their verb",
			"ТОВ «Альфа» і компанія «Бета» у середу, 15 жовтня, підписали угоду про постачання.",
			[]string{"AGREE ТОВ «Альфа»,Бета → "}},
	}, time.Time{})
}

// TestS57PAddressActsNot: a street's address does nothing: the people of
// a house on it are the doers, and with them out of reach (a clause of
// що between) no doer is named. The address stays where it was done.
func TestS57PAddressActsNot(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the house's people, not the address after them",
			"Мешканці будинку на вулиці Івана Франка, 12 провели акцію протесту проти вирубки парку.",
			[]string{"PROTEST Мешканці будинку → "}},
		{"an address in a clause of що between: no doer",
			"Мешканці будинку, що на вулиці Івана Франка, 12 провели акцію протесту проти вирубки парку.",
			nil},
		{"the address as the place",
			"Активісти провели пікет проти забудови на вулиці Шевченка, 5.",
			[]string{"PROTEST Активісти →  @вулиця Шевченка, 5"}},
	}, time.Time{})
}

// TestS57PWhichAfterList: який after a list of places under a
// preposition (гості з Литви, Латвії, Естонії, які …) stands for the
// people the list tells where from, not for the last place; after one
// name under a preposition or a list joined by та, the same. A name
// heading its phrase before який stays what it stands for.
func TestS57PWhichAfterList(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the guests, not the last country of the list",
			"На фестивалі були гості з Литви, Латвії, Естонії, які запрошували оркестр до себе на гастролі.",
			[]string{"REQUEST гості → "}},
		{"one country under з",
			"На фестивалі були гості з Литви, які запрошували оркестр до себе на гастролі.",
			[]string{"REQUEST гості → "}},
		{"a list joined by та",
			"На фестивалі виступили музиканти з Литви та Латвії, які запросили оркестр до себе на гастролі.",
			[]string{"REQUEST музиканти → "}},
		{"a name heading its phrase",
			"Міністр оборони Литви Довіле Шакалене, яка прибула до Києва, запросила Олександра Павлюка на навчання.",
			[]string{"CONSULT/visit Довіле Шакалене → Київ @Київ", "REQUEST Довіле Шакалене → Олександр Павлюк"}},
	}, time.Time{})
}

// TestS57PPartnerBeforeWhich: a clause of "з яким" (з якою, з якими)
// names its verb's partner by the name or the noun before its comma:
// the firm a contract was made with, the company a fund works with (the
// name a dash sets before the noun), the body whose envoys are met. A
// state in the genitive after a title is the title's, not the partner;
// a verb with no doer of its own gets no partner.
func TestS57PPartnerBeforeWhich(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the firm a contract was made with",
			"ТОВ «Альфа», з яким Київрада уклала договір, не виконало робіт.",
			[]string{"AGREE Київрада → ТОВ «Альфа»"}},
		{"the name a dash sets before the noun",
			"«Укрбуд» – єдиний підрядник, з яким співпрацює Київська ОВА.",
			[]string{"COOPERATE Київська ОВА → Укрбуд"}},
		{"the body whose envoys are met",
			"До Одеси прибули представники Світового банку, з якими міська влада обговорила ремонт порту.",
			[]string{"CONSULT/visit Світовий банк → Одеса @Одеса", "CONSULT/meet міська влада → Світовий банк @Одеса"}},
		{"a state after a title is no partner",
			"Міністр Андрій Сибіга зустрівся з прем'єр-міністром Естонії, з яким обговорив постачання зброї.",
			[]string{"CONSULT/meet Андрій Сибіга → Естонія", "CONSULT/meet Андрій Сибіга → "}},
		{"no doer, no partner",
			"Гравці, з якими ведуться перемовини, поки не названі.",
			nil},
	}, time.Time{})
}
