package date_test

import "testing"

// dateCensusFourthFloorS56A is the floor of the fourth census wave.
const dateCensusFourthFloorS56A = 20

// TestCensusFourthS56A is the fourth wave of the date census (session
// 56, helper h56a), written before it ran: glued abbreviations of рік,
// ordinal days in a period, nights between two days, поточний рік, and
// numeric ranges. Published tue.
func TestCensusFourthS56A(t *testing.T) {
	tests := []dateCensusCase{
		{"glued", "Звіт подали 28.02.2023р. до суду.", []want{{"28.02.2023р.", "2023-02-28", false, "day"}}},
		{"glued", "Закон ухвалили у 2021р. без змін.", []want{{"2021р.", "2021", false, "year"}}},
		{"glued", "Договір підписали 5 березня 2021р. у Львові.", []want{{"5 березня 2021р.", "2021-03-05", false, "day"}}},
		{"current", "Наказ видали 28 лютого поточного року.", []want{{"28 лютого поточного року", "2023-02-28", false, "day"}}},
		{"current", "У поточному році бюджет зріс.", []want{{"поточному році", "2023", true, "year"}}},
		{"current", "У січні поточного року ціни зросли.", []want{{"січні поточного року", "2023-01", false, "month"}}},
		{"period", "Вночі з 27 на 28 лютого ворог атакував.", []want{{"28 лютого", "2023-02-28", false, "day"}}},
		{"period", "Фестиваль пройде з 1-го по 5-те березня.", []want{{"1-го", "2023-03-01", false, "day"}, {"5-те березня", "2023-03-05", false, "day"}}},
		{"period", "Збори триватимуть 27–28 березня.", []want{{"27", "2023-03-27", false, "day"}, {"28 березня", "2023-03-28", false, "day"}}},
		{"period", "Саміт відбувся 1 і 2 лютого.", []want{{"1", "2023-02-01", false, "day"}, {"2 лютого", "2023-02-02", false, "day"}}},
		{"period", "З 2022 по 2023 рік ціни зросли.", []want{{"2022", "2022", false, "year"}, {"2023 рік", "2023", false, "year"}}},
		{"numeric", "Станом на 01.02.2023 боргів не було.", []want{{"01.02.2023", "2023-02-01", false, "day"}}},
		{"numeric", "Звіт за 2023/24 навчальний рік.", nil},
		{"month", "Наприкінці лютого 2023 року ціни зросли.", []want{{"лютого 2023 року", "2023-02", false, "month"}}},
		{"month", "Протягом березня-квітня триватимуть роботи.", []want{{"березня", "2023-03", false, "month"}, {"квітня", "2023-04", false, "month"}}},
		{"weekday", "Минулого тижня, у четвер, уряд зібрався.", []want{{"Минулого тижня", "2023-02-20", true, "week"}, {"четвер", "2023-02-23", true, "day"}}},
		{"weekday", "Цієї неділі пройде марафон.", []want{{"Цієї неділі", "2023-03-05", true, "day"}}},
		{"not", "Рейс 12.05 прибув.", nil},
		{"not", "У 1990-ті роки країна бідувала.", nil},
		{"not", "Вони прожили разом 28 років.", nil},
	}
	runDateCensus(t, "dates (fourth)", tests, dateCensusFourthFloorS56A)
}
