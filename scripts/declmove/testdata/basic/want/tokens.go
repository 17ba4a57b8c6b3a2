package event

import (
	"strings"
	"unicode"
)

func upper(r rune) bool { return unicode.IsUpper(r) }

// low gives token i lower-cased.
func (f *finder) low(i int) string {
	return strings.ToLower(f.toks[i])
}

// day has a local variable named like an import: date stays unused here.
func (f *finder) day() string {
	date := f.low(0)
	return date
}
