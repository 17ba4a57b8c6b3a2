package date_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/date"
)

// want is an expected date; value "" means null.
type want struct {
	text  string
	value string
	rel   bool
	gran  string
}

// tue is a Tuesday: 28 February 2023.
var tue = time.Date(2023, 2, 28, 15, 4, 0, 0, time.UTC)

// findCase is a text, its publication date and the dates Find must
// read in it, in order.
type findCase struct {
	name string
	pub  time.Time
	in   string
	want []want
}

// runFindCases runs Find over each case and compares every date's text,
// value, relativity and granularity with the case's.
func runFindCases(t *testing.T, tests []findCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := date.Find(tt.in, tt.pub)
			check(t, tt.in, got)
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %s, want %d dates", tt.in, dump(got), len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				v := ""
				if g.Value != nil {
					v = *g.Value
				}
				if g.Text != w.text || v != w.value || g.Relative != w.rel || g.Granularity != w.gran {
					t.Errorf("date %d = %s, want %+v", i, dump(got[i:i+1]), w)
				}
			}
		})
	}
}

func TestFind(t *testing.T) {
	tests := []findCase{
		// Weekdays: the tense of the clause decides the direction.
		// A day dated by від after a document noun is past.
		{"document dated: past whatever the verb", tue, "Про це йдеться в ухвалі Печерського районного суду від 10 вересня.",
			[]want{{"10 вересня", "2022-09-10", false, "day"}}},
		{"document dated, an abbreviation between", tue, "Про це свідчить рішення Господарського суду м. Києва від 6 вересня.",
			[]want{{"6 вересня", "2022-09-06", false, "day"}}},
		{"a sentence between the noun and від", tue, "Він оскаржив наказ. Від 6 березня він не працює.",
			[]want{{"6 березня", "2023-03-06", false, "day"}}},
		{"decision dated", tue, "Суд скасує рішення від 5 березня, яке оскаржили.",
			[]want{{"5 березня", "2022-03-05", false, "day"}}},
		{"від … до is a range, not a dating", tue, "Наказ діятиме від 5 березня до 10 березня.",
			[]want{{"5 березня", "2023-03-05", false, "day"}, {"10 березня", "2023-03-10", false, "day"}}},
		{"від without a document", tue, "Виставка працюватиме від 5 березня.",
			[]want{{"5 березня", "2023-03-05", false, "day"}}},
		// Two months in one hyphenated word.
		{"months in the locative with a year", tue, "У січні-грудні 2022 року керівником фірми був він.",
			[]want{{"січні", "2022-01", false, "month"}, {"грудні 2022 року", "2022-12", false, "month"}}},
		{"months in the genitive across the new year", tue, "Протягом грудня-лютого 2023 року фірма перерахувала кошти.",
			[]want{{"грудня", "2022-12", false, "month"}, {"лютого 2023 року", "2023-02", false, "month"}}},
		{"months without a year, past", tue, "У травні-жовтні фірма уклала угоди.",
			[]want{{"травні", "2022-05", false, "month"}, {"жовтні", "2022-10", false, "month"}}},
		{"hyphenated non-months", tue, "Травні-жовтні квіти і вересня-ранок.", nil},
		// A month in the accusative after на: what is set for it is to come.
		{"на and a month: set for the next one", tue, "Засідання перенесли на січень.",
			[]want{{"січень", "2024-01", false, "month"}}},
		{"на and this month", tue, "Візит запланований на лютий.",
			[]want{{"лютий", "2023-02", false, "month"}}},
		{"на лютий before a noun is the adjective", tue, "Синоптики обіцяють на лютий мороз.", nil},
		{"на and a range", tue, "Тариф встановили на травень – грудень 2023 року.",
			[]want{{"грудень 2023 року", "2023-12", false, "month"}}},
		{"станом на is a state, not a plan", tue, "Станом на січень у реєстрі було 300 боржників.", nil},
		{"за and a month is left", tue, "Борг із зарплати за січень погасили.", nil},
		// A weekday with its day written out is dated by the day; the
		// weekday takes its value only when the day falls on it (4
		// February 2023 was a Saturday, 1 March a Wednesday).
		{"weekday then its day", tue, "У неділю, 4 лютого, у Чернівцях відбулися змагання.",
			[]want{{"неділю", "", true, "day"}, {"4 лютого", "2023-02-04", false, "day"}}},
		{"weekday then its day in brackets", tue, "У середу (1 березня) відбудеться засідання.",
			[]want{{"середу", "2023-03-01", true, "day"}, {"1 березня", "2023-03-01", false, "day"}}},
		// через in a told past counts from a told event.
		{"через with a past verb", tue, "А через рік він поїхав до Львова.", nil},
		{"через with a future verb", tue, "Через рік відкриють школу.",
			[]want{{"Через рік", "2024", true, "year"}}},
		{"weekday past, same day", tue, "Міністр прибув у вівторок до Варшави.",
			[]want{{"вівторок", "2023-02-28", true, "day"}}},
		{"weekday future, same day", tue, "У вівторок планується зустріч міністрів.",
			[]want{{"вівторок", "2023-02-28", true, "day"}}},
		{"weekday past", tue, "У неділю в Одесі відбулася акція.",
			[]want{{"неділю", "2023-02-26", true, "day"}}},
		{"weekday future", tue, "У неділю в Одесі відбудеться акція.",
			[]want{{"неділю", "2023-03-05", true, "day"}}},
		{"weekday future with -тиме", tue, "Виставка працюватиме в суботу.",
			[]want{{"суботу", "2023-03-04", true, "day"}}},
		{"weekday with має + infinitive", tue, "Договір має бути підписаний у п'ятницю.",
			[]want{{"п'ятницю", "2023-03-03", true, "day"}}},
		{"reported future clause", tue, "У понеділок прем'єр заявив, що в четвер уряд розгляне бюджет.",
			[]want{{"понеділок", "2023-02-27", true, "day"}, {"четвер", "2023-03-02", true, "day"}}},
		{"relative clause is skipped", tue, "У середу делегація, яка наступного тижня відвідає Львів, зустрілася з мером.",
			[]want{{"середу", "2023-02-22", true, "day"}, {"наступного тижня", "2023-03-06", true, "week"}}},
		{"weekday, tense unknown: nearer", tue, "Засідання — у середу.",
			[]want{{"середу", "2023-03-01", true, "day"}}},
		{"напередодні with its subject before the verb", tue, "Напередодні російські війська атакували Харків.",
			[]want{{"Напередодні", "2023-02-27", true, "day"}}},
		{"напередодні of a genitive is no date", tue, "Напередодні російського вторгнення ситуація була напруженою.",
			nil},
		{"напередодні with a title and a name before the verb", tue, "Напередодні речниця МЗС Росії Марія Захарова заявила про удари.",
			[]want{{"Напередодні", "2023-02-27", true, "day"}}},
		{"напередодні with a body's name before the verb", tue, "Напередодні Служба безпеки України затримала адміністратора каналів.",
			[]want{{"Напередодні", "2023-02-27", true, "day"}}},
		{"напередодні of a day named by a capitalised genitive", tue, "Напередодні Дня Незалежності України відбувся концерт.",
			nil},
		{"напередодні of an event named, then a title", tue, "Напередодні саміту президент Петро Коваль заявив про удари.",
			nil},
		{"the night before a weekday", tue, "Російські війська в ніч на неділю атакували Одесу.",
			[]want{{"в ніч на неділю", "2023-02-26", true, "day"}}},
		{"last week's weekday", tue, "Минулого четверга парламент ухвалив закон.",
			[]want{{"Минулого четверга", "2023-02-23", true, "day"}}},
		{"next week's weekday", tue, "Наступної середи стартує набір.",
			[]want{{"Наступної середи", "2023-03-08", true, "day"}}},

		// Deictic days, weeks, months, years.
		{"today and yesterday", tue, "Сьогодні тепло, а вчора й учора падав сніг; позавчора теж.",
			[]want{{"Сьогодні", "2023-02-28", true, "day"}, {"вчора", "2023-02-27", true, "day"},
				{"учора", "2023-02-27", true, "day"}, {"позавчора", "2023-02-26", true, "day"}}},
		{"last night", tue, "Ворог уночі обстріляв село, а вночі на вівторок — місто.",
			[]want{{"уночі", "2023-02-28", true, "day"}}},
		{"this night and through the night", tue, "Цієї ночі дрони летіли на місто; протягом ночі збито вісім.",
			[]want{{"Цієї ночі", "2023-02-28", true, "day"}, {"протягом ночі", "2023-02-28", true, "day"}}},
		{"a night dated by its day", tue, "Учора вночі й 20 лютого вночі стріляли, а вночі 5 березня буде тихо.",
			[]want{{"Учора", "2023-02-27", true, "day"}, {"20 лютого", "2023-02-20", false, "day"}, {"5 березня", "2023-03-05", false, "day"}}},
		{"a span after another event", tue, "Візит відбувся через тиждень після заяви президента, а через два дні після саміту — переговори.", nil},
		{"a night as a habit", tue, "Ремонтники працюють вночі, а вночі буде до 10 градусів морозу.", nil},
		{"tomorrow", tue, "Завтра й післязавтра очікується мороз.",
			[]want{{"Завтра", "2023-03-01", true, "day"}, {"післязавтра", "2023-03-02", true, "day"}}},
		{"last week", tue, "Минулого тижня ціни зросли.",
			[]want{{"Минулого тижня", "2023-02-20", true, "week"}}},
		{"this and next week", tue, "Цього тижня і на наступному тижні.",
			[]want{{"Цього тижня", "2023-02-27", true, "week"}, {"наступному тижні", "2023-03-06", true, "week"}}},
		{"months", tue, "Минулого місяця і наступного місяця.",
			[]want{{"Минулого місяця", "2023-01", true, "month"}, {"наступного місяця", "2023-03", true, "month"}}},
		{"years", tue, "Наступного року, цього року, торік, цьогоріч, у минулому році.",
			[]want{{"Наступного року", "2024", true, "year"}, {"цього року", "2023", true, "year"},
				{"торік", "2022", true, "year"}, {"цьогоріч", "2023", true, "year"}, {"минулому році", "2022", true, "year"}}},
		{"ago and ahead", tue, "Три дні тому, два тижні тому, рік тому, через місяць і через 2 тижні.",
			[]want{{"Три дні тому", "2023-02-25", true, "day"}, {"два тижні тому", "2023-02-13", true, "week"},
				{"рік тому", "2022", true, "year"}, {"через місяць", "2023-03", true, "month"},
				{"через 2 тижні", "2023-03-13", true, "week"}}},
		{"recently has no value and is skipped", tue, "Нещодавно він повернувся додому.", nil},

		// Absolute dates.
		{"full date", tue, "Угоду підписали 24 серпня 1991 року.",
			[]want{{"24 серпня 1991 року", "1991-08-24", false, "day"}}},
		{"day and month, year from publication", tue, "Зустріч відбулася 28 лютого.",
			[]want{{"28 лютого", "2023-02-28", false, "day"}}},
		{"day and month in the past across the new year", time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC),
			"Концерт відбувся 28 грудня.", []want{{"28 грудня", "2023-12-28", false, "day"}}},
		{"day and month in the future across the new year", time.Date(2023, 12, 20, 0, 0, 0, 0, time.UTC),
			"Виставка відкриється 10 січня.", []want{{"10 січня", "2024-01-10", false, "day"}}},
		{"days of an act asked for: the nearest year, whatever the tense of the asking", time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC),
			"Генсек закликав сторони припинити вогонь з 20 грудня до 19 січня.",
			[]want{{"20 грудня", "2023-12-20", false, "day"}, {"19 січня", "2024-01-19", false, "day"}}},
		{"a conditional: the nearest year", tue, "Без траншу ми мали б розрив у бюджеті вже у квітні.",
			[]want{{"квітні", "2023-04", false, "month"}}},
		{"the day of the asking itself is past", time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC),
			"Генсек 20 березня закликав сторони припинити вогонь.",
			[]want{{"20 березня", "2023-03-20", false, "day"}}},
		{"numeric dates", tue, "Наказ від 28.02.2023 і запис 2023-02-28.",
			[]want{{"28.02.2023", "2023-02-28", false, "day"}, {"2023-02-28", "2023-02-28", false, "day"}}},
		{"two-digit years", tue, "Втрати з 24.02.22 по 15.03.24; ціна 1.5.22 грн.",
			[]want{{"24.02.22", "2022-02-24", false, "day"}, {"15.03.24", "2024-03-15", false, "day"}}},
		{"ISO date with a time", tue, "Оновлено 2023-02-28T10:15:00Z.",
			[]want{{"2023-02-28", "2023-02-28", false, "day"}}},
		{"ordinal day", tue, "Тарифи зміняться з 1-го березня.",
			[]want{{"1-го березня", "2023-03-01", false, "day"}}},
		{"month and year", tue, "Звіт за лютий 2023 року, дані з травня 2022 р., у березні 2021-го.",
			[]want{{"лютий 2023 року", "2023-02", false, "month"}, {"травня 2022 р.", "2022-05", false, "month"},
				{"березні 2021-го", "2021-03", false, "month"}}},
		{"month of a relative year", tue, "У травні минулого року та 5 березня наступного року.",
			[]want{{"травні минулого року", "2022-05", false, "month"}, {"5 березня наступного року", "2024-03-05", false, "day"}}},
		{"years", tue, "У 2023 році, 2022 року, 2021 р., 2020-го та у 2019-му році.",
			[]want{{"2023 році", "2023", false, "year"}, {"2022 року", "2022", false, "year"}, {"2021 р.", "2021", false, "year"},
				{"2020-го", "2020", false, "year"}, {"2019-му році", "2019", false, "year"}}},
		{"month alone in the past", tue, "У січні ціни зросли.",
			[]want{{"січні", "2023-01", false, "month"}}},
		{"month alone in the future", tue, "У січні відбудеться конкурс.",
			[]want{{"січні", "2024-01", false, "month"}}},
		{"month alone after a preposition", tue, "Ремонт триватиме до кінця березня.",
			[]want{{"березня", "2023-03", false, "month"}}},
		{"month alone, half a year away either way", tue, "Відпустка — у серпні.",
			[]want{{"серпні", "", false, "month"}}},

		// Ranges give two dates.
		{"day range across months", tue, "Форум триватиме 28 лютого – 1 березня.",
			[]want{{"28 лютого", "2023-02-28", false, "day"}, {"1 березня", "2023-03-01", false, "day"}}},
		{"day range with з … по", tue, "Навчання триватимуть з 6 по 10 березня.",
			[]want{{"6", "2023-03-06", false, "day"}, {"10 березня", "2023-03-10", false, "day"}}},
		{"day range with від … до and a year", tue, "Перевірка тривала від 6 до 12 червня 2018 року.",
			[]want{{"6", "2018-06-06", false, "day"}, {"12 червня 2018 року", "2018-06-12", false, "day"}}},
		{"a day of a month after з with no range", tue, "Закон діє з 1 березня.",
			[]want{{"1 березня", "2023-03-01", false, "day"}}},
		{"day range in one month", tue, "Ярмарок пройде 10–12 березня 2023 року.",
			[]want{{"10", "2023-03-10", false, "day"}, {"12 березня 2023 року", "2023-03-12", false, "day"}}},
		{"range over the new year", tue, "Канікули 28 грудня – 3 січня 2024 року.",
			[]want{{"28 грудня", "2023-12-28", false, "day"}, {"3 січня 2024 року", "2024-01-03", false, "day"}}},
		{"year range", tue, "У 2022–2023 роках і протягом (2014-2020).",
			[]want{{"2022", "2022", false, "year"}, {"2023 роках", "2023", false, "year"},
				{"2014", "2014", false, "year"}, {"2020", "2020", false, "year"}}},
		{"years from … to", tue, "Працював з 2001 по 2004 рр.",
			[]want{{"2001", "2001", false, "year"}, {"2004 рр.", "2004", false, "year"}}},
		{"year list", tue, "Перевірки були у 2015, 2017 і 2019 роках.",
			[]want{{"2015", "2015", false, "year"}, {"2017", "2017", false, "year"}, {"2019 роках", "2019", false, "year"}}},

		// Impossible and unknown.
		{"31 February", tue, "Документ датовано 31 лютого 2023 року.",
			[]want{{"31 лютого 2023 року", "", false, "day"}}},
		{"29 February in a common year", tue, "Дедлайн — 29.02.2023.",
			[]want{{"29.02.2023", "", false, "day"}}},
		{"29 February in a leap year", tue, "Дедлайн — 29.02.2024.",
			[]want{{"29.02.2024", "2024-02-29", false, "day"}}},
		{"no publication date: relative is null", time.Time{}, "Вчора у вівторок, 28 лютого.",
			[]want{{"Вчора", "", true, "day"}, {"вівторок", "", true, "day"}, {"28 лютого", "", false, "day"}}},
		{"no publication date: absolute stays", time.Time{}, "Угоду підписали 28 лютого 2023 року.",
			[]want{{"28 лютого 2023 року", "2023-02-28", false, "day"}}},
		{"no publication date: a day without a year takes the one year of the text's full dates", time.Time{},
			"Комісія 15 вересня ухвалила постанову. Виборчий процес почався 5 вересня 2015 року, вибори — 25 жовтня 2015 року.",
			[]want{{"15 вересня", "2015-09-15", false, "day"}, {"5 вересня 2015 року", "2015-09-05", false, "day"}, {"25 жовтня 2015 року", "2015-10-25", false, "day"}}},
		{"no publication date: full dates of two years settle no year", time.Time{},
			"Комісія 15 вересня ухвалила постанову. Процес почався 5 вересня 2015 року, а закінчиться 25 жовтня 2016 року.",
			[]want{{"15 вересня", "", false, "day"}, {"5 вересня 2015 року", "2015-09-05", false, "day"}, {"25 жовтня 2016 року", "2016-10-25", false, "day"}}},
		{"no publication date: a bare year of another year settles no year", time.Time{},
			"Кампанія – 2016 стартувала з 1 січня. Доходи 5 вересня 2015 року і 25 жовтня 2015 року декларують.",
			[]want{{"1 січня", "", false, "day"}, {"5 вересня 2015 року", "2015-09-05", false, "day"}, {"25 жовтня 2015 року", "2015-10-25", false, "day"}}},
		{"no publication date: one full date settles no year", time.Time{}, "Комісія 15 вересня ухвалила постанову про вибори 25 жовтня 2015 року.",
			[]want{{"15 вересня", "", false, "day"}, {"25 жовтня 2015 року", "2015-10-25", false, "day"}}},
		{"no publication date: a month of another year settles no year", time.Time{},
			"Суд 8 квітня ухвалив рішення. Договір уклали 5 вересня 2015 року і розірвали 25 жовтня 2015 року, а у серпні 2011 року фірма найняла підрядника.",
			[]want{{"8 квітня", "", false, "day"}, {"5 вересня 2015 року", "2015-09-05", false, "day"}, {"25 жовтня 2015 року", "2015-10-25", false, "day"}, {"серпні 2011 року", "2011-08", false, "month"}}},

		// Not dates.
		{"amounts and bare numbers", tue, "Зібрали 2023 гривні, 5 млн доларів, 30 років, у лютому 2500 військових.",
			[]want{{"лютому", "2023-02", false, "month"}}},
		{"adjective лютий", tue, "Лютий мороз і лютого ворога.", nil},
		{"decades and ordinals", tue, "У 1990-х, 5-ти, 10-річний, версія 1.2.3, 12.5 кг.", nil},
		{"next day is not resolvable", tue, "Наступного дня він поїхав.", nil},
		{"empty", tue, "", nil},
		{"garbage", tue, "--- ... 28.. .02. 2023-- у у в в ,,, «»", nil},
	}
	runFindCases(t, tests)
}

