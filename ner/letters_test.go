package ner

import (
	"testing"
	"unicode"
)

// TestLetterCase checks isLetter and isUpper against package unicode, for
// every code point and for a few by name.
func TestLetterCase(t *testing.T) {
	for _, tc := range []struct {
		r             rune
		letter, upper bool
	}{
		{'А', true, true}, {'Я', true, true}, {'а', true, false}, {'я', true, false},
		{'Ї', true, true}, {'ґ', true, false}, {'Q', true, true}, {'q', true, false},
		{'1', false, false}, {'«', false, false}, {'ʼ', true, false}, {'-', false, false},
	} {
		if got := isLetter(tc.r); got != tc.letter {
			t.Errorf("isLetter(%q) = %t, want %t", tc.r, got, tc.letter)
		}
		if got := isUpper(tc.r); got != tc.upper {
			t.Errorf("isUpper(%q) = %t, want %t", tc.r, got, tc.upper)
		}
	}
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isLetter(r) != unicode.IsLetter(r) || isUpper(r) != unicode.IsUpper(r) {
			t.Fatalf("%U: isLetter %t, isUpper %t; package unicode says %t, %t", r, isLetter(r), isUpper(r), unicode.IsLetter(r), unicode.IsUpper(r))
		}
	}
}
