package date

import (
	"testing"
	"time"
)

// TestWordDates checks the dates in words past the first words scan.words
// tells one by one, which only the words of dateWords may open: months,
// weekdays, a count of units ago; other words open none.
func TestWordDates(t *testing.T) {
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC) // a Thursday
	for _, tt := range []struct{ text, want string }{
		{"Три дні тому він прибув до Києва.", "Три дні тому"},
		{"Делегація була тут рік тому.", "рік тому"},
		{"Уряд ухвалив рішення тиждень тому.", "тиждень тому"},
		{"Зустріч відбулася у вівторок у Брюсселі.", "вівторок"},
		{"Угоду підписали у лютому в Парижі.", "лютому"},
		{"Роботи триватимуть з травня.", "травня"},
		{"Делегація прибула в ніч на середу.", "в ніч на середу"},
		{"Уряд ухвалив постанову про тисячі будинків.", ""},
		{"Мер міста заявив про ремонт доріг.", ""},
		{"Дні тому минули.", ""},
	} {
		got := Finder{Published: pub}.Find(tt.text)
		text := ""
		if len(got) > 0 {
			text = got[0].Text
		}
		if text != tt.want {
			t.Errorf("%q: first date %q, want %q", tt.text, text, tt.want)
		}
	}
	old := func(w string) (unit, bool) {
		switch w {
		case "день":
			return day, true
		case "дні", "днів", "дня":
			return day, false
		case "тиждень":
			return week, true
		case "тижні", "тижнів", "тижня":
			return week, false
		case "місяць":
			return month, true
		case "місяці", "місяців", "місяця":
			return month, false
		case "рік":
			return year, true
		case "роки", "років", "року":
			return year, false
		}
		return noUnit, false
	}
	for _, w := range []string{"", "день", "дні", "днів", "дня", "днях", "тиждень", "тижні", "тижнів", "тижня", "місяць", "місяці",
		"місяців", "місяця", "рік", "роки", "років", "року", "році", "годин", "хвилин"} {
		u, s := unitWord(w)
		ou, os := old(w)
		if u != ou || s != os {
			t.Errorf("unitWord(%q) = %v, %v; want %v, %v", w, u, s, ou, os)
		}
	}
}

// TestDateSieve checks that dateSieve lets every key of dateWords
// through, so that scan.words asks the map about each of them.
func TestDateSieve(t *testing.T) {
	if len(dateWords) == 0 {
		t.Fatal("no date words")
	}
	for w := range dateWords {
		if !dateSieve.May(w) {
			t.Errorf("dateSieve stops %q", w)
		}
	}
}