func TestFinderTense(t *testing.T) {
	// A caller's TenseFunc replaces the surface heuristic.
	future := func(date.Context) date.Tense { return date.Future }
	got := date.Finder{Published: tue, Tense: future}.Find("Він прибув у неділю.")
	if len(got) != 1 || got[0].Value == nil || *got[0].Value != "2023-03-05" {
		t.Fatalf("with a Future TenseFunc: %s, want 2023-03-05", dump(got))
	}
	// The context it is given holds the sentence and the expression.
	text := "Перше речення. Друге: у суботу відбудеться матч! Третє."
	var seen date.Context
	date.Finder{Published: tue, Tense: func(c date.Context) date.Tense { seen = c; return date.Unknown }}.Find(text)
	runes := []rune(text)
	if seen.Sentence != "Друге: у суботу відбудеться матч!" {
		t.Errorf("Sentence = %q", seen.Sentence)
	}
	if string(runes[seen.Start:seen.Start+utf8.RuneCountInString(seen.Sentence)]) != seen.Sentence {
		t.Errorf("Start %d does not point at the sentence", seen.Start)
	}
	if string(runes[seen.Expr.Start:seen.Expr.End]) != "суботу" {
		t.Errorf("Expr = %v, %q", seen.Expr, string(runes[seen.Expr.Start:seen.Expr.End]))
	}
}

