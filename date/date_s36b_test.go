package date_test

import (
	"testing"
	"time"
)

// TestS36BTwoDays: two days of one month joined by і, й or та ("2 і 3
// грудня") are two dates, the first taking the month and year of the
// second; a later day first, or a number that is no day, is left as it
// was.
func TestS36BTwoDays(t *testing.T) {
	sat := time.Date(2025, 12, 6, 9, 0, 0, 0, time.UTC)
	tests := []findCase{
		{"і", sat, "2 і 3 грудня міністерка провела в Парижі переговори.",
			[]want{{"2", "2025-12-02", false, "day"}, {"3 грудня", "2025-12-03", false, "day"}}},
		{"та, with the year", time.Time{}, "Консультації відбудуться у Львові 2 та 3 грудня 2025 року.",
			[]want{{"2", "2025-12-02", false, "day"}, {"3 грудня 2025 року", "2025-12-03", false, "day"}}},
		{"a later day first is no pair", sat, "Ще 5 і 3 грудня провели зустрічі.",
			[]want{{"3 грудня", "2025-12-03", false, "day"}}},
	}
	runFindCases(t, tests)
}
