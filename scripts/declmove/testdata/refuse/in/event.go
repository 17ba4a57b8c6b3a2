package event

import (
	"sort"
	"strings"
	"unicode/utf8"

	"example.com/lib/date"
)

// Find is the entry point and stays.
func Find(words []string) int {
	sort.Strings(words)
	return count(words) + width(words[0]) + len(stopWords)
}

// count counts words; it moves with this comment.
func count(words []string) int {
	n := 0
	for _, w := range words {
		if strings.TrimSpace(w) != "" {
			n++
		}
	}
	return n
}

// A section comment set apart by a blank line belongs to the block below.

// stopWords are words no event is read from.
var (
	stopWords = map[string]bool{"і": true} // the conjunction
	starts    = []string{"у"}
)

type finder struct {
	toks []string
}

// width is a method of no type: a plain function.
func width(s string) int { return utf8.RuneCountInString(s) }

// low gives token i lower-cased.
func (f *finder) low(i int) string {
	return strings.ToLower(f.toks[i])
}

// day has a local variable named like an import: date stays unused here.
func (f *finder) day() string {
	date := f.low(0)
	return date
}

// parse uses the date package.
func parse(s string) string { return date.Parse(s) } // a trailing comment
