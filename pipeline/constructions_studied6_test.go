package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// sixth studied set (testdata/gold/studied6.jsonl); the sentences are
// our own.

func TestStudied6Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a vote for keeping or putting a person in office is the voters' support of that person",
			"Школу з 2018 року очолює Марія Петренко. Торік міськрада проголосувала за те, щоб залишити її на цій посаді.",
			[]string{"SUPPORT міськрада → Марія Петренко"}},
		{"the same with a name after the verb of putting in office",
			"Депутати проголосували за те, щоб призначити Івана Коваля директором лікарні.",
			[]string{"SUPPORT Депутати → Іван Коваль"}},
		{"a vote for what is no person in office is no support of anyone",
			"Депутати проголосували за те, щоб залишити тарифи без змін.",
			[]string{}},
		{"cancelling something through the courts is a lawsuit against those whom it benefits",
			"Нині колишні власники фірми намагаються в судовому порядку скасувати входження до статутного капіталу фірм Петра Коваля та Івана Сидоренка.",
			[]string{"ACCUSE колишні власники фірми → Петро Коваль,Іван Сидоренко"}},
		{"a firm cancelling a council's decision through a court sues the council; a body cancelling its own decision rejects",
			"ТОВ «Альфа» через суд скасувало рішення Київради про оренду землі. Мерія скасувала рішення про оренду землі.",
			[]string{"ACCUSE ТОВ «Альфа» → Київрада", "REJECT Мерія → "}},
		{"a firm that helps do something, no one named to whom, gives aid; a body's or a firm's help to people in doing is none",
			"Приклад цього — компанія Metinvest, яка, зокрема, допомагала відновити систему протиповітряної оборони. Корпорація «Альфа» допомагала відновлювати мости. Компанія «Бета» допомогла вченим обліковувати птахів. Мерія допомагала ремонтувати дороги.",
			[]string{"AID Metinvest → ", "AID Альфа → "}},
		{"coming to the aid of someone is aid given; coming to a meeting is none",
			"Литва прийшла на допомогу Україні. Депутати прийшли на засідання.",
			[]string{"AID Литва → Україна"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
