package pipeline_test

import (
	"testing"
	"time"
)

// Readings fixed in task s49t: titles as structure, not word lists. The
// sentences are our own.

// TestS49TPersonNounTitles: a common noun for a person no list holds is
// a title before a name in its case when the genitive of a body, a place
// or a field follows it (член правління, декан факультету,
// фермерка з громади), or alone when it is made with a suffix of one who
// does something (ентомолог, диригент); kin, residents, contestants and
// the like are no titles.
func TestS49TPersonNounTitles(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Член правління асоціації Олена Вдовиченко заявила про зміни.", "Олена Вдовиченко",
			[]string{"член правління асоціації"}, nil},
		{"Партнер юридичної фірми «Астерс» Олег Кравець прокоментував рішення.", "Олег Кравець",
			[]string{"партнер юридичної фірми «Астерс»"}, nil},
		{"Співголова робочої групи Марта Левицька представила звіт.", "Марта Левицька",
			[]string{"співголова робочої групи"}, nil},
		{"Декан економічного факультету Ігор Савчук повідомив, що вступників побільшало.", "Ігор Савчук",
			[]string{"декан економічного факультету"}, nil},
		{"Фермерка з Бершадської громади Галина Руденко розповіла, що заморозки знищили сад.", "Галина Руденко",
			[]string{"фермерка з Бершадської громади"}, nil},
		{"Ентомолог Василь Гринь пояснив, що жуків побільшало.", "Василь Гринь",
			[]string{"ентомолог"}, nil},
		{"Дружина депутата Ірина Коваль також прийшла на засідання.", "Ірина Коваль",
			nil, []string{"дружина депутата", "дружина"}},
		{"Мешканка Полтави Надія Гончар розповіла про обстріл.", "Надія Гончар",
			nil, []string{"мешканка Полтави"}},
		{"Призер чемпіонату Європи Тарас Мельник повернувся до Києва.", "Тарас Мельник",
			nil, []string{"призер чемпіонату Європи"}},
	})
}

// TestS49TOfficeAndRank: an office and a military rank before one name
// are two titles of it: the office across its genitive, the rank with its
// adjectives.
func TestS49TOfficeAndRank(t *testing.T) {
	p := load(t)
	for _, tt := range []struct {
		text, person string
		want         []string
	}{
		{"Про збитий дрон розповів речник повітряного командування старший лейтенант Ігор Данилюк.", "Ігор Данилюк",
			[]string{"речник повітряного командування", "старший лейтенант"}},
		{"Командир батальйону майор Степан Кушнір подякував волонтерам.", "Степан Кушнір",
			[]string{"командир батальйону", "майор"}},
	} {
		x := p.Extract(tt.text, time.Time{})
		checkTitles(t, x, tt.person, tt.want, nil)
	}
}

// TestS49TApposedTitles: two titles before one name set off by a comma
// are both the name's: the first with its genitive or its posting, the
// second with its adjectives.
func TestS49TApposedTitles(t *testing.T) {
	p := load(t)
	checkTitleCases(t, p, []titleCase{
		{"Віцепрезидент федерації, колишній воротар збірної Тарас Онищук підтримав рішення.", "Тарас Онищук",
			[]string{"віцепрезидент федерації", "колишній воротар збірної"}, nil},
		{"Посол Польщі в Молдові, колишній міністр оборони Польщі Томаш Шиманський прибув до Кишинева.", "Томаш Шиманський",
			[]string{"посол Польщі в Молдові"}, nil},
		{"Його суперниця, чинна віцепрезидентка Олена Стоянова, визнала поразку.", "Олена Стоянова",
			[]string{"чинна віцепрезидентка"}, []string{"суперниця"}},
	})
}

// TestS49TNameBeforeTitle: a name in another case that the tagger ran on
// into the title after it (кореспондентці Суспільного | начальниця …) is
// no part of the title, and the dative title before it is no one's.
func TestS49TNameBeforeTitle(t *testing.T) {
	p := load(t)
	x := p.Extract("Як розповіла кореспондентці Суспільного начальниця Бериславської міської військової адміністрації Ганна Кравчук, обстріли тривають.", time.Time{})
	checkTitles(t, x, "Ганна Кравчук", []string{"начальниця Бериславської міської військової адміністрації"},
		[]string{"суспільне начальниця Бериславської міської військової адміністрації", "кореспондентка Суспільного"})
}
