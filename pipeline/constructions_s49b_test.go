package pipeline_test

import (
	"testing"
	"time"
)

// Goods bought or a building built, fitted out or mended with a donor's
// money ("за кошти X", "коштом X") are the donor's aid, a body paying for
// its country being the country; a town buying with its own budget for
// no one named, and a sight seen that was built so, are none. The
// sentences are our own (session 49, helper h49b).
func TestPaidByDonorS49b(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"goods bought with a government's money",
			"Торік закупили для водоканалу нові насоси за кошти уряду Швеції.",
			[]string{"AID Швеція → водоканал"}},
		{"a building fitted out with a foundation's money, a relative clause",
			"Мер оглянув пральню, яку облаштували коштом Міжнародного фонду «Відродження».",
			[]string{"AID Міжнародний фонд «Відродження» → "}},
		{"donors named by their noun",
			"Дах спортзалу відремонтували за кошти іноземних партнерів.",
			[]string{"AID іноземні партнери → "}},
		{"a town's own budget for no one named is a purchase",
			"Місто закупило 12 бойлерів за кошти міського бюджету.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Things counted and money received from a giver named after від are
// its aid, whatever the things are; money from a sale and letters are
// none, nor is a count before a place read as the giver.
func TestReceivedCountedS49b(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"things counted from a country",
			"Громада отримала від Швейцарії три модульні амбулаторії.",
			[]string{"AID Швейцарія → Громада"}},
		{"things counted from a foundation named in quotation marks",
			"Навесні район отримав від фонду «Світанок» дев'ять мобільних кухонь.",
			[]string{"AID Світанок → район"}},
		{"money by its noun from the state",
			"Ветерани отримали від держави кошти на житло.",
			[]string{"AID держава → Ветерани"}},
		{"money from a sale, letters",
			"Теща отримала кошти від продажу квартири в Польщі. Фірма отримала від міністерства два листи.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// A grant given is aid, as a loan is.
func TestGrantGivenS49b(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a grant given a community",
			"Торік уряд Швеції надав громаді грант на ремонт амбулаторії.",
			[]string{"AID Швеція → громада"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Relief brought (привезти, привозити) is aid, as relief delivered is,
// past two places joined before the goods.
func TestReliefBroughtS49b(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"medicines brought to a town",
			"Волонтери привезли до Бахмача ліки та продуктові набори.",
			[]string{"AID Волонтери → Бахмач @Бахмач"}},
		{"two villages joined before the goods",
			"Парафіяни щотижня привозять до Лозової та Мечебилового гарячі обіди і ліки.",
			[]string{"AID Парафіяни → Лозова,Мечебилове"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// What a donor buys for someone named by для is its aid; a ministry's or
// a firm's purchase is none.
func TestBoughtForS49b(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a foundation buys for a hospital",
			"Благодійний фонд «Надія» закупив для районної лікарні два апарати ШВЛ.",
			[]string{"AID Благодійний фонд «Надія» → районна лікарня"}},
		{"a ministry buys for the army, a firm for its plant",
			"Міністерство оборони закупить для армії 100 тисяч дронів. Компанія закупила для свого заводу нові верстати.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
