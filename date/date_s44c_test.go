package date_test

import "testing"

// TestS44CMonthOfRelativeYear: a month in the locative after a year
// named from the publication's (торік, позаторік, цьогоріч, минулого
// року, цього року), or торік after the month, is that year's month, one
// date: "торік у січні" published in February is last year's January,
// not this one's.
func TestS44CMonthOfRelativeYear(t *testing.T) {
	tests := []findCase{
		{"торік before the month", tue, "Торік у січні уряд ухвалив постанову.",
			[]want{{"Торік у січні", "2022-01", false, "month"}}},
		{"минулого року before the month", tue, "Минулого року в березні Японія надала грант.",
			[]want{{"Минулого року в березні", "2022-03", false, "month"}}},
		{"торік after the month", tue, "У жовтні торік суд скасував рішення.",
			[]want{{"жовтні торік", "2022-10", false, "month"}}},
		{"цього року before the month", tue, "Цього року в січні Литва передала генератори.",
			[]want{{"Цього року в січні", "2023-01", false, "month"}}},
		{"торік alone", tue, "Торік уряд ухвалив постанову.",
			[]want{{"Торік", "2022", true, "year"}}},
	}
	runFindCases(t, tests)
}
