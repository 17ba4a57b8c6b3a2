package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors left in
// the twenty-first news set (testdata/gold/news21.jsonl) after its second
// round of fixes; the sentences are our own.

func TestNews21cQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a source set off by commas inside a clause after адже or бо: what was said is the clause around the aside, not only its rest",
			"Мер попросив уряд збільшити допомогу, адже зібраних у місті коштів, як зазначив посадовець, уже не вистачає.\n\nДиректор просив про нові автобуси, бо закуплених торік машин, як пояснив чиновник, замало для району.",
			[]string{"посадовець/зазначити/indirect: зібраних у місті коштів уже не вистачає",
				"чиновник/пояснити/indirect: закуплених торік машин замало для району"}},
		{"the message (повідомлення) no one is named for is the one of the body whose press service reported, up to three sentences before",
			"Компанія «Укрнафта» підписала угоду з польським концерном. Про це повідомила пресслужба «Укрнафти».\n\nУгода передбачає поставку газу взимку. Газ транспортуватимуть через Польщу. Кредит надасть Світовий банк, який, як наголошується в повідомленні, уже профінансував ремонт свердловин.",
			[]string{"Укрнафта/наголошуватися/indirect: уже профінансував ремонт свердловин"}},
		{"after the correlative то of a коли-clause what was said is the aside's rest, not the коли-clause",
			"Коли йдеться про ціни на хліб, то, як зазначив міністр, вони зростуть навесні.",
			[]string{"міністр/зазначити/indirect: вони зростуть навесні"}},
		{"a source set off by commas right after a relative який: what was said is the relative clause's rest",
			"Кредит надасть Світовий банк, який, як зазначив міністр, уже профінансував ремонт доріг.",
			[]string{"міністр/зазначити/indirect: уже профінансував ремонт доріг"}},
		{"a body named by the noun of its kind (у музеї, в університеті) is the one body of that kind named earlier in the text, however far before",
			"Національний музей історії України отримав шість картин від Київського національного університету імені Тараса Шевченка. Передача відбулася в понеділок.\n\nКартини зберігалися в запасниках понад сорок років.\n\nУ музеї зазначили, що реставрацію завершать до літа.\n\nВ університеті повідомили, що передали всі картини.",
			[]string{"Національний музей історії України/зазначити/indirect: реставрацію завершать до літа",
				"Київський національний університет імені Тараса Шевченка/повідомити/indirect: передали всі картини"}},
		{"with two bodies of the kind named before, the noun stays a body of its own",
			"Національний музей історії України та Національний художній музей України обмінялися картинами.\n\nКартини зберігалися в запасниках понад сорок років.\n\nУ музеї зазначили, що реставрацію завершать до літа.",
			[]string{"музей/зазначити/indirect: реставрацію завершать до літа"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
