package pipeline_test

import (
	"testing"
	"time"
)

// TestS39FGoodsToPeopleFirst checks that goods handed to people named by
// a plural noun in the dative right after the verb, the goods after them
// (передав військовим 50 дронів), are aid whoever gives them: a person,
// a fund or a firm, as when the goods come first; money paid to people
// so (a wage, a fee), papers handed to investigators and greetings
// passed on are not.
func TestS39FGoodsToPeopleFirst(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a person by the full name",
			"Сергій Притула передав військовим 50 дронів.",
			[]string{"AID Сергій Притула → військові"}},
		{"a fund by a common noun",
			"Фонд передав бійцям 50 дронів.",
			[]string{"AID Фонд → бійці"}},
		{"a firm, past an adjective",
			"Компанія передала місцевим рятувальникам п'ять генераторів.",
			[]string{"AID Компанія → місцеві рятувальники"}},
		{"children given laptops",
			"Фонд передав дітям 50 ноутбуків.",
			[]string{"AID Фонд → діти"}},
		{"goods of another thing's",
			"Зрадниця передавала окупантам координати підстанцій.",
			nil},
		{"papers handed to investigators",
			"Прокурор передав слідчим матеріали справи.",
			nil},
		{"a sum paid to a firm",
			"Замовник перерахував підряднику 2 млн грн.",
			nil},
		{"money paid to workers",
			"Компанія виплатила працівникам кошти.",
			nil},
		{"greetings passed on",
			"Мер передав військовим привітання.",
			[]string{"SUPPORT Мер → військові"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
