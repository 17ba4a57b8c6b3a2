package vistka

import (
	"slices"
	"strings"
	"testing"
)

// TestToRunesQuads checks toRunes against []rune where its steps of eight
// bytes (four Cyrillic letters) start and stop: next to ASCII, to other
// two-byte runes, to longer ones and to invalid UTF-8.
func TestToRunesQuads(t *testing.T) {
	pieces := []string{"а", "я", "ї", "Ѐ", "џ", "ґ", "é", "a", " ", "—", "😀", "\xd0", "\x80", "\xc0\x80", "\xd0\x41", "\xd2"}
	for a := range 10 {
		left := strings.Repeat("к", a)
		for b := range 10 {
			right := strings.Repeat("ї", b)
			for _, p := range pieces {
				for _, q := range pieces {
					s := left + p + q + right
					if got, want := toRunes(s), []rune(s); !slices.Equal(got, want) {
						t.Fatalf("toRunes(%q) = %q, want %q", s, got, want)
					}
				}
			}
		}
	}
}
