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

// TestS39FNumberWordAfterBody checks that a community or a service
// right after a verb of giving, in a form that is its plural too
// (лікарні, області), is the one given goods counted by a number word
// after it (передала лікарні три апарати), as by a number in figures;
// papers counted so are not given.
func TestS39FNumberWordAfterBody(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a hospital, three apparatuses",
			"Компанія передала лікарні три апарати.",
			[]string{"AID Компанія → лікарня"}},
		{"a region, two generators",
			"Фонд передав області два генератори.",
			[]string{"AID Фонд → область"}},
		{"papers counted",
			"Прокурор передав лікарні два документи.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS39FBuildingMaterialsGiven checks that materials to cover and mend
// damaged homes (плити, плівка, шифер) given to people or a community
// are aid, as other goods are, by an active verb or a passive one with
// its giver in the instrumental.
func TestS39FBuildingMaterialsGiven(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a passive, the people put first",
			"Мешканцям пошкоджених будинків громадою надано плити та плівку для закриття вікон.",
			[]string{"AID громада → мешканці пошкоджених будинків"}},
		{"an active verb, families",
			"Фонд передав родинам шифер.",
			[]string{"AID Фонд → родини"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS39FMoreGivenToTown checks that a capital, a village or a region
// right after a verb of giving is the one given, also past ще before the
// things counted (передав столиці ще три автобуси), where the tagger
// reads the form as a plural object; papers handed stay none.
func TestS39FMoreGivenToTown(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a capital, more buses",
			"Мер передав столиці ще три автобуси.",
			[]string{"AID Мер → столиця"}},
		{"a village",
			"Фонд передав селу два генератори.",
			[]string{"AID Фонд → село"}},
		{"a region, more units, a pledge",
			"Посол пообіцяла, що Данія передасть області ще 40 установок.",
			[]string{"AID Данія → область [future]"}},
		{"papers handed",
			"Мер передав області ще матеріали справи.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
