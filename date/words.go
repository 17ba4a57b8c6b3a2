package date

import (
	"time"

	sc "github.com/vistka/vistka/internal/scan"
)

// Grammatical case of a month or weekday name, as far as dates need it.
type gcase uint8

const (
	nom gcase = iota // лютий; for weekdays also the accusative: вівторок
	gen              // лютого, вівторка
	loc              // у лютому
	acc              // у середу
)

type monthForm struct {
	month time.Month
	c     gcase
}

var months = map[string]monthForm{}

type weekdayForm struct {
	day time.Weekday
	c   gcase
}

var weekdays = map[string]weekdayForm{}

func init() {
	for i, forms := range [12][3]string{
		{"січень", "січня", "січні"},
		{"лютий", "лютого", "лютому"},
		{"березень", "березня", "березні"},
		{"квітень", "квітня", "квітні"},
		{"травень", "травня", "травні"},
		{"червень", "червня", "червні"},
		{"липень", "липня", "липні"},
		{"серпень", "серпня", "серпні"},
		{"вересень", "вересня", "вересні"},
		{"жовтень", "жовтня", "жовтні"},
		{"листопад", "листопада", "листопаді"},
		{"грудень", "грудня", "грудні"},
	} {
		for c, f := range forms {
			months[f] = monthForm{time.Month(i + 1), gcase(c)}
		}
	}
	for _, w := range []struct {
		day                 time.Weekday
		nomin, accus, genit string
	}{
		{time.Monday, "понеділок", "понеділок", "понеділка"},
		{time.Tuesday, "вівторок", "вівторок", "вівторка"},
		{time.Wednesday, "середа", "середу", "середи"},
		{time.Thursday, "четвер", "четвер", "четверга"},
		{time.Friday, "п'ятниця", "п'ятницю", "п'ятниці"},
		{time.Saturday, "субота", "суботу", "суботи"},
		{time.Sunday, "неділя", "неділю", "неділі"},
	} {
		// The masculine names are the same in both cases; acc wins.
		weekdays[w.nomin] = weekdayForm{w.day, nom}
		weekdays[w.accus] = weekdayForm{w.day, acc}
		weekdays[w.genit] = weekdayForm{w.day, gen}
	}
	for w := range months {
		dateWords[w] = true
	}
	for w := range weekdays {
		dateWords[w] = true
	}
	for w := range small {
		dateWords[w] = true
	}
	for w := range unitForms {
		dateWords[w] = true
	}
	for w := range dateWords {
		dateSieve.Add(w)
	}
}

// dateWords are the words a date in words may open with, past the
// words scan.words names one by one: the names of the months and the
// days of the week, the numerals of a count and the units counted.
var dateWords = map[string]bool{}

// dateSieve holds the keys of dateWords, which scan.words asks about every
// word: most words it stops with no lookup.
var dateSieve sc.Sieve

// IsWeekday reports whether w, in lower case, is a form of the name of a
// day of the week: понеділок, середу, п'ятниці.
func IsWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// IsMonth reports whether w, in lower case, is a form of the name of a
// month: березень, березня, березні.
func IsMonth(w string) bool {
	_, ok := months[w]
	return ok
}

// yearWord reports the forms of рік that follow a year: 2023 року, у 2023
// році; plural forms only close a range of years (2022–2023 роках).
func yearWord(w string) (ok, plural bool) {
	switch w {
	case "рік", "року", "році", "роком", "р":
		return true, false
	case "роки", "роках", "років", "рр":
		return true, true
	}
	return false, false
}

// Units of "N днів тому", "через два тижні".
type unit uint8

const (
	noUnit unit = iota
	day
	week
	month
	year
)

func unitWord(w string) (u unit, singular bool) {
	f := unitForms[w]
	return f.u, f.singular
}

// unitForm is what unitWord tells of a form.
type unitForm struct {
	u        unit
	singular bool
}

// unitForms are the forms of the units.
var unitForms = map[string]unitForm{
	"день": {day, true}, "дні": {day, false}, "днів": {day, false}, "дня": {day, false},
	"тиждень": {week, true}, "тижні": {week, false}, "тижнів": {week, false}, "тижня": {week, false},
	"місяць": {month, true}, "місяці": {month, false}, "місяців": {month, false}, "місяця": {month, false},
	"рік": {year, true}, "роки": {year, false}, "років": {year, false}, "року": {year, false},
}

// small reads the numerals that count days, weeks, months and years.
var small = map[string]int{
	"один": 1, "одна": 1, "одного": 1, "одну": 1, "два": 2, "дві": 2, "двох": 2, "три": 3, "трьох": 3,
	"чотири": 4, "чотирьох": 4, "п'ять": 5, "п'яти": 5, "шість": 6, "шести": 6, "сім": 7, "семи": 7,
	"вісім": 8, "восьми": 8, "дев'ять": 9, "дев'яти": 9, "десять": 10, "десяти": 10,
	"одинадцять": 11, "дванадцять": 12, "п'ятнадцять": 15, "двадцять": 20, "тридцять": 30,
	"сто": 100, "півтора": 0, "півтори": 0,
}

// Words that place a relative period: минулого тижня, у цьому році.
func deixis(w string) (offset int, ok bool) {
	switch w {
	case "минулого", "минулої", "минулому", "минулій", "минулий", "минулу", "минулого-таки":
		return -1, true
	case "позаминулого", "позаминулому", "позаминулий":
		return -2, true
	case "цього", "цієї", "цьому", "цій", "цей", "цю", "поточного", "поточному", "поточний", "нинішнього", "нинішньому", "нинішній":
		return 0, true
	case "наступного", "наступної", "наступному", "наступній", "наступний", "наступну", "прийдешнього":
		return 1, true
	}
	return 0, false
}

// monthPrepositions are the words after which a month name in the
// genitive alone is a date: з травня, до кінця березня.
var monthPrepositions = map[string]bool{
	"з": true, "із": true, "зі": true, "від": true, "до": true, "кінця": true, "початку": true, "середини": true,
	"половини": true, "наприкінці": true, "напочатку": true, "протягом": true, "впродовж": true, "упродовж": true,
	"після": true, "середині": true, "кінці": true, "числах": true, "чисел": true,
}

// streetWords name streets and squares, whose names may be a day and a
// capitalised month: вулиця 8 Березня, площа 9 Січня.
var streetWords = map[string]bool{
	"вулиця": true, "вулиці": true, "вулицю": true, "вулицею": true, "вул": true,
	"площа": true, "площі": true, "площу": true, "площею": true, "пл": true,
	"провулок": true, "провулку": true, "пров": true, "проспект": true, "проспекті": true, "просп": true,
	"бульвар": true, "бульварі": true, "бульв": true, "набережна": true, "набережній": true,
}
