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

// TestS56AYearAbbreviated: ц.р. and м.р. after a date are this and last
// year, whatever the tense.
func TestS56AYearAbbreviated(t *testing.T) {
	tests := []findCase{
		{"ц.р. and a day ahead, past verb", tue, "Постанова набула чинності 1 жовтня ц.р. без змін.",
			[]want{{"1 жовтня ц.р.", "2023-10-01", false, "day"}}},
		{"ц. р. spaced", tue, "Програма стартувала 15 січня ц. р. в області.",
			[]want{{"15 січня ц. р.", "2023-01-15", false, "day"}}},
		{"м.р. and a month", tue, "У листопаді м.р. ціни зросли.",
			[]want{{"листопаді м.р.", "2022-11", false, "month"}}},
		{"м. and a town is no year", tue, "Засідання 5 березня у м. Рівне.",
			[]want{{"5 березня", "2023-03-05", false, "day"}}},
	}
	runFindCases(t, tests)
}

// TestS56AStreetNames: a day and a capitalised month after a street's
// noun name the street.
func TestS56AStreetNames(t *testing.T) {
	tests := []findCase{
		{"вулиця", tue, "Пожежа сталася на вулиці 9 Травня.", nil},
		{"вул. abbreviated", tue, "Офіс розташований на вул. 23 Серпня, 4.", nil},
		{"a date after a street's own name", tue, "На вулиці Шевченка 9 травня пройде парад.",
			[]want{{"9 травня", "2023-05-09", false, "day"}}},
	}
	runFindCases(t, tests)
}

// TestS56AFirstDaysOfMonth: у перших числах, з перших чисел place a
// month as its beginning does.
func TestS56AFirstDaysOfMonth(t *testing.T) {
	tests := []findCase{
		{"у перших числах", tue, "У перших числах квітня розпочнеться сівба.",
			[]want{{"квітня", "2023-04", false, "month"}}},
		{"з перших чисел", tue, "З перших чисел січня тарифи зросли.",
			[]want{{"січня", "2023-01", false, "month"}}},
	}
	runFindCases(t, tests)
}

// TestS56ABareYearBeforePreposition: a bare year after a day and month
// is theirs when a preposition follows it.
func TestS56ABareYearBeforePreposition(t *testing.T) {
	tests := []findCase{
		{"a year of another tense", tue, "Росія вторглася 24 лютого 2022 у Київську область.",
			[]want{{"24 лютого 2022", "2022-02-24", false, "day"}}},
		{"a year then в", tue, "Договір уклали 3 травня 2021 в Одесі.",
			[]want{{"3 травня 2021", "2021-05-03", false, "day"}}},
		{"a count then a noun stays apart", tue, "До 1 березня 2000 військових повернуться.",
			[]want{{"1 березня", "2023-03-01", false, "day"}}},
	}
	runFindCases(t, tests)
}

// TestS56AGluedYearAndOrdinalDays: a numeric date with р. glued to its
// year, and days written as ordinals with their endings (5-те, 2-ге).
func TestS56AGluedYearAndOrdinalDays(t *testing.T) {
	tests := []findCase{
		{"р. glued to a numeric date", tue, "Рішення від 14.11.2022р. оскаржено.",
			[]want{{"14.11.2022р.", "2022-11-14", false, "day"}}},
		{"р glued, no dot, a comma", tue, "Протокол від 03.01.2023р, підписаний мером.",
			[]want{{"03.01.2023р", "2023-01-03", false, "day"}}},
		{"ordinal days in a period", tue, "Ярмарок працюватиме з 2-го по 6-те березня.",
			[]want{{"2-го", "2023-03-02", false, "day"}, {"6-те березня", "2023-03-06", false, "day"}}},
		{"1-ше", tue, "Пільги діють з 1-ше квітня.",
			[]want{{"1-ше квітня", "2023-04-01", false, "day"}}},
		{"a glued word other than р stays out", tue, "Код 14.11.2022abc не дата.", nil},
	}
	runFindCases(t, tests)
}

// TestS56AMayIsAhead: може, можуть with an infinitive tell what may
// happen, which is still to come, as має with an infinitive does.
func TestS56AMayIsAhead(t *testing.T) {
	tests := []findCase{
		{"може піти: a weekday ahead", tue, "Синоптики попередили, що в суботу може піти сніг.",
			[]want{{"суботу", "2023-03-04", true, "day"}}},
		{"можуть ухвалити: a month ahead", tue, "Закон можуть ухвалити в грудні.",
			[]want{{"грудні", "2023-12", false, "month"}}},
		{"a past verb of its own stays past", tue, "У грудні уряд ухвалив закон, який може змінити ринок.",
			[]want{{"грудні", "2022-12", false, "month"}}},
	}
	runFindCases(t, tests)
}
