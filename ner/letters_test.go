package ner

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLetterCase checks isLetter, isUpper and isDigit against package
// unicode, for every code point and for a few by name.
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
		if isLetter(r) != unicode.IsLetter(r) || isUpper(r) != unicode.IsUpper(r) || isDigit(r) != unicode.IsDigit(r) {
			t.Fatalf("%U: isLetter %t, isUpper %t, isDigit %t; package unicode says %t, %t, %t", r, isLetter(r), isUpper(r), isDigit(r), unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsDigit(r))
		}
	}
}

// TestStem checks stem against trying every one of stemEndings in turn,
// on words made of a stem of one to four letters and each ending, and on
// invalid UTF-8.
func TestStem(t *testing.T) {
	slow := func(w string) string {
		n := utf8.RuneCountInString(w)
		if n < 5 {
			return w
		}
		for _, e := range stemEndings {
			if s, ok := strings.CutSuffix(w, e); ok && n-utf8.RuneCountInString(e) >= 3 {
				return s
			}
		}
		return w
	}
	words := []string{"", "блінкеном", "блінкена", "київ", "києві", "україна", "abcde", "x\xd0", "абв\xbf\xd1", "ааааа\xff", "ааа\xd0\xb0"}
	for _, st := range []string{"б", "бл", "бла", "блін", "блінк"} {
		for _, e := range stemEndings {
			words = append(words, st+e, st+"ь"+e, st+e+"z")
		}
	}
	for _, w := range words {
		if got, want := stem(w), slow(w); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestIsLatin checks isLatin against asking package unicode about every
// rune, on every rune below U+3000 alone and after Cyrillic letters.
func TestIsLatin(t *testing.T) {
	slow := func(s string) bool {
		for _, r := range s {
			if unicode.IsLetter(r) && !unicode.Is(unicode.Cyrillic, r) {
				return true
			}
		}
		return false
	}
	for r := rune(0); r < 0x3000; r++ {
		for _, s := range []string{string(r), "Київ" + string(r), string(r) + "ґ"} {
			if got, want := isLatin(s), slow(s); got != want {
				t.Fatalf("isLatin(%q) = %t, want %t", s, got, want)
			}
		}
	}
	for _, s := range []string{"", "\xd0", "a\xff", "Київ\xd1"} {
		if got, want := isLatin(s), slow(s); got != want {
			t.Errorf("isLatin(%q) = %t, want %t", s, got, want)
		}
	}
}

// TestMightSplit checks mightSplit, which passes Cyrillic and ASCII
// letters and digits without decoding them, against the rune by rune
// test, on words, punctuation, every rune from U+0000 to U+04FF after
// and before a letter, long words with a rune put in at every place,
// and invalid UTF-8.
func TestMightSplit(t *testing.T) {
	slow := func(w string) bool {
		n := 0
		for _, c := range w {
			n++
			if isWordRune(c) || unicode.IsDigit(c) || isApos(c) || c == '-' || c == '‑' {
				continue
			}
			return n > 1 || len(w) > utf8.RuneLen(c)
		}
		return false
	}
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Київ", false}, {"Ѡѿ", false}, {"ім'я", false}, {"Кам’янець-Подільський", false}, {"COVID-19", false},
		{"1200", false}, {"грн.", true}, {"1 200", true}, {"...", true}, {".", false}, {"«", false},
		{"США»", true}, {"", false}, {"\xd0", false}, {"а\xd1", true}, {"\xd0\xd0", false},
	} {
		if got := mightSplit(tc.w); got != tc.want {
			t.Errorf("mightSplit(%q) = %t, want %t", tc.w, got, tc.want)
		}
	}
	for r := rune(0); r < 0x500; r++ {
		for _, w := range []string{string(r), "ab" + string(r), string(r) + "Ґ", "я" + string(r) + "7"} {
			if got, want := mightSplit(w), slow(w); got != want {
				t.Fatalf("mightSplit(%q) = %t; rune by rune %t", w, got, want)
			}
		}
	}
	// Long words, read eight bytes at a time, with a rune that cuts or
	// a byte that is no letter's at every place.
	for _, long := range []string{"держадміністрації", "Верховна", "абвгґдеє", "Київщини"} {
		for i := 0; i <= len(long); i++ {
			for _, x := range []string{"", ".", " ", "«", "\xd0", "\x80", "\xd1\xc0", "ʼ", "-", "1"} {
				w := long[:i] + x + long[i:]
				if got, want := mightSplit(w), slow(w); got != want {
					t.Fatalf("mightSplit(%q) = %t; rune by rune %t", w, got, want)
				}
			}
		}
	}
	for _, w := range []string{"\xd0\x7f", "\xd1", "ж\xbf", "\xd0\xc0\x80", "Z\xe2\x80"} {
		if got, want := mightSplit(w), slow(w); got != want {
			t.Errorf("mightSplit(%q) = %t; rune by rune %t", w, got, want)
		}
	}
}

// shortStrings calls f with every string of up to three bytes, the
// empty one first.
func shortStrings(f func(s string)) {
	b := make([]byte, 0, 3)
	var walk func(n int)
	walk = func(n int) {
		f(string(b))
		if n == 0 {
			return
		}
		for c := range 256 {
			b = append(b, byte(c))
			walk(n - 1)
			b = b[:len(b)-1]
		}
	}
	walk(3)
}

// TestDecodeLastRune checks decodeLastRune against
// utf8.DecodeLastRuneInString on every string of one to three bytes.
func TestDecodeLastRune(t *testing.T) {
	shortStrings(func(s string) {
		if s != "" {
			r, size := decodeLastRune(s)
			wr, wsize := utf8.DecodeLastRuneInString(s)
			if r != wr || size != wsize {
				t.Fatalf("decodeLastRune(%q) = %U, %d; want %U, %d", s, r, size, wr, wsize)
			}
		}
	})
	if r, size := decodeLastRune("Київ"); r != 'в' || size != 2 {
		t.Errorf("decodeLastRune(Київ) = %U, %d", r, size)
	}
}
