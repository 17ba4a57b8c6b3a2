package date_test

import (
	"fmt"
	"sort"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/date"
)

// dateCensusCase is one written form of a date (or of a look-alike that
// is none) in a sentence of its own, with the class of forms it stands
// for and what date/doc.go says Find must read in it, published tue.
type dateCensusCase struct {
	class string
	in    string
	want  []want
}

// dateCensusFloorS56A is how many census cases must be right: a miss is
// a finding to study, not a failure; the floor keeps what has been won.
const dateCensusFloorS56A = 110

// TestCensusS56A runs the census of date forms (session 56, helper
// h56a): full and numeric dates with every month in its cases, months
// and years, weekdays, deictic words, relative weeks, months and years,
// periods, impossible dates, and look-alikes that are no dates. The wants
// were written from the package contract before the census was first
// run; the publication date is tue, Tuesday 28 February 2023.
func TestCensusS56A(t *testing.T) {
	tests := []dateCensusCase{
		// Full dates, every month in the genitive.
		{"full", "Договір підписали 12 січня 2022 року.", []want{{"12 січня 2022 року", "2022-01-12", false, "day"}}},
		{"full", "Закон ухвалили 28 лютого 2023 року.", []want{{"28 лютого 2023 року", "2023-02-28", false, "day"}}},
		{"full", "Рішення ухвалили 3 березня 2021 р.", []want{{"3 березня 2021 р.", "2021-03-03", false, "day"}}},
		{"full", "Суд розглянув справу 15 квітня 2020 року.", []want{{"15 квітня 2020 року", "2020-04-15", false, "day"}}},
		{"full", "Війна в Європі закінчилася 9 травня 1945 року.", []want{{"9 травня 1945 року", "1945-05-09", false, "day"}}},
		{"full", "Фірму зареєстрували 1 червня 2019 року.", []want{{"1 червня 2019 року", "2019-06-01", false, "day"}}},
		{"full", "Зернову угоду уклали 22 липня 2022 року.", []want{{"22 липня 2022 року", "2022-07-22", false, "day"}}},
		{"full", "Саміт відбувся 23 серпня 2021 року.", []want{{"23 серпня 2021 року", "2021-08-23", false, "day"}}},
		{"full", "Школи відкрилися 1 вересня 2022 року.", []want{{"1 вересня 2022 року", "2022-09-01", false, "day"}}},
		{"full", "Указ підписали 14 жовтня 2022 року.", []want{{"14 жовтня 2022 року", "2022-10-14", false, "day"}}},
		{"full", "Херсон звільнили 11 листопада 2022 року.", []want{{"11 листопада 2022 року", "2022-11-11", false, "day"}}},
		{"full", "Свято відзначили 25 грудня 2022 року.", []want{{"25 грудня 2022 року", "2022-12-25", false, "day"}}},
		{"full", "Вибори призначили на 31 березня 2024 року.", []want{{"31 березня 2024 року", "2024-03-31", false, "day"}}},
		{"full", "Ухвалу постановлено 5 жовтня 2021-го.", []want{{"5 жовтня 2021-го", "2021-10-05", false, "day"}}},

		// Numeric dates.
		{"numeric", "Наказ від 28.02.2023 набув чинності.", []want{{"28.02.2023", "2023-02-28", false, "day"}}},
		{"numeric", "Оновлено 2023-02-28 о 10:00.", []want{{"2023-02-28", "2023-02-28", false, "day"}}},
		{"numeric", "Рішення від 01.03.2022 скасовано.", []want{{"01.03.2022", "2022-03-01", false, "day"}}},
		{"numeric", "Протокол від 5.11.2021 долучено.", []want{{"5.11.2021", "2021-11-05", false, "day"}}},
		{"numeric", "Станом на 15.02.23 боргів не було.", []want{{"15.02.23", "2023-02-15", false, "day"}}},
		{"numeric", "Звіт за 2022-12-31 опубліковано.", []want{{"2022-12-31", "2022-12-31", false, "day"}}},

		// A day and month without a year: the tense settles the year.
		{"daymonth", "Зустріч відбулася 28 лютого.", []want{{"28 лютого", "2023-02-28", false, "day"}}},
		{"daymonth", "Переговори відбулися 20 грудня.", []want{{"20 грудня", "2022-12-20", false, "day"}}},
		{"daymonth", "Форум відбудеться 15 квітня.", []want{{"15 квітня", "2023-04-15", false, "day"}}},
		{"daymonth", "Конференція відбудеться 10 січня.", []want{{"10 січня", "2024-01-10", false, "day"}}},
		{"daymonth", "Уряд ухвалив постанову 5 лютого.", []want{{"5 лютого", "2023-02-05", false, "day"}}},
		{"daymonth", "Тарифи зміняться з 1-го квітня.", []want{{"1-го квітня", "2023-04-01", false, "day"}}},

		// A month with a year, in its cases.
		{"month", "У січні 2023 року ціни зросли.", []want{{"січні 2023 року", "2023-01", false, "month"}}},
		{"month", "У квітні 2022 року армія звільнила Київщину.", []want{{"квітні 2022 року", "2022-04", false, "month"}}},
		{"month", "В липні 2021 року проєкт завершили.", []want{{"липні 2021 року", "2021-07", false, "month"}}},
		{"month", "У травні 2022-го фірма закрилася.", []want{{"травні 2022-го", "2022-05", false, "month"}}},
		{"month", "У вересні 2022 року почався контрнаступ.", []want{{"вересні 2022 року", "2022-09", false, "month"}}},
		{"month", "У листопаді 2022 року світло вимикали.", []want{{"листопаді 2022 року", "2022-11", false, "month"}}},
		{"month", "У червні 2021 року вони зустрілися.", []want{{"червні 2021 року", "2021-06", false, "month"}}},
		{"month", "У серпні 2020 року протести почалися.", []want{{"серпні 2020 року", "2020-08", false, "month"}}},
		{"month", "У грудні 2019 року зустрілися лідери.", []want{{"грудні 2019 року", "2019-12", false, "month"}}},
		{"month", "Звіт за січень 2023 року опубліковано.", []want{{"січень 2023 року", "2023-01", false, "month"}}},
		{"month", "Дані з жовтня 2022 р. оновлено.", []want{{"жовтня 2022 р.", "2022-10", false, "month"}}},
		{"month", "Ціни зросли в березні 2022 року.", []want{{"березні 2022 року", "2022-03", false, "month"}}},

		// A month alone: the tense settles the year.
		{"monthalone", "У квітні уряд ухвалив постанову.", []want{{"квітні", "2022-04", false, "month"}}},
		{"monthalone", "У жовтні відбудуться вибори.", []want{{"жовтні", "2023-10", false, "month"}}},
		{"monthalone", "Наприкінці березня відкриють міст.", []want{{"березня", "2023-03", false, "month"}}},
		{"monthalone", "Наприкінці січня уряд ухвалив рішення.", []want{{"січня", "2023-01", false, "month"}}},
		{"monthalone", "У середині грудня вони підписали угоду.", []want{{"грудня", "2022-12", false, "month"}}},
		{"monthalone", "На початку квітня розпочнеться посівна.", []want{{"квітня", "2023-04", false, "month"}}},
		{"monthalone", "Засідання перенесли на березень.", []want{{"березень", "2023-03", false, "month"}}},
		{"monthalone", "Торік у травні завод зупинився.", []want{{"Торік у травні", "2022-05", false, "month"}}},

		// Years.
		{"year", "У 2022 році економіка впала.", []want{{"2022 році", "2022", false, "year"}}},
		{"year", "На початку 2024 року запрацює завод.", []want{{"2024 року", "2024", false, "year"}}},
		{"year", "З 2014 року триває війна.", []want{{"2014 року", "2014", false, "year"}}},
		{"year", "Закон ухвалили у 2021-му.", []want{{"2021-му", "2021", false, "year"}}},
		{"year", "Компанію створили 2019 р.", []want{{"2019 р.", "2019", false, "year"}}},
		{"year", "Наприкінці 2022 року ціни зросли.", []want{{"2022 року", "2022", false, "year"}}},

		// Weekdays: the tense decides the direction.
		{"weekday", "У вівторок міністр прибув до Києва.", []want{{"вівторок", "2023-02-28", true, "day"}}},
		{"weekday", "В понеділок президент провів нараду.", []want{{"понеділок", "2023-02-27", true, "day"}}},
		{"weekday", "У середу відбудеться засідання уряду.", []want{{"середу", "2023-03-01", true, "day"}}},
		{"weekday", "У четвер парламент ухвалив закон.", []want{{"четвер", "2023-02-23", true, "day"}}},
		{"weekday", "У п'ятницю ворог обстріляв місто.", []want{{"п'ятницю", "2023-02-24", true, "day"}}},
		{"weekday", "У суботу волонтери зібрали допомогу.", []want{{"суботу", "2023-02-25", true, "day"}}},
		{"weekday", "У неділю пройде марафон.", []want{{"неділю", "2023-03-05", true, "day"}}},
		{"weekday", "В понеділок відбудеться зустріч.", []want{{"понеділок", "2023-03-06", true, "day"}}},
		{"weekday", "Минулої п'ятниці уряд ухвалив рішення.", []want{{"Минулої п'ятниці", "2023-02-24", true, "day"}}},
		{"weekday", "Минулої середи делегація прибула до Варшави.", []want{{"Минулої середи", "2023-02-22", true, "day"}}},
		{"weekday", "Наступного понеділка почнуться переговори.", []want{{"Наступного понеділка", "2023-03-06", true, "day"}}},
		{"weekday", "Минулої неділі пройшли вибори.", []want{{"Минулої неділі", "2023-02-26", true, "day"}}},

		// Deictic days.
		{"deictic", "Вчора ворог атакував Харків.", []want{{"Вчора", "2023-02-27", true, "day"}}},
		{"deictic", "Позавчора вони повернулися додому.", []want{{"Позавчора", "2023-02-26", true, "day"}}},
		{"deictic", "Сьогодні уряд ухвалив рішення.", []want{{"Сьогодні", "2023-02-28", true, "day"}}},
		{"deictic", "Завтра відбудеться засідання.", []want{{"Завтра", "2023-03-01", true, "day"}}},
		{"deictic", "Учора в Києві пройшла акція.", []want{{"Учора", "2023-02-27", true, "day"}}},
		{"deictic", "Післязавтра почнеться саміт.", []want{{"Післязавтра", "2023-03-02", true, "day"}}},

		// Relative weeks, months and years.
		{"relperiod", "Минулого тижня ціни зросли.", []want{{"Минулого тижня", "2023-02-20", true, "week"}}},
		{"relperiod", "Цього тижня уряд ухвалить бюджет.", []want{{"Цього тижня", "2023-02-27", true, "week"}}},
		{"relperiod", "Наступного тижня почнуться переговори.", []want{{"Наступного тижня", "2023-03-06", true, "week"}}},
		{"relperiod", "Минулого місяця експорт упав.", []want{{"Минулого місяця", "2023-01", true, "month"}}},
		{"relperiod", "Цього місяця запрацює новий міст.", []want{{"Цього місяця", "2023-02", true, "month"}}},
		{"relperiod", "Наступного місяця відкриють школу.", []want{{"Наступного місяця", "2023-03", true, "month"}}},
		{"relperiod", "Минулого року врожай був рекордним.", []want{{"Минулого року", "2022", true, "year"}}},
		{"relperiod", "Наступного року податки зростуть.", []want{{"Наступного року", "2024", true, "year"}}},
		{"relperiod", "Торік експорт зменшився.", []want{{"Торік", "2022", true, "year"}}},
		{"relperiod", "Цьогоріч урожай буде меншим.", []want{{"Цьогоріч", "2023", true, "year"}}},
		{"relperiod", "Позаторік завод закрили.", []want{{"Позаторік", "2021", true, "year"}}},
		{"relperiod", "Два дні тому ворог обстріляв село.", []want{{"Два дні тому", "2023-02-26", true, "day"}}},
		{"relperiod", "Через тиждень відкриють виставку.", []want{{"Через тиждень", "2023-03-06", true, "week"}}},
		{"relperiod", "На наступному тижні відбудеться саміт.", []want{{"наступному тижні", "2023-03-06", true, "week"}}},
		{"relperiod", "Цього року інфляція сповільниться.", []want{{"Цього року", "2023", true, "year"}}},

		// Periods: two dates.
		{"period", "Фестиваль триватиме з 1 по 5 березня.", []want{{"1", "2023-03-01", false, "day"}, {"5 березня", "2023-03-05", false, "day"}}},
		{"period", "Навчання тривали з 10 по 15 січня.", []want{{"10", "2023-01-10", false, "day"}, {"15 січня", "2023-01-15", false, "day"}}},
		{"period", "Виставка працюватиме 20–25 квітня 2023 року.", []want{{"20", "2023-04-20", false, "day"}, {"25 квітня 2023 року", "2023-04-25", false, "day"}}},
		{"period", "Саміт триватиме з 28 лютого по 2 березня 2023 року.", []want{{"28 лютого", "2023-02-28", false, "day"}, {"2 березня 2023 року", "2023-03-02", false, "day"}}},
		{"period", "У 2020–2022 роках компанія росла.", []want{{"2020", "2020", false, "year"}, {"2022 роках", "2022", false, "year"}}},
		{"period", "Перевірка тривала з 5 до 9 грудня 2022 року.", []want{{"5", "2022-12-05", false, "day"}, {"9 грудня 2022 року", "2022-12-09", false, "day"}}},

		// Impossible dates: no value, never a wrong one.
		{"invalid", "Документ датовано 31 лютого 2023 року.", []want{{"31 лютого 2023 року", "", false, "day"}}},
		{"invalid", "Дедлайн — 30.02.2023.", []want{{"30.02.2023", "", false, "day"}}},
		{"invalid", "Акт склали 31 квітня 2022 року.", []want{{"31 квітня 2022 року", "", false, "day"}}},
		{"invalid", "Рішення від 31.04.2023 оскаржили.", []want{{"31.04.2023", "", false, "day"}}},
		{"invalid", "Зустріч відбулася 31 лютого.", []want{{"31 лютого", "", false, "day"}}},
		{"invalid", "Звіт за 31.09.2022 опубліковано.", []want{{"31.09.2022", "", false, "day"}}},
		{"invalid", "Дата 29 лютого 2024 року.", []want{{"29 лютого 2024 року", "2024-02-29", false, "day"}}},

		// Look-alikes that are no dates.
		{"not", "Засідання почнеться о 10:30.", nil},
		{"not", "Уряд виділив 5 млн доларів.", nil},
		{"not", "Йому було 30 років.", nil},
		{"not", "У 1990-х країна бідувала.", nil},
		{"not", "Наступного дня він поїхав.", nil},
		{"not", "Нещодавно він повернувся.", nil},
		{"not", "Днями уряд розгляне питання.", nil},
		{"not", "Лютий мороз скував річку.", nil},
		{"not", "Ціна — 12.5 гривні за кілограм.", nil},
		{"not", "Нині ситуація складна.", nil},
		{"not", "Версія 1.2.3 вийшла.", nil},
		{"not", "У ХХ столітті місто росло.", nil},
	}
	runDateCensus(t, "dates", tests, dateCensusFloorS56A)
}

