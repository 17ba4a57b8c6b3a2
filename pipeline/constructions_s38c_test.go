package pipeline_test

import (
	"testing"
	"time"
)

// TestS38CSumThenDative checks that money a body gives, written before
// the one given it in the dative (`Уряд у п'ятницю виділив 2 млрд
// гривень прифронтовим громадам`), is aid with that one as its recipient,
// as it is when the dative comes first; money for a purpose with no one
// given it is read as before, and a sum paid to a firm is no aid.
func TestS38CSumThenDative(t *testing.T) {
	p := load(t)
	sat := time.Date(2026, 1, 3, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"communities after the sum",
			"Уряд у п'ятницю виділив 2 млрд гривень прифронтовим громадам на закупівлю генераторів.",
			[]string{"AID Уряд → прифронтові громади on 2026-01-02"}},
		{"a region after the sum",
			"Кабмін виділив 300 млн гривень Сумській області на ремонт шкіл.",
			[]string{"AID Кабмін → Сумська область on "}},
		{"the dative first, as before",
			"Уряд виділив прифронтовим громадам 2 млрд гривень.",
			[]string{"AID Уряд → прифронтові громади on "}},
		{"a firm paid",
			"Фірма перерахувала 2 млн гривень підряднику.",
			nil},
	}, sat, eventDated)
}
