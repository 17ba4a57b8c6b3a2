package date_test

import "testing"

// dateCensusThirdFloorS56A is the floor of the third census wave.
const dateCensusThirdFloorS56A = 34

// TestCensusThirdS56A is the third wave of the date census (session 56,
// helper h56a), written after the fixes of the first two and before it
// ran: deadlines, parts of a month or year, this and last week in the
// locative, a day with its weekday after it, yearless impossible days,
// the year abbreviated ц.р., and more look-alikes. Published tue.
func TestCensusThirdS56A(t *testing.T) {
	tests := []dateCensusCase{
		{"deadline", "Заявки приймають до 15 березня.", []want{{"15 березня", "2023-03-15", false, "day"}}},
		{"deadline", "Звіт подадуть не пізніше 1 квітня.", []want{{"1 квітня", "2023-04-01", false, "day"}}},
		{"deadline", "Роботи завершать до кінця цього року.", []want{{"цього року", "2023", true, "year"}}},
		{"part", "У другій половині 2022 року ціни зросли.", []want{{"2022 року", "2022", false, "year"}}},
		{"part", "На початку лютого уряд ухвалив закон.", []want{{"лютого", "2023-02", false, "month"}}},
		{"part", "У перших числах березня відкриють міст.", []want{{"березня", "2023-03", false, "month"}}},
		{"part", "У середині 2023 року запрацює завод.", []want{{"2023 року", "2023", false, "year"}}},
		{"numeric", "Обстріли тривали з 24.02.2022 по 28.02.2023.", []want{{"24.02.2022", "2022-02-24", false, "day"}, {"28.02.2023", "2023-02-28", false, "day"}}},
		{"numeric", "Угоду підписали 1 січня 2023 в Києві.", []want{{"1 січня 2023", "2023-01-01", false, "day"}}},
		{"numeric", "Рішення ухвалили 1 травня 2023 р.", []want{{"1 травня 2023 р.", "2023-05-01", false, "day"}}},
		{"numeric", "Закон набув чинності з 2014-го.", []want{{"2014-го", "2014", false, "year"}}},
		{"numeric", "Вибори пройдуть у 2024-му.", []want{{"2024-му", "2024", false, "year"}}},
		{"cr", "Закон набув чинності 1 лютого ц.р.", []want{{"1 лютого ц.р.", "2023-02-01", false, "day"}}},
		{"deictic", "Сьогодні, 28 лютого, уряд зібрався.", []want{{"Сьогодні", "2023-02-28", true, "day"}, {"28 лютого", "2023-02-28", false, "day"}}},
		{"deictic", "Вчора, 27 лютого, ворог атакував.", []want{{"Вчора", "2023-02-27", true, "day"}, {"27 лютого", "2023-02-27", false, "day"}}},
		{"deictic", "28 лютого, у вівторок, уряд зібрався.", []want{{"28 лютого", "2023-02-28", false, "day"}, {"вівторок", "2023-02-28", true, "day"}}},
		{"relperiod", "На цьому тижні уряд ухвалить бюджет.", []want{{"цьому тижні", "2023-02-27", true, "week"}}},
		{"relperiod", "На минулому тижні ціни впали.", []want{{"минулому тижні", "2023-02-20", true, "week"}}},
		{"relperiod", "У минулому місяці експорт упав.", []want{{"минулому місяці", "2023-01", true, "month"}}},
		{"relperiod", "В цьому році врожай кращий.", []want{{"цьому році", "2023", true, "year"}}},
		{"relperiod", "Сто років тому проголосили незалежність.", []want{{"Сто років тому", "1923", true, "year"}}},
		{"relperiod", "Кілька днів тому він повернувся.", nil},
		{"yearless", "Свято відзначатимуть 8 березня.", []want{{"8 березня", "2023-03-08", false, "day"}}},
		{"yearless", "Про це стало відомо 31 грудня.", []want{{"31 грудня", "2022-12-31", false, "day"}}},
		{"yearless", "Зустріч призначено на 29 лютого.", []want{{"29 лютого", "", false, "day"}}},
		{"yearless", "Наказ підписали 30 лютого.", []want{{"30 лютого", "", false, "day"}}},
		{"yearless", "Виплати почнуться 31 листопада.", []want{{"31 листопада", "", false, "day"}}},
		{"not", "Олександр Лютий дав інтерв'ю.", nil},
		{"not", "На вулиці 8 Березня сталася аварія.", nil},
		{"not", "Про це йдеться в ст. 28 закону.", nil},
		{"not", "Дві тисячі років тому тут було місто.", nil},
		{"not", "Щойно уряд ухвалив закон.", nil},
		{"not", "Зараз триває засідання.", nil},
		{"not", "За тиждень до виборів кандидат зник.", nil},
		{"not", "Протягом місяця тривали бої.", nil},
	}
	runDateCensus(t, "dates (third)", tests, dateCensusThirdFloorS56A)
}
