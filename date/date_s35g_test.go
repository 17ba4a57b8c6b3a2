package date_test

import (
	"testing"
	"time"
)

// TestS35GWeekdayApposed: a weekday with the day written out after it
// ("У четвер, 14 серпня, …") is that day when the day falls on the
// weekday; a day on another weekday, or one that cannot be resolved,
// leaves the weekday with no value.
func TestS35GWeekdayApposed(t *testing.T) {
	fri := time.Date(2025, 8, 15, 9, 0, 0, 0, time.UTC) // a Friday
	mon := time.Date(2025, 9, 1, 9, 0, 0, 0, time.UTC)  // a Monday, 2.5 weeks later
	tests := []findCase{
		{"the day after, a comma between", fri, "У четвер, 14 серпня, з російського полону звільнено 84 українців.",
			[]want{{"четвер", "2025-08-14", true, "day"}, {"14 серпня", "2025-08-14", false, "day"}}},
		{"the weekday names another week than the nearest", mon, "У четвер, 14 серпня, з російського полону звільнено 84 українців.",
			[]want{{"четвер", "2025-08-14", true, "day"}, {"14 серпня", "2025-08-14", false, "day"}}},
		{"with the year, no publication date", time.Time{}, "У вівторок, 26 листопада 2024 року, депутати ухвалили бюджет.",
			[]want{{"вівторок", "2024-11-26", true, "day"}, {"26 листопада 2024 року", "2024-11-26", false, "day"}}},
		{"в and a day in brackets", fri, "В понеділок (11 серпня) суд оголосив вирок.",
			[]want{{"понеділок", "2025-08-11", true, "day"}, {"11 серпня", "2025-08-11", false, "day"}}},
		{"the day falls on another weekday", fri, "У середу, 14 серпня, з полону звільнено 84 українців.",
			[]want{{"середу", "", true, "day"}, {"14 серпня", "2025-08-14", false, "day"}}},
		{"no year and no publication date", time.Time{}, "У четвер, 14 серпня, з полону звільнено 84 українців.",
			[]want{{"четвер", "", true, "day"}, {"14 серпня", "", false, "day"}}},
	}
	runFindCases(t, tests)
}
