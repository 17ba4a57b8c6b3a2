package date_test

import "testing"

// TestS56ADayOfRelativeYear: a day and month after a year named from the
// publication's (торік, позаторік, минулого року) are that year's day,
// one date, as s44c reads a month there.
func TestS56ADayOfRelativeYear(t *testing.T) {
	tests := []findCase{
		{"торік and a day", tue, "Торік 3 березня завод зупинив роботу.",
			[]want{{"Торік 3 березня", "2022-03-03", false, "day"}}},
		{"минулого року and a day", tue, "Минулого року 12 лютого суд виніс вирок.",
			[]want{{"Минулого року 12 лютого", "2022-02-12", false, "day"}}},
		{"позаторік and a day", tue, "Позаторік 9 листопада місто святкувало.",
			[]want{{"Позаторік 9 листопада", "2021-11-09", false, "day"}}},
		{"a day with its own year is its own", tue, "Торік 3 березня 2021 року не згадували.",
			[]want{{"Торік", "2022", true, "year"}, {"3 березня 2021 року", "2021-03-03", false, "day"}}},
	}
	runFindCases(t, tests)
}

// TestS56AAgoOpeningALine: "рік тому", "тиждень тому" at the start of a
// text or a paragraph count back from publication as they do inside one.
func TestS56AAgoOpeningALine(t *testing.T) {
	tests := []findCase{
		{"рік тому opening the text", tue, "Рік тому місто було в окупації.",
			[]want{{"Рік тому", "2022", true, "year"}}},
		{"тиждень тому opening a paragraph", tue, "Мер подав у відставку.\nТиждень тому його допитали.",
			[]want{{"Тиждень тому", "2023-02-20", true, "week"}}},
		{"день тому", tue, "День тому рятувальники знайшли ще двох людей.",
			[]want{{"День тому", "2023-02-27", true, "day"}}},
		{"a unit alone opening a line is no date", tue, "Тиждень минув спокійно.", nil},
	}
	runFindCases(t, tests)
}

// TestS56AWeekdayPair: a second weekday joined by і/та shares the
// preposition of the first: "у середу та четвер".
func TestS56AWeekdayPair(t *testing.T) {
	tests := []findCase{
		{"past pair", tue, "У суботу та неділю в місті не було світла.",
			[]want{{"суботу", "2023-02-25", true, "day"}, {"неділю", "2023-02-26", true, "day"}}},
		{"future pair", tue, "Переговори відбудуться в четвер і п'ятницю.",
			[]want{{"четвер", "2023-03-02", true, "day"}, {"п'ятницю", "2023-03-03", true, "day"}}},
		{"no first weekday: no second", tue, "Музей і середу вибрали для свята.", nil},
	}
	runFindCases(t, tests)
}

// TestS56AImpossibleDay: a number no day can be before a month is no
// date of that month.
func TestS56AImpossibleDay(t *testing.T) {
	tests := []findCase{
		{"day 45", tue, "У документі стоїть 45 березня 2022 року.",
			[]want{{"2022 року", "2022", false, "year"}}},
		{"day 0 with no year", tue, "Квиток на 0 травня не продали.", nil},
	}
	runFindCases(t, tests)
}
