package pipeline_test

import (
	"testing"
	"time"
)

// Session 56, helper h56d: how a place reaches an event whose own clause
// names none, each construction tested with texts of its own.

// TestS56DLeadPlace: a headline's act that the lead tells with another
// verb (so the lead's own event does not replace it) happened in the one
// town the lead's first sentence names after в or у; a country named
// beside the town is no second town. A charge is placed by no town of
// the lead, and a lead naming two towns places nothing.
func TestS56DLeadPlace(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the lead's town places the headline's handover",
			"Литва повернула Україні викрадені ікони\n\nУ Вільнюсі українським дипломатам урочисто вручили дванадцять ікон XVIII століття, які вивезли з Волині.",
			[]string{"RETREAT Литва → Україна @Вільнюс"}},
		{"a country named beside the town is no second town",
			"Німецькі партнери подарували рятувальникам пожежний автомобіль\n\nУ Ірпені в п'ятницю рятувальникам урочисто вручили пожежну машину, яку придбали на кошти партнерів у Німеччині.",
			[]string{"AID Німецькі партнери → рятувальники @Ірпінь"}},
		{"a charge: no place from the lead",
			"Слідчі звинуватили колишнього директора лікарні у розтраті\n\nУ Бердичеві завершили розслідування справи колишнього директора.",
			[]string{"ACCUSE Слідчі → колишній директор лікарні"}},
		{"a lead naming two towns: no place",
			"Німецькі партнери подарували рятувальникам пожежний автомобіль\n\nУ Ірпені рятувальникам вручили пожежну машину, яку вчора доставили з депо у Бучі.",
			[]string{"AID Німецькі партнери → рятувальники"}},
	}, time.Time{})
}

// TestS56DTownPastList: a town's people named after a list of the things
// given ("доставили воду, ліки та продукти мешканцям X") stand in the
// act's own clause, commas of the list notwithstanding, and place it in
// the town; a relative clause after the comma is a clause of its own.
func TestS56DTownPastList(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"the town's people after a list of goods",
			"Село Миропіль опинилося без світла. Рятувальники в четвер привезли два генератори, ковдри та пальне мешканцям Мирополя.",
			[]string{"AID Рятувальники →  @Миропіль"}},
		{"a relative clause after the comma: no town",
			"Село Миропіль опинилося без світла. Рятувальники в четвер привезли генератори, які купили мешканці Мирополя.",
			[]string{"AID Рятувальники → "}},
	}, time.Time{})
}
