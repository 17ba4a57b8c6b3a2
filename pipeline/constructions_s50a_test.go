package pipeline_test

import (
	"testing"
	"time"
)

// Money or goods given for someone's help or support (session 50, helper
// h50a): the purpose after на names whom it is for, "на допомогу" with the
// dative, "на підтримку" and "на потреби" with the genitive, before or
// after the verb, whoever gives: a name, a community or a service by its
// noun, a unit, people by an animate noun. A purpose that names a thing or
// an act names no one. The sentences are our own.
func TestAidPurposeS50a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"social desk: a region's reserve fund for families",
			"Облрада виділила 4 млн гривень з резервного фонду на допомогу багатодітним родинам.",
			[]string{"AID Облрада → багатодітні родини"}},
		{"war desk: a town's budget for a brigade, the purpose first",
			"З міського бюджету на підтримку 47-ї бригади цьогоріч виділили 30 млн гривень.",
			[]string{"AID  → 47-ма бригада"}},
		{"economy desk: a bank's grant for farmers",
			"ЄБРР спрямує 15 млн євро на підтримку фермерів Херсонщини.",
			[]string{"AID ЄБРР → фермери Херсонщини [future]"}},
		{"culture desk: a fund's money for the needs of a museum",
			"Фонд культури виділив 2 млн гривень на потреби Харківського художнього музею.",
			[]string{"AID Фонд культури → Харківський художній музей"}},
		{"a purpose that names an act names no one",
			"Мерія спрямувала 13 млн гривень на ремонт доріг.",
			nil},
	}, wed)
}

// Things counted, whatever they are, given to a body, a community or
// people in the dative after a verb of giving, not only the goods of a
// list (weapons, generators, medicines). A date after the count, a lease
// or a swap told, and a count handed over to a country (often given back)
// are none. The sentences are our own.
func TestCountedGiftS50a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"culture desk: exhibits to a museum",
			"Заповідник «Старий Луцьк» передав краєзнавчому музею 40 старовинних рушників.",
			[]string{"AID Старий Луцьк → краєзнавчий музей"}},
		{"city desk: flats to veterans",
			"Виконком ухвалив рішення передати родинам загиблих 12 квартир у новобудові.",
			[]string{"AID Виконком → родини"}},
		{"school desk: microscopes to a school",
			"Університет передав гімназії 15 мікроскопів.",
			[]string{"AID Університет → гімназія"}},
		{"a lease is no gift",
			"Громада передасть кооперативу в оренду ще одну ділянку.",
			nil},
		{"a date after the count is no thing",
			"Фірма мала перерахувати підприємству борг до 28 жовтня.",
			nil},
	}, wed)
}

// People counted by a figure in the dative are the ones aid is given to,
// after a noun of help or a verb of paying. The sentences are our own.
func TestCountedRecipientsS50a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"social desk: help to displaced people counted",
			"Червоний Хрест надав допомогу 300 переселенцям.",
			[]string{"AID Червоний Хрест → 300 переселенцям"}},
		{"city desk: payments to displaced people counted",
			"Фонд виплатив 300 переселенцям по 5 тисяч гривень.",
			[]string{"AID Фонд → 300 переселенцям"}},
		{"war desk: material help to veterans counted",
			"Міськрада надала матеріальну допомогу 120 ветеранам.",
			[]string{"AID Міськрада → 120 ветеранам"}},
	}, wed)
}

// Whom money or goods are for, named after для in the clause of the verb
// of giving: a name, people by an animate noun, a community or a service
// by its noun, when a giver or a sum is told; a thing or an act after для
// names no one. The sentences are our own.
func TestBeneficiaryS50a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"social desk: money for displaced people",
			"Уряд виділив 5 млн гривень для переселенців.",
			[]string{"AID Уряд → переселенці"}},
		{"war desk: help for villagers near the front",
			"Фонд надав гуманітарну допомогу для мешканців прифронтових сіл.",
			[]string{"AID Фонд → мешканці прифронтових сіл"}},
		{"school desk: a state pays for a school's shelter",
			"Естонія профінансує будівництво укриття для гімназії.",
			[]string{"AID Естонія → гімназія [future]"}},
		{"a thing after для names no one",
			"Японія передала Україні обладнання для розмінування.",
			[]string{"AID Японія → Україна"}},
	}, wed)
}

// Places joined to the first one named as aid's purpose (на потреби, на
// підтримку) are given to as well. The sentences are our own.
func TestJoinedBeneficiariesS50a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"city desk: two towns' needs",
			"Уряд Японії виділив 20 млн доларів на потреби Харкова та Сум.",
			[]string{"AID Японія → Харків,Суми"}},
		{"economy desk: support of two states",
			"ЄС спрямує 30 млн євро на підтримку Молдови та Грузії.",
			[]string{"AID ЄС → Молдова,Грузія [future]"}},
	}, wed)
}

// Work done together with a public service or a firm named by its common
// noun after "разом з" or "спільно з" is cooperation with it, as with one
// named; the police or a court at their routine work together are not.
// The sentences are our own.
func TestJointServiceS50a(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"social desk: a council and an employment centre",
			"Міська рада разом з обласним центром зайнятості запускає курси для ветеранів.",
			[]string{"COOPERATE Міська рада → центр"}},
		{"city desk: the police at a raid",
			"Патрульні разом з поліцією провели рейд.",
			nil},
	}, wed)
}
