package pipeline_test

import (
	"testing"
	"time"
)

// TestS41PPlantsAndBedsGiven checks that plants, stores and beds given a
// community or a hospital (котельня, станція, склад, ліжко, тренажер)
// are goods given as aid, as generators are; a commission's membership
// (склад комісії) and a store bought are not.
func TestS41PPlantsAndBedsGiven(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"boiler houses to a town",
			"Ще дві модульні котельні місту передала Данія.",
			[]string{"AID Данія → місто"}},
		{"boiler houses to a region",
			"Литва передала області 15 мобільних котелень.",
			[]string{"AID Литва → область"}},
		{"stations received from a state",
			"Місто вже отримало від Франції 15 мобільних станцій.",
			[]string{"AID Франція → Місто"}},
		{"beds to a hospital",
			"Міська лікарня отримала від Японії 40 ліжок.",
			[]string{"AID Японія → Міська лікарня"}},
		{"a store to a community",
			"Ще один склад громаді передала Швеція.",
			[]string{"AID Швеція → громада"}},
		{"a commission's membership",
			"Склад комісії передали на розгляд міськради.",
			nil},
		{"a store bought",
			"Підприємство купило склад на околиці міста.",
			nil},
	}, time.Time{})
}

// TestS41PSumPaidFor checks that a sum received from a named giver for
// work or a thing (за and the accusative: за ремонт доріг, за виконані
// роботи) is payment, no aid; a sum for a purpose (на ремонт), under a
// programme (за програмою) or from a fund (за рахунок) stays aid.
func TestS41PSumPaidFor(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"paid for road repairs",
			"Компанія отримала від міськради 5 млн гривень за ремонт доріг.",
			nil},
		{"paid for work done",
			"Підрядник отримав від міської ради 12 млн гривень за виконані роботи.",
			nil},
		{"under a programme",
			"Громада отримала від ЄС 5 млн євро за програмою відновлення.",
			[]string{"AID ЄС → Громада"}},
		{"for a repair",
			"Лікарня отримала від міськради 5 млн гривень на ремонт.",
			[]string{"AID міськрада → Лікарня"}},
		{"from a reserve fund",
			"Громада отримала від уряду 5 млн гривень за рахунок резервного фонду.",
			[]string{"AID уряд → Громада"}},
	}, time.Time{})
}
