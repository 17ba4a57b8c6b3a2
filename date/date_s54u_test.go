package date_test

import "testing"

// TestS54UStoryYear: a day written without a year that goes on a story
// told with a full date of an earlier year (the next sentence opening
// with it, or the same sentence after a comma and a conjunction) is in
// that year; a day before the one told, or one past other sentences,
// keeps the publication's year.
func TestS54UStoryYear(t *testing.T) {
	tests := []findCase{
		{"next sentence opens with the day", tue,
			"Нагадаємо, 14 липня 2021 року детективи затримали посадовця. 16 липня йому повідомили про підозру.",
			[]want{{"14 липня 2021 року", "2021-07-14", false, "day"}, {"16 липня", "2021-07-16", false, "day"}}},
		{"a chain past А", tue,
			"У жовтні 2020 року суд арештував майно фірми. 3 листопада фірма оскаржила арешт. А 20 грудня апеляційний суд його скасував.",
			[]want{{"жовтні 2020 року", "2020-10", false, "month"}, {"3 листопада", "2020-11-03", false, "day"}, {"20 грудня", "2020-12-20", false, "day"}}},
		{"same sentence after , а", tue,
			"Угоду уклали 5 вересня 2019 року, а 9 вересня підрядник розпочав роботи.",
			[]want{{"5 вересня 2019 року", "2019-09-05", false, "day"}, {"9 вересня", "2019-09-09", false, "day"}}},
		{"a day before the one told stays", tue,
			"Звіт оприлюднили 20 грудня 2021 року. 10 січня прокуратура відкрила провадження.",
			[]want{{"20 грудня 2021 року", "2021-12-20", false, "day"}, {"10 січня", "2023-01-10", false, "day"}}},
		{"a sentence between keeps the publication's year", tue,
			"Нагадаємо, 14 липня 2021 року детективи затримали посадовця. Його відпустили під заставу. 16 липня суд розглянув скаргу.",
			[]want{{"14 липня 2021 року", "2021-07-14", false, "day"}, {"16 липня", "2022-07-16", false, "day"}}},
	}
	runFindCases(t, tests)
}
