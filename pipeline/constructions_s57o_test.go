package pipeline_test

import "testing"

// The constructions of this file were found by the census of organisation
// and place names (TestCensusS57O, its study half); the sentences are our
// own.

// TestS57OTitledPlaces checks that a capitalised title of office before a
// country of several words names no place of its own: the country is the
// place, the title a title.
func TestS57OTitledPlaces(t *testing.T) {
	checkEntityLines(t, []construction{
		{"an ambassador opening the sentence",
			"Посол Об'єднаних Арабських Еміратів вручив вірчі грамоти.",
			[]string{"LOC Об'єднані Арабські Емірати"}},
		{"a president of a republic with its name in apposition",
			"Президент Республіки Молдова закликала до діалогу.",
			[]string{"LOC Республіка Молдова"}},
		{"a prime minister of a two-word country",
			"Прем'єр-міністр Великої Британії пообіцяв нові санкції.",
			[]string{"LOC Велика Британія"}},
		{"a capitalised title in mid-sentence",
			"Делегацію прийняв Посол Сполучених Штатів у Варшаві.",
			[]string{"LOC Сполучені Штати", "LOC Варшава"}},
	})
}

// TestS57ORightsCourts checks that a court named for the rights it is
// for keeps them in its name.
func TestS57ORightsCourts(t *testing.T) {
	checkEntityLines(t, []construction{
		{"the European court in the locative",
			"У Європейському суді з прав людини зареєстрували нову заяву.",
			[]string{"ORG Європейський суд з прав людини"}},
		{"the European court in the instrumental",
			"Рішенням Європейського суду з прав людини країну зобов'язали виплатити компенсацію.",
			[]string{"ORG Європейський суд з прав людини"}},
		{"a court with another genitive after з stays short",
			"Голова Верховного Суду з нагоди свята привітав суддів.",
			[]string{"ORG Верховний Суд"}},
	})
}
