package event

import "unicode"

func upper(r rune) bool { return unicode.IsUpper(r) }
