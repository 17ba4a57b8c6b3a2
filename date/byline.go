package date

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// bylineLines is how many lines from the top a byline date may stand on,
// and bylineWidth the longest such line, in code points: a body paragraph
// is longer.
const (
	bylineLines = 8
	bylineWidth = 80
)

// bylineLabels are the words a page may put before its date.
var bylineLabels = []string{"опубліковано", "дата публікації", "дата", "оновлено", "published", "updated"}

// Byline returns the publication date a text copied from a news page
// gives on a line of its own near the top ("12.03.2026 10:15", "12 березня
// 2026, 14:05", "Опубліковано: 12 березня 2026 р."): the first line among
// the first eight, short, that holds one date with its year and day and
// nothing else but a time, a label and punctuation. A dateline in the body
// ("КИЇВ, 12 березня /Укрінформ/.") names no year and does not count. ok
// is false when there is no such line.
func Byline(text string) (published time.Time, ok bool) {
	for n := 0; n < bylineLines && text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimSpace(line)
		if line == "" {
			n--
			continue
		}
		if utf8.RuneCountInString(line) > bylineWidth {
			return time.Time{}, false
		}
		if t, ok := bylineDate(line); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// bylineDate reads a line that is a date with its year and day and
// nothing else but a time, a label and punctuation.
func bylineDate(line string) (time.Time, bool) {
	ds := Find(line, time.Time{})
	if len(ds) != 1 || ds[0].Value == nil || len(*ds[0].Value) != len(time.DateOnly) || ds[0].Relative {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, *ds[0].Value)
	if err != nil {
		return time.Time{}, false
	}
	rs := []rune(line)
	rest := strings.ToLower(string(rs[:ds[0].Start]) + " " + string(rs[ds[0].End:]))
	for _, l := range bylineLabels {
		rest = strings.ReplaceAll(rest, l, " ")
	}
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != ':' || r == '|' || r == '—' || r == '–'
	}) {
		if !clock(f) && strings.Trim(f, ":") != "" && f != "р" && f != "року" && f != "о" {
			return time.Time{}, false
		}
	}
	return t, true
}

// clock reports a time of day: 10:15, 9:05.
func clock(s string) bool {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return false
	}
	for _, r := range h + m {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
