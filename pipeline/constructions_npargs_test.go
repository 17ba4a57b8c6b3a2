package pipeline_test

import (
	"testing"
	"time"
)

// Common-noun arguments of events keep the adjectives that agree with
// them, in their base form in the noun's gender. The sentences are our
// own.

func TestNounPhraseArgs(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a body in the genitive after a decision keeps its adjective in the nominative",
			"Апеляційний суд скасував рішення сільської ради.",
			[]string{"REJECT Апеляційний суд → сільська рада"}},
		{"an adjective before a masculine body in the dative",
			"Мер подякував естонському урядові за допомогу.",
			[]string{"SUPPORT Мер → естонський уряд"}},
		{"two adjectives before a feminine body in the genitive",
			"Громада звернулася до обласної військової адміністрації з вимогою відремонтувати міст.",
			[]string{"REQUEST Громада → обласна військова адміністрація"}},
		{"a plural body is given in the nominative plural with its adjective",
			"Суд зобов'язав приватні компанії повернути землю.",
			[]string{"COERCE Суд → приватні компанії"}},
		{"an adjective before a body in the accusative",
			"Посол закликав місцеву владу відновити рух.",
			[]string{"REQUEST Посол → місцева влада"}},
		{"a neuter body keeps a neuter adjective",
			"Депутат звернувся до обласного управління з вимогою перевірити школу.",
			[]string{"REQUEST Депутат → обласне управління"}},
		{"a pronoun adjective is no part of the name",
			"Суд зобов'язав цю компанію повернути землю.",
			[]string{"COERCE Суд → компанія"}},
		{"an adjective that does not agree with the noun stays out",
			"Суд визнав винною посадовицю.",
			[]string{"ACCUSE Суд → посадовиця"}},
		{"a kind with its adjective before a name in quotation marks gives the name alone",
			"Міськрада відмовила приватній фірмі «Альфа» в оренді землі.",
			[]string{"REJECT Міськрада → Альфа"}},
		{"one side named by its adjective acts",
			"Польська сторона звернулася до комісії з проханням перевірити дані.",
			[]string{"REQUEST Польська сторона → комісія"}},
		{"one side named by the genitive after it acts",
			"Сторона обвинувачення звернулася до суду з клопотанням.",
			[]string{"REQUEST Сторона обвинувачення → суд"}},
	}
	checkEvents(t, p, tests, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
}