// runDateCensus counts the census cases Find reads as they want,
// published tue, logs each miss with what Find got and the counts by
// class, and fails when fewer than floor cases are right.
func runDateCensus(t *testing.T, name string, tests []dateCensusCase, floor int) {
	t.Helper()
	right := 0
	byClass := map[string][2]int{} // right, all
	for _, tt := range tests {
		got := date.Find(tt.in, tue)
		check(t, tt.in, got)
		c := byClass[tt.class]
		c[1]++
		if diff := dateCensusDiff(got, tt.want); diff != "" {
			t.Logf("miss [%s] %q: %s; got %s", tt.class, tt.in, diff, dump(got))
		} else {
			right++
			c[0]++
		}
		byClass[tt.class] = c
	}
	classes := make([]string, 0, len(byClass))
	for c := range byClass {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	for _, c := range classes {
		t.Logf("class %-10s %d/%d", c, byClass[c][0], byClass[c][1])
	}
	t.Logf("census s56a %s: %d/%d right", name, right, len(tests))
	if right < floor {
		t.Errorf("census s56a %s: %d right, under the floor %d", name, right, floor)
	}
}

// dateCensusDiff says how got differs from want, "" when it does not.
func dateCensusDiff(got []vistka.Date, want []want) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d dates, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		v := ""
		if g.Value != nil {
			v = *g.Value
		}
		if g.Text != w.text || v != w.value || g.Relative != w.rel || g.Granularity != w.gran {
			return fmt.Sprintf("date %d: want %+v", i, w)
		}
	}
	return ""
}
