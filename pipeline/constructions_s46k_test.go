package pipeline_test

import (
	"testing"
	"time"
)

// TestS46KPermitRevoked: a permit revoked by the body that issued it is
// an administrative sanction on its holder, as a licence revoked is
// (COERCE).
func TestS46KPermitRevoked(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a special permit annulled",
			"Ціни на сталь зросли.\n\nДержекоінспекція анулювала спеціальний дозвіл заводу на викиди.",
			[]string{"COERCE Держекоінспекція → "}}, // (the holder past an adjective is not read yet),
		{"a permit withdrawn",
			"Ціни на житло зросли.\n\nМіська рада відкликала дозвіл забудовника на будівництво.",
			[]string{"COERCE Міська рада → забудовник"}},
	}, time.Time{})
}

// TestS46KFundedByLoan: a purchase or a work funded by a loan or a grant
// of a lender named after "за рахунок" or "коштом" is the lender's aid;
// the lender is no recipient.
func TestS46KFundedByLoan(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"за рахунок кредиту, no subject",
			"Метро купить нові вагони.\n\nПокупку профінансують за рахунок кредиту Європейського інвестиційного банку.",
			[]string{"AID Європейський інвестиційний банк →  [future]"}},
		{"коштом позики",
			"Місто відремонтує мости.\n\nРемонт профінансують коштом позики Світового банку.",
			[]string{"AID Світовий банк →  [future]"}},
		{"a city's own money is no aid",
			"Місто відремонтує мости.\n\nРемонт профінансують за рахунок міського бюджету.",
			nil},
	}, time.Time{})
}

// TestS46KCountedWithAdjective: people counted as the subject with an
// adjective between the count and the noun ("близько 300 українських
// аграріїв провели акцію протесту") act as when counted plainly.
func TestS46KCountedWithAdjective(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"one adjective",
			"Ціни на молоко впали.\n\nУ понеділок близько 400 місцевих фермерів провели акцію протесту в Житомирі.",
			[]string{"PROTEST близько 400 місцевих фермерів →  @Житомир"}},
		{"two adjectives and nouns joined",
			"Ціни на молоко впали.\n\nПонад 200 обурених молодих лікарів і медсестер вийшли на акцію протесту у Львові.",
			[]string{"PROTEST Понад 200 обурених молодих лікарів і медсестер →  @Львів"}},
	}, time.Time{})
}

// TestS46KDecisionDated: a source line after the lead that names the
// decision it cites with the day it was adopted ("з посиланням на
// рішення регулятора, ухвалене в четвер") dates the lead's act, as a
// statement "оприлюднена в суботу" does.
func TestS46KDecisionDated(t *testing.T) {
	p := load(t)
	published := time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC) // a Friday
	checkDatedEvents(t, p, []construction{
		{"a fine, the decision adopted on Thursday",
			"Регулятор оштрафував банк\n\nНаціональний банк оштрафував банк «Альфа» на 5 млн грн за порушення правил фінмоніторингу.\n\nПро це повідомляє видання «Фінанси» з посиланням на рішення правління регулятора, ухвалене в четвер.",
			[]string{"COERCE Національний банк → Альфа on 2026-04-09"}},
	}, published)
}

// TestS46KStrikeByArms: one strike told as what came before or as the
// cause, its attacker named only by the adjective of the arms after it
// ("після атаки російських ракет і дронів на Дніпро"), is an ASSAULT of
// its own, as one with the attacker's adjective before it is.
func TestS46KStrikeByArms(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"після, the arms' adjective after the noun",
			"Ціни на сталь зросли.\n\nКомбінат зупинив роботу після нічної атаки російських дронів на Запоріжжя.",
			[]string{"ASSAULT Росія → Запоріжжя @Запоріжжя"}},
		{"через, the arms' adjective after the noun",
			"Ціни на сталь зросли.\n\nЧерез удар російських ракет по Кременчуку підприємство знеструмлене.",
			[]string{"ASSAULT Росія → Кременчук @Кременчук"}},
		{"strikes in the plural recur: none",
			"Ціни на сталь зросли.\n\nБудівництво зупинили через удари російських дронів по майданчиках.",
			nil},
		{"arms with no attacker's adjective stay none",
			"Ціни на сталь зросли.\n\nКомбінат зупинив роботу після нічної атаки дронів на Запоріжжя.",
			nil},
	}, time.Time{})
}

// TestS46KHelpedDative: the one helped stands in the dative after
// допомогти; a masculine noun in -у or -ю there, which the tagger may
// read as a genitive ("допоможе заводу"), is the recipient.
func TestS46KHelpedDative(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a plant helped by a named city",
			"Ціни на сталь зросли.\n\nЛьвів допоможе комбінату з відновленням цеху.",
			[]string{"AID Львів → комбінат [future]"}},
	}, time.Time{})
}
