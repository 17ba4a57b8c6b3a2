package scan

import (
	"strings"
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

// TestCaseTables checks IsUpper and IsSpace against the Unicode tables
// on the runes of the first three planes.
func TestCaseTables(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if IsUpper(r) != unicode.IsUpper(r) {
			t.Errorf("IsUpper(%U) = %v", r, IsUpper(r))
		}
		if IsSpace(r) != unicode.IsSpace(r) {
			t.Errorf("IsSpace(%U) = %v", r, IsSpace(r))
		}
	}
}

// TestLowerCyrillicAt checks LowerCyrillicAt on every rune, and that the
// letters it passes are word runes Lex keeps as they are.
func TestLowerCyrillicAt(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		s := string(r)
		want := 'а' <= r && r <= 'я' || 'ѐ' <= r && r <= 'џ'
		if got := LowerCyrillicAt(s+"а", 0); got != want {
			t.Errorf("LowerCyrillicAt(%q) = %v", s, got)
		}
		if want && (!IsWordRune(r) || IsApostrophe(r) || IsHyphen(r) || isStress(r) || Lower(r) != r) {
			t.Errorf("%q passes LowerCyrillicAt but is no plain word rune", s)
		}
	}
	for _, c := range []struct {
		s string
		j int
	}{{"", 0}, {"\xd0", 0}, {"\xd1", 0}, {"а\xd0", 2}, {"а", 1}} {
		if LowerCyrillicAt(c.s, c.j) {
			t.Errorf("LowerCyrillicAt(%q, %d) = true", c.s, c.j)
		}
	}
}

// TestLowerCyrillic checks LowerCyrillic against Lower on every pair of
// bytes: where it answers, it answers as Lower does for the rune the
// pair encodes.
func TestLowerCyrillic(t *testing.T) {
	n := 0
	for c := 0; c < 256; c++ {
		for d := 0; d < 256; d++ {
			lc, ld, ok := LowerCyrillic(byte(c), byte(d))
			if !ok {
				continue
			}
			n++
			r, size := utf8.DecodeRuneInString(string([]byte{byte(c), byte(d)}))
			if size != 2 || string(Lower(r)) != string([]byte{lc, ld}) {
				t.Errorf("LowerCyrillic(%#x, %#x) = %q, want %q", c, d, []byte{lc, ld}, string(Lower(r)))
			}
		}
	}
	if n != 0x460-0x400+2 { // Ѐ-Я and а-џ, and Ґ, ґ
		t.Errorf("LowerCyrillic answers for %d pairs", n)
	}
}

// TestNormWord checks normWord, which writes ASCII and Cyrillic letters
// byte by byte, against the rune loop it starts with normRunes: on every
// rune below U+3000 alone and inside words, with apostrophes, hyphens and
// stress marks, and on invalid UTF-8.
func TestNormWord(t *testing.T) {
	var b strings.Builder
	simple := func(word string) string {
		var s strings.Builder
		normRunes(&s, word, 0)
		return s.String()
	}
	check := func(w string) {
		t.Helper()
		if got, want := normWord(&b, w), simple(w); got != want {
			t.Fatalf("normWord(%q) = %q, want %q", w, got, want)
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		check(string(r))
		check("Київ" + string(r) + "ҐАНОК")
		check("b" + string(r) + "ЀЏ`")
	}
	for _, w := range []string{"", "П'ять", "П’ЯТЬ", "Сло́во", "Кривий-Ріг", "Північно‑західний", "NATO`s", "Ґ\xd0", "Ї\xd1\xc0", "A\xff", "\xd2\x90\xd2\x91"} {
		check(w)
	}
}
