package pipeline_test

import (
	"testing"
	"time"
)

// TestS58BFeeCompensated: плата followed by за is a fee for something
// (плата за навчання, за комунальні послуги), not wages; a payment that
// compensates a fee is aid, while a payment of заробітна плата stays an
// employer's pay.
func TestS58BFeeCompensated(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a compensation of a housing fee",
			"Міськрада виплатила переселенцям компенсацію плати за житло.",
			[]string{"AID Міськрада → переселенці"}},
		{"a compensation of a kindergarten fee, future",
			"Уряд виплатить родинам переселенців компенсацію плати за дитячий садок.",
			[]string{"AID Уряд → родини переселенців [future]"}},
		{"wages for a month are still wages",
			"Шахта виплатила гірникам заробітну плату за березень.",
			nil},
	}, time.Time{})
}

// TestS58BOpenedTogether: a point, a centre or a space opened by a body
// together with another (разом з X, спільно з X, before the subject or
// after it) is their joint undertaking, COOPERATE, and the thing opened
// is no side; opened with a person named, it is a ceremony.
func TestS58BOpenedTogether(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"спільно з fronted, a council opens a point",
			"Спільно з ЮНІСЕФ Львівська міська рада відкрила простір для дітей.",
			[]string{"COOPERATE Львівська міська рада → ЮНІСЕФ"}},
		{"разом з an acronym fronted, the subject's adjective in lower case",
			"Разом з ЮНІСЕФ міська рада реалізує програму харчування школярів.",
			[]string{"COOPERATE міська рада → ЮНІСЕФ"}},
		{"разом з after the subject, future, the centre opened no side",
			"Компанія разом з ПРООН відкриє центр для ветеранів.",
			[]string{"COOPERATE Компанія → ПРООН [future]"}},
		{"a person beside an opening: a ceremony",
			"Мер разом з Віталієм Кличком відкрив укриття.",
			nil},
	}, time.Time{})
}

// TestS58BSuedByNoun: whom a suit or a stand is against, named under
// проти by a common noun of a body, a firm or people, is the accused, as
// a name there is.
func TestS58BSuedByNoun(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a suit against a firm by its common noun",
			"Шахтарі подали позов проти підприємства через борги із зарплати.",
			[]string{"ACCUSE Шахтарі → підприємство"}},
		{"a suit against a council",
			"Мешканці подали позов проти міської ради.",
			[]string{"ACCUSE Мешканці → міська рада"}},
		{"a suit against a developer, a person's trade",
			"Адвокат подав позов проти забудовника.",
			[]string{"ACCUSE Адвокат → забудовник"}},
	}, time.Time{})
}

// TestS58BFineFor: whom a fine is for, under для right after the noun or
// past the genitive of who laid it, is the one fined, as under на.
func TestS58BFineFor(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the noun of the act, its issuer in the genitive, a firm in quotation marks",
			"Штраф Держпродспоживслужби для «Агротрейду» становить 300 тисяч гривень.",
			[]string{"COERCE Держпродспоживслужба → Агротрейд"}},
		{"a fine written out for an owner by a common noun",
			"Інспекція виписала штраф для власника кафе.",
			[]string{"COERCE Інспекція → власник кафе"}},
	}, time.Time{})
}

// TestS58BPlaceOfGenitives: a place's name in the genitive right after
// the genitives that complete a recipient (учителям прифронтових громад
// Запорізької області) is whose they are, kept whole though it runs past
// the genitives' usual reach.
func TestS58BPlaceOfGenitives(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an adjective, a noun and a region of two words",
			"Уряд виділив ветеранам прифронтових громад Харківської області 10 млн гривень.",
			[]string{"AID Уряд → ветерани прифронтових громад Харківської області"}},
		{"impersonal third plural, future",
			"Медикам сільських амбулаторій Київської області виплатять доплату у розмірі 2000 гривень.",
			[]string{"AID  → медики сільських амбулаторій Київської області [future]"}},
	}, time.Time{})
}

// TestS58LCountedByNoun: people counted by a noun of count in the plural
// (тисячі, сотні, десятки) who receive a payment with no payer named are
// aid to them, as people counted by a number are; the side is a phrase as
// written, so its opening word is read as written (session 58's merge had
// lost these when the count words' plural forms left the lemma sets).
func TestS58LCountedByNoun(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"тисячі, a payment received",
			"Тисячі переселенців отримали виплати.",
			[]string{"AID  → Тисячі переселенців"}},
		{"сотні, a compensation received",
			"Сотні родин загиблих отримали компенсацію.",
			[]string{"AID  → Сотні родин загиблих"}},
		{"people named as a rule, no count: none",
			"Мешканці отримають виплати.",
			nil},
	}, time.Time{})
}
