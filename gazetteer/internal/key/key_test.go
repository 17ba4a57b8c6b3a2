package key

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// appendNormalRunes is AppendNormal rune by rune, as it was written
// before its fast path.
func appendNormalRunes(b []byte, s string) []byte {
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z', 'А' <= r && r <= 'Я':
			r += 'a' - 'A'
		case 'Ѐ' <= r && r <= 'Џ':
			r += 'ѐ' - 'Ѐ'
		case r < 0x80 && r != '`', 'а' <= r && r <= 'я', 'ѐ' <= r && r <= 'џ':
		case r == '’' || r == 'ʼ' || r == '`' || r == '‘':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// TestAppendNormal checks AppendNormal against appendNormalRunes on every
// rune, alone and inside words, and on strings with invalid UTF-8.
func TestAppendNormal(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := string(AppendNormal([]byte("x"), s)), string(appendNormalRunes([]byte("x"), s)); got != want {
			t.Fatalf("AppendNormal(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		check(string(r))
		check("Київ" + string(r) + "ґX`")
	}
	for _, s := range []string{
		"", "україна", "УКРАЇНА", "Ґудзик", "О'Коннор", "О’Коннор", "Sieć", "ǅemal", "İstanbul", "ΣΑΣ",
		"a\xffb", "\xd0", "\xd1", "Д\xd0", "д\xd1", "д\xd0\x41", "\xd1\xc0", "\xef\xbf\xbdА", "\xc0\x80",
	} {
		check(s)
	}
}
