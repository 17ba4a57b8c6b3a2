package amount_test

import (
	"cmp"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/amount"
)

// want is an expected amount in a compact form: value and max of -1 mean
// null (absent for max).
type want struct {
	text  string
	value float64
	max   float64
	unit  string
	bound string
}

const null = -1

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"more than billions of dollars", "Товарообіг перевищив понад 62 млрд доларів за рік.",
			[]want{{"понад 62 млрд доларів", 62e9, 0, "USD", "more_than"}}},
		{"decimal comma with грн", "Громада отримала 7,08 млн грн на ремонт шкіл.",
			[]want{{"7,08 млн грн", 7080000, 0, "UAH", ""}}},
		{"about per cent", "Безробіття становить близько 5% населення.",
			[]want{{"близько 5%", 5, 0, "%", "about"}}},
		{"per cent with a space", "Ціни зросли на 5 % за місяць.",
			[]want{{"5 %", 5, 0, "%", ""}}},
		{"dollar sign before", "Стартап залучив $25 млн інвестицій.",
			[]want{{"$25 млн", 25e6, 0, "USD", ""}}},
		{"дол. США", "Угода оцінюється у 25 млн дол. США, повідомили в компанії.",
			[]want{{"25 млн дол. США", 25e6, 0, "USD", ""}}},
		{"euro sign", "Брюссель пообіцяв €3 млрд на відновлення.",
			[]want{{"€3 млрд", 3e9, 0, "EUR", ""}}},
		{"євро", "Німеччина виділить 3 млрд євро для енергетики.",
			[]want{{"3 млрд євро", 3e9, 0, "EUR", ""}}},
		{"grouped thousands", "Штраф становить 1 200 гривень.",
			[]want{{"1 200 гривень", 1200, 0, "UAH", ""}}},
		{"grouped with no-break space", "Премія — 15\u00a0000 гривень.",
			[]want{{"15\u00a0000 гривень", 15000, 0, "UAH", ""}}},
		{"тис. грн", "Збитки оцінили в 100 тис. грн.",
			[]want{{"100 тис. грн", 100000, 0, "UAH", ""}}},
		{"thousands and a digit rest", "Борг підприємства сягнув 412 тисяч 385 гривень.",
			[]want{{"412 тисяч 385 гривень", 412385, 0, "UAH", ""}}},
		{"millions and thousands in digits", "Ремонт обійдеться у 3 мільйони 750 тисяч гривень.",
			[]want{{"3 мільйони 750 тисяч гривень", 3750000, 0, "UAH", ""}}},
		{"bound before two groups", "Село отримало майже 1 млн 200 тис. грн субвенції.",
			[]want{{"майже 1 млн 200 тис. грн", 1200000, 0, "UAH", "about"}}},
		{"a bare second group needs a unit", "Там живе 12 тисяч 300 із них діти.",
			[]want{{"12 тисяч", 12000, 0, "", ""}}},
		{"a second group too big is its own", "Виділили 5 тисяч 2500 гривень пішло на фарбу.",
			[]want{{"5 тисяч", 5000, 0, "", ""}, {"2500 гривень", 2500, 0, "UAH", ""}}},
		{"half a million in one word", "Меценат пожертвував півмільйона доларів лікарні.",
			[]want{{"півмільйона доларів", 5e5, 0, "USD", ""}}},
		{"trillion without unit", "Держборг наблизився до позначки 2,5 трлн.",
			[]want{{"2,5 трлн", 2.5e12, 0, "", ""}}},
		{"scale word spelt out", "На рахунках фонду лежать 10 мільярдів.",
			[]want{{"10 мільярдів", 1e10, 0, "", ""}}},
		{"word numeral with persons", "На мітинг прийшли понад п'ять тисяч осіб.",
			[]want{{"понад п'ять тисяч осіб", 5000, 0, "особа", "more_than"}}},
		{"typographic apostrophe", "Евакуювали п’ять тисяч людей.",
			[]want{{"п’ять тисяч людей", 5000, 0, "людина", ""}}},
		{"modifier-letter apostrophe", "ʼ Прийшли пʼять тисяч людей ʼ.",
			[]want{{"пʼять тисяч людей", 5000, 0, "людина", ""}}},
		{"compound word numeral", "Їй повернули двадцять п'ять тисяч гривень.",
			[]want{{"двадцять п'ять тисяч гривень", 25000, 0, "UAH", ""}}},
		{"word numeral per cent", "Підтримка зросла на п'ять відсотків.",
			[]want{{"п'ять відсотків", 5, 0, "%", ""}}},
		{"digits with відсотків", "Опитування показало 5 відсотків прихильників.",
			[]want{{"5 відсотків", 5, 0, "%", ""}}},
		{"percentage points", "Ставку підняли на 2 відсоткових пункти.",
			[]want{{"2 відсоткових пункти", 2, 0, "pp", ""}}},
		{"п.п.", "Показник додав 0,5 п.п. за квартал.",
			[]want{{"0,5 п.п.", 0.5, 0, "pp", ""}}},
		{"scale alone", "Кампанія коштувала 2 млн.",
			[]want{{"2 млн", 2e6, 0, "", ""}}},
		{"up to", "Банк видасть кредити до 100 млн гривень.",
			[]want{{"до 100 млн гривень", 1e8, 0, "UAH", "up_to"}}},
		{"до after a verb of change", "Інфляція сповільнилася до 3,2%.",
			[]want{{"3,2%", 3.2, 0, "%", ""}}},
		{"до after a change by an amount and a comma", "Квитки подорожчали приблизно на 12%, до 35 євро. Уряд виділить на ремонт шкіл, до 35 млн грн.",
			[]want{{"приблизно на 12%", 12, 0, "%", "about"}, {"35 євро", 35, 0, "EUR", ""}, {"до 35 млн грн", 35e6, 0, "UAH", "up_to"}}},
		{"до after a change by an amount and a dash", "Товарообіг зріс на 12% — до 310 млн євро. Фонд отримає – до 5 млн євро.",
			[]want{{"12%", 12, 0, "%", ""}, {"310 млн євро", 310e6, 0, "EUR", ""}, {"до 5 млн євро", 5e6, 0, "EUR", "up_to"}}},
		{"до in the clause of a verb of change", "Японія знизила граничну ціну на російську нафту до 44,10 долара за барель.",
			[]want{{"44,10 долара", 44.1, 0, "USD", ""}}},
		{"до far from a verb of change", "Уряд знизив податки. Банк видасть малим та середнім підприємствам кредити до 100 млн гривень.",
			[]want{{"до 100 млн гривень", 1e8, 0, "UAH", "up_to"}}},
		{"a word of making is no verb of change", "Банк надасть виробникам кредити на суму до 40 млн євро. Обсяг виробництва зріс до 12%.",
			[]want{{"до 40 млн євро", 40e6, 0, "EUR", "up_to"}, {"12%", 12, 0, "%", ""}}},
		{"до after a change by an amount with the verb left out", "Дохід зріс на 5%, а виробництво – на 12%, до 9,8 млрд гривень.",
			[]want{{"5%", 5, 0, "%", ""}, {"12%", 12, 0, "%", ""}, {"9,8 млрд гривень", 9.8e9, 0, "UAH", ""}}},
		{"до after a change verb is no bound", "Облікова ставка знизилася до 15%.",
			[]want{{"15%", 15, 0, "%", ""}}},
		{"менше ніж", "Інфляція становила менше ніж 3%.",
			[]want{{"менше ніж 3%", 3, 0, "%", "less_than"}}},
		{"менш як", "Залишилося менш як 4 відсотки бюджету.",
			[]want{{"менш як 4 відсотки", 4, 0, "%", "less_than"}}},
		{"майже", "Явка склала майже 70%.",
			[]want{{"майже 70%", 70, 0, "%", "about"}}},
		{"приблизно", "Проєкт коштує приблизно 1,5 млн євро.",
			[]want{{"приблизно 1,5 млн євро", 1.5e6, 0, "EUR", "about"}}},
		{"орієнтовно", "Зібрали орієнтовно 300 тонн зерна.",
			[]want{{"орієнтовно 300 тонн", 300, 0, "тонна", "about"}}},
		{"більше ніж", "Загинули більше ніж 40 людей.",
			[]want{{"більше ніж 40 людей", 40, 0, "людина", "more_than"}}},
		{"щонайменше", "Постраждали щонайменше 12 осіб.",
			[]want{{"щонайменше 12 осіб", 12, 0, "особа", "more_than"}}},
		{"щонайменше в, a number in words", "Підготовка фахівця оцінюється щонайменше в півмільйона євро.",
			[]want{{"щонайменше в півмільйона євро", 5e5, 0, "EUR", "more_than"}}},
		{"майже на, a number in words", "Ціни зросли майже на п'ять тисяч гривень.",
			[]want{{"майже на п'ять тисяч гривень", 5000, 0, "UAH", "about"}}},
		{"не більше ніж", "Знижка становить не більше ніж 10%.",
			[]want{{"не більше ніж 10%", 10, 0, "%", "up_to"}}},
		{"range with a hyphen", "Ремонт обійдеться в 1,5-2 млрд доларів.",
			[]want{{"1,5-2 млрд доларів", 1.5e9, 2e9, "USD", "range"}}},
		{"range with en dash", "Очікуване зростання — 5–7%.",
			[]want{{"5–7%", 5, 7, "%", "range"}}},
		{"range with currency sign", "Зарплати розробників — $80-90 тис. на рік.",
			[]want{{"$80-90 тис.", 8e4, 9e4, "USD", "range"}}},
		{"від … до", "Гранти становлять від 5 до 10 тисяч гривень.",
			[]want{{"від 5 до 10 тисяч гривень", 5000, 10000, "UAH", "range"}}},
		{"з … до is a change", "Податок зріс з 18% до 20%.",
			[]want{{"18%", 18, 0, "%", ""}, {"20%", 20, 0, "%", ""}}},
		{"з … до shares the unit", "Проїзд подорожчав з 8 до 15 гривень.",
			[]want{{"8", 8, 0, "UAH", ""}, {"15 гривень", 15, 0, "UAH", ""}}},
		{"falling range is no range", "У 2022 – 5 млн доларів прибутку.",
			[]want{{"5 млн доларів", 5e6, 0, "USD", ""}}},
		{"inflected currencies", "Курс — 40 гривні за долар, 10 доларами більше, 500 рублів, 100 юанів, 300 тенге.",
			[]want{{"40 гривні", 40, 0, "UAH", ""}, {"10 доларами", 10, 0, "USD", ""}, {"500 рублів", 500, 0, "RUB", ""},
				{"100 юанів", 100, 0, "CNY", ""}, {"300 тенге", 300, 0, "KZT", ""}}},
		{"a bound before у/в and the number", "Збитки оцінили щонайменше у 2 млн грн, а контракт — приблизно в $120 млн.",
			[]want{{"щонайменше у 2 млн грн", 2e6, 0, "UAH", "more_than"}, {"приблизно в $120 млн", 120e6, 0, "USD", "about"}}},
		{"a bound before на and the number", "Члени НАТО мають витрачати щонайменше на 1% ВВП, а ціни зросли майже на 5%.",
			[]want{{"щонайменше на 1%", 1, 0, "%", "more_than"}, {"майже на 5%", 5, 0, "%", "about"}}},
		{"kroner named by their country", "Норвегія виділить 8 млрд норвезьких крон, Данія – 2 млрд данських крон.",
			[]want{{"8 млрд норвезьких крон", 8e9, 0, "NOK", ""}, {"2 млрд данських крон", 2e9, 0, "DKK", ""}}},
		{"forints", "Угорщина витратила 5 млрд форинтів.",
			[]want{{"5 млрд форинтів", 5e9, 0, "HUF", ""}}},
		{"bare francs and pounds", "Берн виділяє 5 млрд франків, Лондон — 2 млн фунтів.",
			[]want{{"5 млрд франків", 5e9, 0, "CHF", ""}, {"2 млн фунтів", 2e6, 0, "GBP", ""}}},
		{"pounds sterling", "Клуб заплатив 80 млн фунтів стерлінгів.",
			[]want{{"80 млн фунтів стерлінгів", 8e7, 0, "GBP", ""}}},
		{"pound sign", "Квиток коштує £12.",
			[]want{{"£12", 12, 0, "GBP", ""}}},
		{"hryvnia sign", "Ціна — ₴350.",
			[]want{{"₴350", 350, 0, "UAH", ""}}},
		{"ISO codes", "Сума 1 млн USD та UAH 500.",
			[]want{{"1 млн USD", 1e6, 0, "USD", ""}, {"UAH 500", 500, 0, "UAH", ""}}},
		{"adjective decides the dollar", "Інвестиції склали 2 млн канадських доларів.",
			[]want{{"2 млн канадських доларів", 2e6, 0, "CAD", ""}}},
		{"the dollars of New Zealand, Singapore and Hong Kong", "Уряд виділив 16 млн новозеландських доларів, фонд — 3 млн сінгапурських доларів, а банк — 40 млн гонконзьких доларів.",
			[]want{{"16 млн новозеландських доларів", 16e6, 0, "NZD", ""}, {"3 млн сінгапурських доларів", 3e6, 0, "SGD", ""}, {"40 млн гонконзьких доларів", 40e6, 0, "HKD", ""}}},
		{"доларів США", "Внесок становив 50 000 доларів США.",
			[]want{{"50 000 доларів США", 5e4, 0, "USD", ""}}},
		{"glued scale", "Виручка — $29,70млн.",
			[]want{{"$29,70млн", 2.97e7, 0, "USD", ""}}},
		{"decimal thousands", "Кошторис — 24 800,0 тис. грн.",
			[]want{{"24 800,0 тис. грн", 2.48e7, 0, "UAH", ""}}},
		{"dotted thousands", "Приз — 1.000.000 доларів.",
			[]want{{"1.000.000 доларів", 1e6, 0, "USD", ""}}},
		{"ambiguous dot is unknown", "Зарплата — 1.200 грн.",
			[]want{{"1.200 грн", null, 0, "UAH", ""}}},
		{"english separators", "Grant: 1,000,000 USD.",
			[]want{{"1,000,000 USD", 1e6, 0, "USD", ""}}},
		{"tens of thousands", "Десятки тисяч людей вийшли на вулиці.",
			[]want{{"Десятки тисяч людей", 1e4, 0, "людина", "more_than"}}},
		{"millions of dollars", "Компанія втратила мільйони доларів.",
			[]want{{"мільйони доларів", 1e6, 0, "USD", "more_than"}}},
		{"a few million", "На це пішло кілька мільйонів гривень.",
			[]want{{"кілька мільйонів гривень", 1e6, 0, "UAH", "more_than"}}},
		{"a thousand after a bound", "У забігу взяли участь понад тисячу осіб.",
			[]want{{"понад тисячу осіб", 1000, 0, "особа", "more_than"}}},
		{"one million", "Він виграв мільйон доларів.",
			[]want{{"мільйон доларів", 1e6, 0, "USD", ""}}},
		{"півтора", "Кредит на півтора мільйона гривень.",
			[]want{{"півтора мільйона гривень", 1.5e6, 0, "UAH", ""}}},
		{"half a per cent", "Ставка зросла на піввідсотка.",
			[]want{{"піввідсотка", 0.5, 0, "%", ""}}},
		{"minus spelt out", "Зростання ВВП склало мінус 5% за рік.",
			[]want{{"мінус 5%", -5, 0, "%", ""}}},
		{"з лишком inside", "Витратили 100 з лишком тисяч гривень.",
			[]want{{"100 з лишком тисяч гривень", 1e5, 0, "UAH", "more_than"}}},
		{"з лишком after", "Зібрали 300 гривень з лишком.",
			[]want{{"300 гривень з лишком", 300, 0, "UAH", "more_than"}}},
		{"collective numeral", "Затримали п'ятеро людей.",
			[]want{{"п'ятеро людей", 5, 0, "людина", ""}}},
		{"dot of a finished sentence is not the abbreviation's", "Ціна — 5 млн. Це багато.",
			[]want{{"5 млн", 5e6, 0, "", ""}}},
		{"dot of an abbreviation inside a sentence", "Ціна — 5 млн. грн на рік.",
			[]want{{"5 млн. грн", 5e6, 0, "UAH", ""}}},

		// Not amounts.
		// A change from a value given with з, a time phrase between: the
		// value reached has no bound.
		{"from, a time phrase, then до", "Частка зросла з 13,9% на початку 2021 року до 16,9% на початку 2022 року.",
			[]want{{"13,9%", 13.9, 0, "%", ""}, {"16,9%", 16.9, 0, "%", ""}}},
		{"from, a year, then до, spaced marks", "( з 17 % у 2011 р . до 23 % на початку 2012 р . )",
			[]want{{"17 %", 17, 0, "%", ""}, {"23 %", 23, 0, "%", ""}}},
		{"з with another unit keeps до a bound", "Фонд має 5% акцій, а з 5% акцій отримали до 2 млн грн.",
			[]want{{"5%", 5, 0, "%", ""}, {"5%", 5, 0, "%", ""}, {"до 2 млн грн", 2e6, 0, "UAH", "up_to"}}},
		{"a new sentence ends the change", "Ставка впала з 15%. До 20% клієнтів пішли.",
			[]want{{"15%", 15, 0, "%", ""}, {"До 20%", 20, 0, "%", "up_to"}}},
		// Square metres.
		{"кв. м", "Він задекларував квартиру площею 53 кв. м, а дружина – 45 кв. м. у Луганську.",
			[]want{{"53 кв. м", 53, 0, "квадратний метр", ""}, {"45 кв. м.", 45, 0, "квадратний метр", ""}}},
		{"кв.м and квадратних метрів", "Офіс на 197 кв.м і будинок на 515 квадратних метрів.",
			[]want{{"197 кв.м", 197, 0, "квадратний метр", ""}, {"515 квадратних метрів", 515, 0, "квадратний метр", ""}}},
		{"кв. м. at the end of a sentence", "Площа складу – 1224 кв. м. Його орендує фірма.",
			[]want{{"1224 кв. м", 1224, 0, "квадратний метр", ""}}},
		{"a stray space after a decimal comma", "Приміщення площею 65,8 кв. м, 105 кв. м та 97, 4 кв. м в будівлі.",
			[]want{{"65,8 кв. м", 65.8, 0, "квадратний метр", ""}, {"105 кв. м", 105, 0, "квадратний метр", ""}, {"4 кв. м", null, 0, "квадратний метр", ""}}},
		{"a price of a square metre", "Ціни починаються від $1327 кв. м у центрі.",
			[]want{{"$1327", 1327, 0, "USD", ""}}},
		{"one square metre is a price basis", "Вартість одного квадратного метра землі зросла.", nil},
		{"кв alone is no unit", "Квартира 5 кв. 12 на третьому поверсі.", nil},
		{"years and dates", "28 лютого 2023 року, у 2023 році, 28.02.2023, 2023-02-28.", nil},
		{"plain numbers", "За більш ніж 30 років п'яти центральноазіатських республік.", nil},
		{"codes", "Формат С5+1, COVID-19, G7, Су-27 і 5G.", nil},
		{"ordinals and compounds", "5-річний план, 10-ти відсоткова, 2023-го.", nil},
		{"versions, times and fractions", "Версія 1.2.3 о 10:30, графік 24/7.", nil},
		{"bare vague words", "Тисячі українців і мільйони європейців.", nil},
		{"one of", "США є одним із найбільших інвесторів.", nil},
		{"no line crossing", "Зібрали 5\nмлн гривень.", nil},
		{"empty", "", nil},
		{"garbage", "$$$ %%% 12.. ,,5 --7 млн. ... € ₴", nil},
		{"unbalanced quotes", "«Понад 10 млн доларів\" — (сказав", []want{{"Понад 10 млн доларів", 1e7, 0, "USD", "more_than"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWant(t, tt.in, tt.want) })
	}
}

