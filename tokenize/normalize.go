package tokenize

import (
	"strings"
	"unicode/utf8"
)

// Normalize returns word with every apostrophe variant the scanner accepts
// inside a word (’ ʼ ` ‘ ʻ) replaced by the ASCII apostrophe ', the form
// VESUM and BRUK use; nothing else changes. Later stages use it for lexicon
// look-ups; the token text itself stays as it was in the original.
// Normalize does not allocate when word has no such variant.
func Normalize(word string) string {
	i := apostropheIndex(word)
	if i < 0 {
		return word
	}
	var b strings.Builder
	b.Grow(len(word))
	for i >= 0 {
		b.WriteString(word[:i])
		b.WriteByte('\'')
		_, n := utf8.DecodeRuneInString(word[i:])
		word = word[i+n:]
		i = apostropheIndex(word)
	}
	b.WriteString(word)
	return b.String()
}

// apostropheIndex returns the byte index of the first apostrophe variant
// other than ' in s, or -1.
func apostropheIndex(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '`':
			return i
		case 0xE2: // ’ U+2019, ‘ U+2018: E2 80 99, E2 80 98
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x99 || s[i+2] == 0x98) {
				return i
			}
		case 0xCA: // ʼ U+02BC, ʻ U+02BB: CA BC, CA BB
			if i+1 < len(s) && (s[i+1] == 0xBC || s[i+1] == 0xBB) {
				return i
			}
		}
	}
	return -1
}
