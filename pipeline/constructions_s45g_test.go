package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
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
			[]string{"AID Виконком міської ради → водоканал"}},
		{"a claim sent for a sum is no gift, but an accusation of the debtor",
			"ПрАТ «Обленерго» направило підприємству претензію на 12 млн гривень.",
			[]string{"ACCUSE ПрАТ «Обленерго» → підприємство"}},
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

// TestS45GUtilitySays: a town's or a region's utility named by its kind
// speaks as a body: "У водоканалі заявили, що …", "В обленерго
// пояснили, що …".
func TestS45GUtilitySays(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"the water utility",
			"Мешканці скаржаться на якість води. У водоканалі заявили, що оскаржать рішення виконкому в суді.",
			[]string{"водоканал/заявити/indirect: оскаржать рішення виконкому в суді"}},
		{"the power utility",
			"В обленерго пояснили, що відключення триватимуть до вечора.",
			[]string{"обленерго/пояснити/indirect: відключення триватимуть до вечора"}},
	}, time.Time{})
}

// TestS45GAddresseeAside: a relative clause on the one addressed, set
// off by commas, stands between the verb of addressing and what is asked
// ("звернулося до комісії, що регулює тарифи, з проханням").
func TestS45GAddresseeAside(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a clause of що",
			"Підприємство звернулося до Національної комісії, що здійснює державне регулювання у сфері енергетики, з проханням переглянути тариф.",
			// (the regulator named with its remit clause since session 53)
			[]string{"REQUEST Підприємство → Національна комісія, що здійснює державне регулювання у сфері енергетики"}},
		{"a clause of який on a person",
			"Мер звернувся до прокурора Олега Бондаря, який веде справу, з вимогою перевірити забудовника.",
			[]string{"REQUEST Мер → Олег Бондар"}},
		{"no request after the clause",
			"Мер звернувся до журналістів, що чекали біля входу, з коротким словом.",
			nil},
	}, time.Time{})
}

// TestS45GOutletSourceLines: the publisher named after its kind in the
// lead's closing cue ("…, пише місцеве видання «Номер один»") is the
// source line, not a quote of the kind's phrase; a line that opens with
// what was told of before the outlet in the dative ("Про роботу лікарні
// Суспільному Полтава розповів її директор …") names the publisher and
// cites the one who told it, as "Про це Суспільному розповів …" does.
func TestS45GOutletSourceLines(t *testing.T) {
	p := load(t)
	checkFound(t, p, []construction{
		{"the publisher after its kind",
			"Міська рада звільнила секретаря. За рішення проголосували 19 депутатів з 26, пише місцеве видання «Номер один».",
			[]string{"publisher Номер один"}},
		{"what was told of before the outlet",
			"Лікарня приймає пацієнтів навіть під час тривог. Про роботу лікарні Суспільному Полтава розповів її директор Олег Гуменюк.",
			[]string{"publisher Суспільне Полтава", "via Олег Гуменюк"}},
	}, time.Time{}, func(x *vistka.Extraction) (got []string) {
		if x.Source.Publisher != "" {
			got = append(got, "publisher "+x.Source.Publisher)
		}
		for _, v := range x.Source.Via {
			got = append(got, "via "+v)
		}
		for _, q := range x.Quotes {
			got = append(got, quoteString(x, q))
		}
		return got
	})
}

// TestS45GCouncilAndMayor: a council that ends a mayor's term early
// coerces him, as one that strips him of his powers does; a decision or
// a vote not recognised, its object before the verb or after it, is
// rejected, as "не визнає результатів" is; recognised, or found to be
// something, it is not.
func TestS45GCouncilAndMayor(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a term ended early",
			"Сільська рада достроково припинила повноваження сільського голови Петра Коваля.",
			[]string{"COERCE Сільська рада → Петро Коваль"}},
		{"a decision not recognised, its object first",
			"Сам Коваль рішення сесії не визнав.",
			[]string{"REJECT Коваль → "}},
		{"a decision not recognised, and named",
			"Сам Коваль рішення сесії не визнав і назвав його «політичною помстою».",
			[]string{"REJECT Коваль → "}},
		{"a decision found to be unlawful is no refusal to recognise it",
			"Суд не визнав рішення ради незаконним.",
			[]string{"REJECT Суд → рада [negation]"}},
		{"a decision not recognised, its object after",
			"Голова громади Петро Коваль не визнав рішення сесії.",
			[]string{"REJECT Петро Коваль → "}},
		{"a decision recognised",
			"Голова громади Петро Коваль визнав рішення сесії.",
			nil},
	}, time.Time{})
}