// checkWant runs Find on in and compares what it finds with want.
func checkWant(t *testing.T, in string, want []want) {
	t.Helper()
	got := amount.Find(in)
	check(t, in, got)
	if len(got) != len(want) {
		t.Fatalf("Find(%q) = %s, want %d amounts", in, dump(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Text != w.text || g.Unit != w.unit || g.Bound != w.bound {
			t.Errorf("amount %d = %s, want %+v", i, dump(got[i:i+1]), w)
		}
		switch {
		case w.value == null && g.Value != nil:
			t.Errorf("amount %d value = %v, want null", i, *g.Value)
		case w.value != null && (g.Value == nil || *g.Value != w.value):
			t.Errorf("amount %d = %s, want value %v", i, dump(got[i:i+1]), w.value)
		}
		switch {
		case w.max == 0 && g.Max != nil:
			t.Errorf("amount %d max = %v, want none", i, *g.Max)
		case w.max != 0 && (g.Max == nil || *g.Max != w.max):
			t.Errorf("amount %d = %s, want max %v", i, dump(got[i:i+1]), w.max)
		}
	}
}

func TestFindLargeInput(t *testing.T) {
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(sample)
		b.WriteString("1234567890 ")
	}
	b.WriteString(strings.Repeat("9", 5000) + " трлн доларів")
	text := b.String()
	got := amount.Find(text)
	check(t, text, got)
	if len(got) < 1000 {
		t.Fatalf("found %d amounts in 1 MB, want many", len(got))
	}
	last := got[len(got)-1]
	if last.Unit != "USD" || last.Value != nil {
		t.Errorf("overflowing amount = %s, want USD with a null value", dump([]vistka.Amount{last}))
	}
}

// check verifies the invariants every result must keep: offsets in range,
// in order, not overlapping, and Text equal to the runes they cut out.
func check(t testing.TB, text string, got []vistka.Amount) {
	t.Helper()
	if got == nil {
		t.Fatal("Find returned nil, want an empty slice")
	}
	runes := []rune(text)
	prev := 0
	for _, a := range got {
		if a.Start < prev || a.End <= a.Start || a.End > len(runes) {
			t.Fatalf("bad offsets %d:%d (previous end %d, length %d) for %q", a.Start, a.End, prev, len(runes), a.Text)
		}
		if s := string(runes[a.Start:a.End]); s != a.Text {
			t.Fatalf("text[%d:%d] = %q, Text = %q", a.Start, a.End, s, a.Text)
		}
		if !utf8.ValidString(a.Text) {
			t.Fatalf("invalid UTF-8 in %q", a.Text)
		}
		if a.Max != nil && (a.Value == nil || *a.Max <= *a.Value || a.Bound != vistka.BoundRange) {
			t.Fatalf("bad range %s", dump([]vistka.Amount{a}))
		}
		prev = a.End
	}
}

func dump(as []vistka.Amount) string {
	b, _ := json.Marshal(as)
	return string(b)
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{sample, "1,5-2 млрд доларів", "від 5 до 10 тисяч", "$80-90 тис.", "28.02.2023",
		"понад п'ять тисяч осіб", "1.200 грн", "з 5 до 7%", "півмільйона", "\xff\xfe5 млн", "5 млн.\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			// Offsets are code points; invalid bytes are one code point
			// each, which []rune agrees with, but Text keeps the byte.
			got := amount.Find(text)
			for _, a := range got {
				if a.End < a.Start || a.End > utf8.RuneCountInString(text) {
					t.Fatalf("bad offsets %d:%d", a.Start, a.End)
				}
			}
			return
		}
		check(t, text, amount.Find(text))
	})
}