func TestSurfaceTense(t *testing.T) {
	tests := []struct {
		sentence, expr string
		want           date.Tense
	}{
		{"Блінкен прибув у вівторок до Астани", "вівторок", date.Past},
		{"У вівторок відбулася зустріч", "вівторок", date.Past},
		{"Делегації зустрілися у вівторок", "вівторок", date.Past},
		{"У вівторок планується зустріч", "вівторок", date.Future},
		{"Зустріч заплановано на вівторок", "вівторок", date.Future},
		{"Засідання має відбутися у вівторок", "вівторок", date.Future},
		{"Прем'єр пообіцяв зустрітися з ними у середу", "середу", date.Future},
		{"Сторони домовилися провести раунд у четвер", "четвер", date.Future},
		{"Лідери в четвер домовилися надати кредит", "четвер", date.Past},
		{"У середу прем'єр пообіцяв зустрітися з ними", "середу", date.Past},
		{"У вівторок буде тепло", "вівторок", date.Future},
		{"Саміт триватиме до вівторка", "вівторка", date.Future},
		{"Президент заявив, що у вівторок відбудеться засідання", "вівторок", date.Future},
		{"У вівторок, як повідомлялося, Блінкен прибув до Астани", "вівторок", date.Past},
		{"Засідання у вівторок", "вівторок", date.Unknown},
		{"Олена Сила у вівторок", "вівторок", date.Unknown},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			i := strings.Index(tt.sentence, tt.expr)
			start := utf8.RuneCountInString(tt.sentence[:i])
			c := date.Context{Sentence: tt.sentence, Start: 0,
				Expr: vistka.Range{Start: start, End: start + utf8.RuneCountInString(tt.expr)}}
			if got := date.SurfaceTense(c); got != tt.want {
				t.Errorf("SurfaceTense = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTagged(t *testing.T) {
	// "Він приїде у вівторок": the tag says future though the surface does not.
	text := "Він приїде у вівторок."
	toks := []vistka.Token{
		{Text: "Він", Kind: vistka.Word, RStart: 0, REnd: 3, Tag: "noun:anim:m:v_naz:&pron:pers:3"},
		{Text: "приїде", Kind: vistka.Word, RStart: 4, REnd: 10, Tag: "verb:perf:futr:s:3"},
		{Text: "у", Kind: vistka.Word, RStart: 11, REnd: 12, Tag: "prep"},
		{Text: "вівторок", Kind: vistka.Word, RStart: 13, REnd: 21, Tag: "noun:inanim:m:v_zna"},
		{Text: ".", Kind: vistka.Punct, RStart: 21, REnd: 22, Tag: "punct"},
	}
	a := &vistka.Analysis{Text: text, Published: tue, Sentences: []vistka.Sentence{{RStart: 0, REnd: 22, Tokens: toks}}}
	got := date.Finder{Published: tue, Tense: date.Tagged(a)}.Find(text)
	if len(got) != 1 || got[0].Value == nil || *got[0].Value != "2023-02-28" {
		t.Fatalf("same weekday: %s", dump(got))
	}
	wed := tue.AddDate(0, 0, 1)
	got = date.Finder{Published: wed, Tense: date.Tagged(a)}.Find(text)
	if len(got) != 1 || got[0].Value == nil || *got[0].Value != "2023-03-07" {
		t.Fatalf("tagged future from a Wednesday: %s, want 2023-03-07", dump(got))
	}
	// Without tags it falls back to the surface.
	for i := range toks {
		toks[i].Tag = ""
	}
	got = date.Finder{Published: wed, Tense: date.Tagged(a)}.Find(text)
	if len(got) != 1 || got[0].Value == nil || *got[0].Value != "2023-02-28" {
		t.Fatalf("untagged, tense unknown, nearer Tuesday: %s, want 2023-02-28", dump(got))
	}
}

func TestFindLargeInput(t *testing.T) {
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(sample)
	}
	// No sentence ends: the tense lookup must stay bounded.
	b.WriteString(strings.Repeat("у вівторок ", 10000))
	text := b.String()
	got := date.Find(text, tue)
	check(t, text, got)
	if len(got) < 10000 {
		t.Fatalf("found %d dates in 1 MB, want more", len(got))
	}
}

// check verifies offsets: in range, in order, not overlapping, and Text
// equal to the runes they cut out; values are well-formed.
func check(t testing.TB, text string, got []vistka.Date) {
	t.Helper()
	if got == nil {
		t.Fatal("Find returned nil, want an empty slice")
	}
	runes := []rune(text)
	prev := 0
	for _, d := range got {
		if d.Start < prev || d.End <= d.Start || d.End > len(runes) {
			t.Fatalf("bad offsets %d:%d (previous end %d, length %d) for %q", d.Start, d.End, prev, len(runes), d.Text)
		}
		if s := string(runes[d.Start:d.End]); s != d.Text {
			t.Fatalf("text[%d:%d] = %q, Text = %q", d.Start, d.End, s, d.Text)
		}
		if d.Value != nil {
			layout := map[string]string{"day": time.DateOnly, "week": time.DateOnly, "month": "2006-01", "year": "2006"}[d.Granularity]
			if _, err := time.Parse(layout, *d.Value); layout == "" || err != nil {
				t.Fatalf("value %q does not fit granularity %q", *d.Value, d.Granularity)
			}
		}
		prev = d.End
	}
}

func dump(ds []vistka.Date) string {
	b, _ := json.Marshal(ds)
	return string(b)
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{sample, "28 лютого – 1 березня", "31 лютого", "2022–2023 роках", "у вівторок",
		"28.02.2023", "через 2 тижні", "з 2001 по 2004 рр.", "\xff28 лютого", "у\nвівторок"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := date.Find(text, tue)
		if !utf8.ValidString(text) {
			for _, d := range got {
				if d.End < d.Start || d.End > utf8.RuneCountInString(text) {
					t.Fatalf("bad offsets %d:%d", d.Start, d.End)
				}
			}
			return
		}
		check(t, text, got)
		check(t, text, date.Find(text, time.Time{}))
	})
}

const sample = `Державна делегація прибула у вівторок до Варшави, а в четвер планується зустріч з прем'єром.
Угоду про постачання підписали 28 лютого 2023 року; попередню — ще торік, у березні 2021-го.
Минулого тижня уряд схвалив програму, яка діятиме до кінця 2025 року. За словами міністра, наступного
року витрати зростуть на 5 млрд гривень, а звіт оприлюднять 15.03.2023. Вчора в Києві було тепло.
`

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(sample, 64)
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		date.Find(text, tue)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
