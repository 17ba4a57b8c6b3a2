package vistka

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// TestToRunes checks toRunes against []rune on every rune, alone and inside words, and on
// strings with invalid UTF-8.
func TestToRunes(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := toRunes(s), []rune(s); !slices.Equal(got, want) || got == nil {
			t.Fatalf("toRunes(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		check(string(r))
		check("Київ" + string(r) + "ґ")
	}
	for _, s := range []string{"", "\xd0", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xdf\xbf", "\xdf", "а\xd0\x41", "\xed\xa0\x80", "\xff\xfe", "\xf0\x9f\x98"} {
		check(s)
	}
}
