package amount_test

import "testing"

// censusFourthFloorS56A is the floor of the fourth census wave.
const censusFourthFloorS56A = 20

// TestCensusFourthS56A is the fourth wave of the census (session 56,
// helper h56a), written before it ran, on forms where a wrong certainty
// may hide: separators that read two ways, signs, abbreviated units,
// adjectives made of amounts.
func TestCensusFourthS56A(t *testing.T) {
	tests := []censusCase{
		{"separator", "Ціна — 1,000 доларів.", []want{{"1,000 доларів", null, 0, "USD", ""}}},
		{"separator", "Кошторис — 5.000 грн.", []want{{"5.000 грн", null, 0, "UAH", ""}}},
		{"separator", "Курс склав 41,123 гривні за долар.", []want{{"41,123 гривні", null, 0, "UAH", ""}}},
		{"separator", "Виплата — 10 000,50 грн.", []want{{"10 000,50 грн", 10000.5, 0, "UAH", ""}}},
		{"sign", "Зростання ВВП: −3% за рік.", []want{{"−3%", -3, 0, "%", ""}}},
		{"sign", "Індекс змінився на +2,5%.", []want{{"+2,5%", 2.5, 0, "%", ""}}},
		{"unit", "Україна експортувала 100 тис. т зерна.", []want{{"100 тис. т", 1e5, 0, "тонна", ""}}},
		{"unit", "Зарплата — 1 500 грн/міс.", []want{{"1 500 грн", 1500, 0, "UAH", ""}}},
		{"unit", "Ціна — 20 $ за штуку.", []want{{"20 $", 20, 0, "USD", ""}}},
		{"unit", "Завод випускає 5 млн т сталі.", []want{{"5 млн т", 5e6, 0, "тонна", ""}}},
		{"unit", "Дохід склав 3 млрд. дол. США.", []want{{"3 млрд. дол. США", 3e9, 0, "USD", ""}}},
		{"unit", "Кредит у 2 млн дол США підписали.", []want{{"2 млн дол США", 2e6, 0, "USD", ""}}},
		{"adjective", "Уряд оголосив 25%-ве мито.", nil},
		{"adjective", "Вони взяли мільярдний кредит.", nil},
		{"adjective", "Його оштрафували на тисячу гривень.", []want{{"тисячу гривень", 1000, 0, "UAH", ""}}},
		{"bound", "Частка становить понад 50 %.", []want{{"понад 50 %", 50, 0, "%", "more_than"}}},
		{"bound", "Кредит — не більше ніж 1 млн грн.", []want{{"не більше ніж 1 млн грн", 1e6, 0, "UAH", "up_to"}}},
		{"bound", "Ціна — трохи більше 5 тисяч гривень.", []want{{"більше 5 тисяч гривень", 5000, 0, "UAH", "more_than"}}},
		{"bound", "Ціни зросли більш ніж удвічі, на 110%.", []want{{"110%", 110, 0, "%", ""}}},
		{"range", "Ціна — 5–5,5 тис. грн.", []want{{"5–5,5 тис. грн", 5000, 5500, "UAH", "range"}}},
		{"range", "Зарплати — 15 000–20 000 гривень.", []want{{"15 000–20 000 гривень", 15000, 20000, "UAH", "range"}}},
		{"range", "Витрати зросли з 2 до 3 млрд грн.", []want{{"2", 2e9, 0, "UAH", ""}, {"3 млрд грн", 3e9, 0, "UAH", ""}}},
		{"not", "Номер рахунку 2600 1234 5678 90.", nil},
		{"not", "Вони живуть у квартирі 45.", nil},
		{"not", "Матч 1/8 фіналу відбудеться.", nil},
		{"not", "Рейтинг 4,5 з 5 зірок.", nil},
		{"not", "Телефон 0 800 500 335.", nil},
	}
	scoreCensus(t, "amounts (fourth)", tests, censusFourthFloorS56A)
}
