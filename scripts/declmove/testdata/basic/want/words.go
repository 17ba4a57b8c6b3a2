package event

import (
	"strings"
	"unicode/utf8"
)

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

// width is a method of no type: a plain function.
func width(s string) int { return utf8.RuneCountInString(s) }
