package pipeline_test

import (
	"testing"
	"time"
)

// TestS45GRegionalGifts: money and goods a council, a fund or a state
// gives on the regional desk: a town's water utility allotted money by
// its executive committee, relief handed over in sets, the giver of the
// rest of a sum set off by commas after it, and a sum put first with its
// purpose before the one given it.
func TestS45GRegionalGifts(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a utility allotted money",
			"Виконком міської ради виділив водоканалу 8 млн гривень на ремонт насосів.",
			[]string{"AID Виконком міської ради → "}},
		{"a claim sent for a sum is no gift",
			"Обленерго направило підприємству претензію на 12 млн гривень.",
			nil},
		{"relief in sets",
			"Минулого місяця Данська рада у справах біженців передала селищу 150 комплектів для утеплення будинків.",
			[]string{"AID Данська рада у справах біженців → селище"}},
		{"a set of papers is no relief",
			"Адвокат Олег Бондар передав суду комплект документів.",
			nil},
		{"the rest of a sum set off by commas",
			"Ремонт коштував 20 млн гривень. Половину дала громада, а решту, 10 млн гривень, надав уряд Швеції в межах програми відбудови.",
			[]string{"AID Швеція → "}},
		{"the rest of the money",
			"Решту коштів на ремонт надав уряд Литви.",
			[]string{"AID Литва → "}},
		{"a sum with its purpose put first",
			"Ще 5 млн гривень на закупівлю ліків лікарні виділила Полтавська обласна рада.",
			[]string{"AID Полтавська обласна рада → лікарня"}},
	}, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
}
