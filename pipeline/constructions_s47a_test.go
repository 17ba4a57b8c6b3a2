package pipeline_test

import (
	"testing"
	"time"
)

// Aid told in the shapes counted over the corpus in session 47 (helper
// h47a): givers named by a word of giving, a promise to give that is its
// infinitive's event, goods put first and given to a body named after a
// passive verb, farm and road machines given; the sentences are our own.
func TestAidShapesS47a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"partners, patrons and donors give money with no one named, as a donor body does; a council's spending is none",
			"За словами мера, литовські партнери виділили на ремонт 200 тисяч євро. Ще до 100 тис. євро надали приватні меценати. Міська рада виділила на ремонт доріг 3 млн гривень.",
			[]string{"AID литовські партнери → ", "AID приватні меценати → "}},
		{"partners pay for a work",
			"Іноземні партнери профінансували ремонт 10 кілометрів доріг в області.",
			[]string{"AID Іноземні партнери → "}},
		{"a promise to give is the infinitive's event alone",
			"ЄС пообіцяв виділити Україні 1,5 млрд євро. Учасники донорської конференції пообіцяли виділити загалом 2 млрд євро.",
			[]string{"AID ЄС → Україна [future]", "AID Учасники донорської конференції →  [future]"}},
		{"goods put first, given to a community or a service named after a passive verb; papers handed to prosecutors are none",
			"Генератори вже передано трьом лікарням. Матеріали справи передано прокуратурі.",
			[]string{"AID  → лікарні"}},
		{"farm machines received from a giver or given a community",
			"Кооператив у вівторок отримав від фонду 8 тракторів і дві сівалки. Уряд Канади передав громаді два екскаватори.",
			[]string{"AID фонд → Кооператив", "AID Канада → громада"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// Drinking water brought is relief, as food and medicines are; water
// brought to a building site is none.
func TestAidWaterS47a(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"drinking water delivered",
			"Волонтери доставили в село питну воду. Завод доставив воду на будівництво.",
			[]string{"AID Волонтери → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}
