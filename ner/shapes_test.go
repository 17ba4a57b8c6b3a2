package ner

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// appendShapesRef is appendShapes decoding every rune: the simple
// version the fast one must agree with.
func appendShapesRef(b []byte, w string) ([]byte, int) {
	var sb, lb []byte
	var prev rune
	run := 0
	for i := 0; i < len(w); {
		c, size := scan.DecodeRune(w[i:])
		i += size
		var k rune
		switch {
		case isUpper(c):
			k = 'X'
		case isLetter(c):
			k = 'x'
		case isDigit(c):
			k = 'd'
		default:
			k = c
		}
		if k == prev {
			run++
		} else {
			run = 1
			sb = utf8.AppendRune(sb, k)
		}
		if run <= 3 {
			lb = utf8.AppendRune(lb, k)
		}
		prev = k
	}
	b = append(b, sb...)
	long := len(b)
	return append(b, lb...), long
}

// TestAppendShapes checks appendShapes against the decoding version on
// every rune up to U+0800 alone and in runs, on invalid bytes, on every
// pair of bytes that starts with 0xd0 or 0xd1 around words of Cyrillic
// letters, and on random strings of ASCII, Cyrillic and other letters.
func TestAppendShapes(t *testing.T) {
	check := func(w string) {
		t.Helper()
		got, gl := appendShapes([]byte("pre"), w)
		want, wl := appendShapesRef([]byte("pre"), w)
		if !slices.Equal(got, want) || gl != wl {
			t.Fatalf("appendShapes(%q) = %q, %d, want %q, %d", w, got, gl, want, wl)
		}
	}
	for c := rune(0); c < 0x800; c++ {
		s := string(c)
		check(s)
		check(strings.Repeat(s, 5))
		check("Ab" + s + "ї1")
	}
	for b := range 256 {
		check(string([]byte{byte(b)}))
		check(string([]byte{0xd0, byte(b)}))
		check(string([]byte{0xd1, byte(b)}))
		check(string([]byte{byte(b), 0x80}) + "я")
	}
	// plainCyrillic's words and their neighbours: every two bytes from
	// 0xd0 or 0xd1 before and after lower- and upper-case letters.
	for _, c := range []byte{0xd0, 0xd1} {
		for d := range 256 {
			p := string([]byte{c, byte(d)})
			for _, rest := range []string{"", "я", "пр", "ааа", "ївєр", "аЯ", "ґ", "a", "\xd0", "-"} {
				check(p + rest)
				check(rest + p)
				check("Ж" + rest + p)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("aZ09-.'’«»АЯабяєЄіІїЇґҐѐЀџЏѠѡёЁ€ßÉ日\u0301")
	for range 20000 {
		rs := make([]rune, r.IntN(12))
		for i := range rs {
			rs[i] = alphabet[r.IntN(len(alphabet))]
		}
		w := string(rs)
		if r.IntN(20) == 0 && len(w) > 0 {
			w = w[:r.IntN(len(w))] // cut inside a rune
		}
		check(w)
	}
}
