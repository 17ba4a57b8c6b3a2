package scan

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestDecodeRune checks DecodeRune against utf8.DecodeRuneInString on
// the runes to U+2FFF, alone and before a letter, and on invalid UTF-8.
func TestDecodeRune(t *testing.T) {
	var tests []string
	for r := rune(0); r < 0x3000; r++ {
		tests = append(tests, string(r), string(r)+"я")
	}
	tests = append(tests, "", "\xd0", "\xd0a", "\xc0\x80", "\xc1\xbf", "\xd0\xc0", "\xdf\xbf", "\xe0\xa0\x80", "\xff", "\x80\x80")
	for _, s := range tests {
		r, n := DecodeRune(s)
		wr, wn := utf8.DecodeRuneInString(s)
		if r != wr || n != wn {
			t.Errorf("DecodeRune(%q) = %q, %d; want %q, %d", s, r, n, wr, wn)
		}
	}
}

// TestCaseTables checks isUpper and isSpace against the Unicode tables
// on the runes of the first three planes.
func TestCaseTables(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if isUpper(r) != unicode.IsUpper(r) {
			t.Errorf("isUpper(%U) = %v", r, isUpper(r))
		}
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}
