package event

import (
	"slices"
	"time"

	"github.com/vistka/vistka"
)

// weeksCoarse returns dates with each week ("минулого тижня", "наступного
// тижня", "два тижні тому"), which the date layer gives as its Monday,
// made the month its seven days lie in, or the year when they span two
// months of one year, or no value when they span two years: an event told
// to have happened some time in a week is dated no closer than that, not
// to the Monday. dates itself is not changed.
func weeksCoarse(dates []vistka.Date) []vistka.Date {
	var out []vistka.Date
	for i, d := range dates {
		if d.Granularity != "week" || d.Value == nil {
			continue
		}
		if out == nil {
			out = slices.Clone(dates)
		}
		out[i].Value = nil
		mon, err := time.Parse(time.DateOnly, *d.Value)
		if err != nil {
			continue
		}
		sun := mon.AddDate(0, 0, 6)
		var v string
		switch {
		case mon.Month() == sun.Month():
			v = mon.Format("2006-01")
		case mon.Year() == sun.Year():
			v = mon.Format("2006")
		default:
			continue
		}
		out[i].Value = &v
	}
	if out == nil {
		return dates
	}
	return out
}
