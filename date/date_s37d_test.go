package date_test

import (
	"testing"
	"time"
)

// TestS37DMorning: a morning told with no day of its own (`Вранці`,
// `Зранку`, `уранці`) in the past is the day of publication, as `вночі`
// is; one tied to a day before or after it (`у понеділок вранці`,
// `вранці 5 березня`, `сьогодні вранці`) is dated by that day; a morning
// told inside a quote or after що (the story's), and a habit in the
// present, by none; with no publication date it has no value.
func TestS37DMorning(t *testing.T) {
	thu := time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC)
	tests := []findCase{
		{"вранці", thu, "Вранці голова ОВА провів нараду з комунальниками.",
			[]want{{"Вранці", "2026-03-12", true, "day"}}},
		{"зранку", thu, "Зранку мер відвідав пошкоджену школу.",
			[]want{{"Зранку", "2026-03-12", true, "day"}}},
		{"a weekday before", thu, "У понеділок вранці мер відвідав пошкоджену школу.",
			[]want{{"понеділок", "2026-03-09", true, "day"}}},
		{"a day after", thu, "Вранці 10 березня мер відвідав пошкоджену школу.",
			[]want{{"10 березня", "2026-03-10", false, "day"}}},
		{"mid-sentence", thu, "Міністерка прибула до Києва вранці потягом.",
			[]want{{"вранці", "2026-03-12", true, "day"}}},
		{"told inside a quote", thu, "«Ми чекали всю ніч. Вранці приїхали екскаватори», – розповіла мешканка.", nil},
		{"told after що", thu, "Чоловік розповів, що ввечері залишив трактор біля гаража, а зранку побачив лише сліди.", nil},
		{"a habit", thu, "Вранці ми перевіряємо укриття.", nil},
		{"no publication date: no value", time.Time{}, "Вранці голова ОВА провів нараду.",
			[]want{{"Вранці", "", true, "day"}}},
	}
	runFindCases(t, tests)
}
