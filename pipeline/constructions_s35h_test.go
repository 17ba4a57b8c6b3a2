package pipeline_test

import (
	"testing"
	"time"
)

// TestS35HPassiveSides checks that the doers of a passive joined by і, та
// or й, each in the instrumental, are all sides of the act, and that a
// name after а with a verb of its own is not.
func TestS35HPassiveSides(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"two countries after підписаний",
			"Договір був підписаний Україною і Данією.",
			[]string{"AGREE Україна,Данія → "}},
		{"та, a feminine participle",
			"Угода була підписана Польщею та Литвою.",
			[]string{"AGREE Польща,Литва → "}},
		{"а with a verb of its own",
			"Договір був підписаний Україною, а Данія його ратифікувала.",
			[]string{"AGREE Україна → ", "AGREE Данія → "}},
	}, time.Time{})
}

// TestS35HDativeOfTwo checks that a community or a service right after a
// verb of giving, in a form the dative shares with the plural or the
// genitive (лікарні, області), is the one given to when the thing given
// follows it, and that with no object after it, or with a dative after
// it, it is what is given.
func TestS35HDativeOfTwo(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"лікарні and a counted object",
			"Фонд «Серце» передав лікарні 50 обігрівачів.",
			[]string{"AID Фонд «Серце» → лікарня"}},
		{"лікарні and a plural object",
			"Фонд «Серце» передав лікарні генератори.",
			[]string{"AID Фонд «Серце» → лікарня"}},
		{"області read as a genitive",
			"Уряд передав області 12 автобусів.",
			[]string{"AID Уряд → область"}},
		{"the hospitals given, a dative after them",
			"Компанія «Ліга» передала лікарні громаді.",
			nil},
	}, time.Time{})
}

// TestS35HRelativeMasculine checks that a masculine який the tagger reads
// as the nominative is the object of the light verb in its clause when
// a subject of its own stands before the verb ("кредиту, який банк
// надав"), and that a який that is the subject keeps its noun.
func TestS35HRelativeMasculine(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a body's name before the verb",
			"Закупівлю оплатять з кредиту, який ЄБРР надав «Нафтогазу» навесні.",
			[]string{"AID ЄБРР → Нафтогаз"}},
		{"a common noun before the verb",
			"Закупівлю оплатять з кредиту, який банк надав Україні навесні.",
			[]string{"AID банк → Україна"}},
		{"the loan's sum between it and its comma",
			"Ремонт оплатять з кредиту на 50 млн євро, який банк надав Україні навесні.",
			[]string{"AID банк → Україна"}},
		{"який is the subject",
			"Закупівлю оплатить Європейський банк реконструкції та розвитку, який навесні надав Україні кредит.",
			[]string{"AID Європейський банк реконструкції та розвитку → Україна"}},
	}, time.Time{})
}

// TestS35HIndeclinableReceiver checks that an indeclinable body's name in
// quote marks right after a verb of giving is the one given to when the
// thing given follows it, and that with no such thing after it, it is
// what is handed over.
func TestS35HIndeclinableReceiver(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"equipment after the name",
			"У травні уряд Японії передав «Укренерго» обладнання.",
			[]string{"AID Японія → Укренерго"}},
		{"a counted object",
			"Уряд Японії передав «Укренерго» 20 генераторів.",
			[]string{"AID Японія → Укренерго"}},
		{"after another clause with а",
			"Кабмін схвалив план відновлення, а уряд Японії передав «Укренерго» обладнання.",
			[]string{"SUPPORT Кабмін → ", "AID Японія → Укренерго"}},
		{"a sum paid the firm may be a fine",
			"Компанія виплатила «Укренерго» 3 млн грн штрафу.",
			nil},
		{"the firm handed over",
			"Фонд передав «Укренерго» в управління.",
			nil},
	}, time.Time{})
}

// TestS35HComplianceRefused checks that carrying out a ruling, a demand
// or an accord, negated and to come, is a refusal announced (REJECT,
// with no negation of its own), and that what one does not do now, or a
// plan or works not done, is none.
func TestS35HComplianceRefused(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a pronoun for the resolution",
			"Делегація Росії назвала резолюцію упередженою і заявила, що не виконуватиме її.",
			[]string{"REJECT Росія →  [future]"}},
		{"a court's ruling",
			"Уряд Угорщини не виконає рішення суду.",
			[]string{"REJECT Угорщина → суд [future]"}},
		{"не буде with the infinitive",
			"Мер Києва не буде виконувати постанову.",
			[]string{"REJECT Мер Києва →  [future]"}},
		{"the present is a charge, not this",
			"Пєсков заявив, що Україна не виконує домовленостей.",
			nil},
		{"a condition",
			"Фермери заявили, що протести триватимуть, якщо уряд не виконає їхніх вимог.",
			nil},
		{"works not done",
			"Підрядник не виконав роботи.",
			nil},
	}, time.Time{})
}

// TestS35HSettledOnLess checks that погодитися лише на with a sum of
// money, a part of what was asked granted, is no accord, while лише на
// with anything else still agrees to it.
func TestS35HSettledOnLess(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a lesser bail",
			"Прокурори просили суд визначити заставу в 50 млн гривень, однак слідчий суддя погодився лише на 30 млн гривень.",
			[]string{"REQUEST Прокурори → суд"}},
		{"тільки на a sum",
			"Покупець погодився тільки на 5 тисяч доларів.",
			nil},
		{"a truce agreed to",
			"Україна погодилася лише на два роки перемир'я.",
			[]string{"AGREE Україна → "}},
	}, time.Time{})
}