// sample is news-like text with and without amounts.
const sample = `Уряд спрямує понад 62 млрд доларів на відбудову, з них 7,08 млн грн — на школи Житомирщини.
За даними статистиків, безробіття становить близько 5%, а інфляція — менше ніж 3%. Депутати обговорили
бюджет на 2024 рік у вівторок, 28 лютого, і погодили кредит до 100 млн гривень. Ремонт мосту обійдеться
в 1,5-2 млрд доларів; на мітинг прийшли понад п'ять тисяч осіб. Міністр заявив, що програма працює вже
понад 30 років і охоплює п'ять областей. Ціни на пальне зросли з 52 до 55 гривень за літр.
`

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(sample, 64)
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		amount.Find(text)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestSameUnits checks that a sum with a scale word and no unit takes the
// currency of the sum with a scale word before it in its sentence, and
// not across a sentence's end, from a sum without a scale word, or with a
// unit of its own.
func TestSameUnits(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Вартість проєкту – 4,2 млн євро, з яких 3 млн – грант ЄС.", "EUR EUR"},
		{"Японія надала понад $12 млрд допомоги, з них близько 4,5 млрд – у вигляді грантів.", "USD USD"},
		{"Бюджет становив 18 млн грн. Ще 12 млн надало Держкіно.", "UAH -"},
		{"Квиток коштує 500 грн, а 3 млн його купили.", "UAH -"},
		{"Бюджет становив 18 млн грн, із яких 12 млн доларів дали партнери.", "UAH USD"},
	} {
		out := amount.Find(c.text)
		amount.SameUnits(c.text, out)
		var got []string
		for _, a := range out {
			got = append(got, cmp.Or(a.Unit, "-"))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: units %q, want %q", c.text, g, c.want)
		}
	}
}
