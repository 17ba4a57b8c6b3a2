package amount_test

import "testing"

// TestS56AScaleThenWords: a scale noun with no number before it starts
// the number when lower groups in words follow it ("тисячу триста
// гривень" is 1300, not 300), in any case of the noun.
func TestS56AScaleThenWords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"тисяча and hundreds", "Кожен пенсіонер отримає тисячу триста гривень.",
			[]want{{"тисячу триста гривень", 1300, 0, "UAH", ""}}},
		{"тисяча, tens and units", "Рахунок склав тисяча сорок вісім гривень.",
			[]want{{"тисяча сорок вісім гривень", 1048, 0, "UAH", ""}}},
		{"genitive тисячі", "Бракує тисячі чотирьохсот доларів.",
			[]want{{"тисячі чотирьохсот доларів", 1400, 0, "USD", ""}}},
		{"мільйон and thousands", "Завод витратив мільйон сто тисяч євро.",
			[]want{{"мільйон сто тисяч євро", 1.1e6, 0, "EUR", ""}}},
		{"мільярд and millions after a bound", "Угода коштує понад мільярд триста мільйонів доларів.",
			[]want{{"понад мільярд триста мільйонів доларів", 1.3e9, 0, "USD", "more_than"}}},
		{"lower groups too big stay apart", "Там тисячу двісті тисяч гривень не рахували.",
			[]want{{"двісті тисяч гривень", 2e5, 0, "UAH", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWant(t, tt.in, tt.want) })
	}
}

// TestS56AChangeVerbs: "до" after more verbs and nouns of change gives
// the value reached, not an upper bound: упав (впав after a vowel),
// підскочити, злетіти, просісти, подвоїтися, падіння, обвал.
func TestS56AChangeVerbs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"упала", "Виручка мережі упала до 3 млн гривень.", []want{{"3 млн гривень", 3e6, 0, "UAH", ""}}},
		{"підскочили", "Ціни на яйця підскочили до 60 гривень.", []want{{"60 гривень", 60, 0, "UAH", ""}}},
		{"злетів", "Курс біткоїна злетів до 70 тисяч доларів.", []want{{"70 тисяч доларів", 7e4, 0, "USD", ""}}},
		{"просів", "Експорт зерна просів до 2 млрд доларів.", []want{{"2 млрд доларів", 2e9, 0, "USD", ""}}},
		{"потроїлася", "Ціна потроїлася до 900 євро.", []want{{"900 євро", 900, 0, "EUR", ""}}},
		{"падіння", "Аналітики чекають падіння врожаю до 40%.", []want{{"40%", 40, 0, "%", ""}}},
		{"обвал", "Триває обвал ринку акцій до 10%.", []want{{"10%", 10, 0, "%", ""}}},
		{"no change: still a bound", "Фермери отримають гранти до 5 тисяч євро.", []want{{"до 5 тисяч євро", 5000, 0, "EUR", "up_to"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWant(t, tt.in, tt.want) })
	}
}

// TestS56ACompoundOrdinal: cardinal words whose last word is an ordinal
// make a compound ordinal (a year or a rank in words), no amount.
func TestS56ACompoundOrdinal(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a year in words", "Школу відкрили в тисяча дев'ятсот шістдесят сьомому році.", nil},
		{"a year of the 2000s", "Реформа почалася у дві тисячі двадцять першому році.", nil},
		{"a rank", "Це вже сто двадцять п'ятий обстріл області.", nil},
		{"a cardinal before a noun stays", "Село отримало сто двадцять п'ять тисяч гривень.",
			[]want{{"сто двадцять п'ять тисяч гривень", 125000, 0, "UAH", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWant(t, tt.in, tt.want) })
	}
}

// TestS56ARangeEndsWrittenAlike: a dash joins the two ends of a range
// only when they are written alike, both in digits or both in words; a
// number in words, a dash and a sum in digits are a word and its price.
func TestS56ARangeEndsWrittenAlike(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a word, a dash, a price", "Великий кавун коштує 30 гривень, а один — 12 гривень.",
			[]want{{"30 гривень", 30, 0, "UAH", ""}, {"12 гривень", 12, 0, "UAH", ""}}},
		{"digits both ends", "Кавуни коштують 10 — 12 гривень.",
			[]want{{"10 — 12 гривень", 10, 12, "UAH", "range"}}},
		{"words both ends", "Ремонт обійдеться у два-три мільйони гривень.",
			[]want{{"два-три мільйони гривень", 2e6, 3e6, "UAH", "range"}}},
		{"words both ends, per cent", "Тарифи зростуть на п'ять-сім відсотків.",
			[]want{{"п'ять-сім відсотків", 5, 7, "%", "range"}}},
		{"words both ends, no unit nor scale", "Переговори тривали два-три тижні.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWant(t, tt.in, tt.want) })
	}
}

// TestS56AHalfAndSomeHundreds: "пів" spaced before a unit is half of it,
// and кілька before сотень or десятків is bounded by them, read as one
// amount with the vague word.
func TestS56AHalfAndSomeHundreds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"пів відсотка", "Ставку підняли на пів відсотка.", []want{{"пів відсотка", 0.5, 0, "%", ""}}},
		{"пів долара", "Бензин подешевшав на пів долара.", []want{{"пів долара", 0.5, 0, "USD", ""}}},
		{"пів and no unit", "Чекали пів години.", nil},
		{"кілька сотень", "Квитки коштують кілька сотень гривень.",
			[]want{{"кілька сотень гривень", 100, 0, "UAH", "more_than"}}},
		{"кількох десятків тисяч", "Збитки сягають кількох десятків тисяч євро.",
			[]want{{"кількох десятків тисяч євро", 1e4, 0, "EUR", "more_than"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWant(t, tt.in, tt.want) })
	}
}

// TestS56ASubunits: the hundredths of a currency after a whole sum in it
// belong to the sum (копійки of hryvnias, центи of dollars and euros).
func TestS56ASubunits(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"грн and коп.", "Буханець хліба коштує 31 грн 90 коп. у селі.", []want{{"31 грн 90 коп.", 31.9, 0, "UAH", ""}}},
		{"гривні and копійок", "Проїзд подорожчав на 3 гривні 5 копійок.", []want{{"3 гривні 5 копійок", 3.05, 0, "UAH", ""}}},
		{"доларів and центів", "Акція подешевшала до 12 доларів 40 центів.", []want{{"12 доларів 40 центів", 12.4, 0, "USD", ""}}},
		{"cents of another currency stay apart", "Ціна — 12 гривень 40 центів.", []want{{"12 гривень", 12, 0, "UAH", ""}}},
		{"a scaled sum takes none", "Вклали 5 млн гривень 20 копійками не обійшлося.", []want{{"5 млн гривень", 5e6, 0, "UAH", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWant(t, tt.in, tt.want) })
	}
}

// TestS56AHundredNoun: сотня, a hundred as a noun, counts like сто.
func TestS56AHundredNoun(t *testing.T) {
	checkWant(t, "Кожному дали сотню гривень.", []want{{"сотню гривень", 100, 0, "UAH", ""}})
	checkWant(t, "Небесна сотня загинула на Майдані.", nil)
}
