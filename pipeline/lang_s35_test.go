package pipeline

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLetterCountsQuads checks letterCounts, which reads four Cyrillic
// letters at a time, against a rune-by-rune count: next to ASCII, other
// runes and invalid UTF-8, and at the limit of 20001 code points.
func TestLetterCountsQuads(t *testing.T) {
	pieces := []string{"а", "ї", "є", "і", "ы", "ё", "ъ", "э", "Ї", "ґ", "Ґ", "é", "a", " ", "—", "\xd0", "\x80", "\xd0\x41"}
	check := func(s string) {
		t.Helper()
		c0, u0, r0, l0, n0 := letterCounts(s)
		c1, u1, r1, l1, n1 := letterCountsByRune(s)
		if c0 != c1 || u0 != u1 || r0 != r1 || l0 != l1 || n0 != n1 {
			t.Fatalf("letterCounts(%.40q…) = %d %d %d %d %d, rune by rune %d %d %d %d %d", s, c0, u0, r0, l0, n0, c1, u1, r1, l1, n1)
		}
	}
	for a := range 10 {
		left := strings.Repeat("к", a)
		for b := range 10 {
			right := strings.Repeat("ї", b)
			for _, p := range pieces {
				for _, q := range pieces {
					check(left + p + q + right)
				}
			}
		}
	}
	for k := 19990; k <= 20010; k++ {
		for _, tail := range []string{"", "ы", "a", "їєіґ"} {
			check(strings.Repeat("ї", k) + tail + strings.Repeat("ё", 10))
			check("a" + strings.Repeat("ї", k) + tail)
		}
	}
}

// letterCountsByRune is letterCounts a rune at a time.
func letterCountsByRune(text string) (cyr, uk, ru, lat, read uint64) {
	var counts uint64
	n := 0
	for i := 0; i < len(text) && n <= 20000; n++ {
		c, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case c < utf8.RuneSelf:
			counts += asciiLang[c]
		case c >= 0x400 && c < 0x480:
			counts += cyrillicLang[c-0x400]
		case c == 'ґ' || c == 'Ґ':
			counts += langUk + langCyr
		case unicode.Is(unicode.Cyrillic, c):
			counts += langCyr
		case unicode.Is(unicode.Latin, c):
			counts += langLat
		}
	}
	return counts & 0xffff, counts >> 16 & 0xffff, counts >> 32 & 0xffff, counts >> 48, uint64(n)
}
