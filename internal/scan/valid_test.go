package scan_test

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// TestValid compares Valid with utf8.ValidString on
// Ukrainian text, its prefixes and random mutations of its bytes.
func TestValid(t *testing.T) {
	base := "Міністр закордонних справ України Андрій Сибіга 12 грудня, «ґанок» — " +
		"naïve café 😀 \u2028 ʼ’ end"
	rng := rand.New(rand.NewPCG(1, 2))
	special := []byte{0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 'a'}
	check := func(s string) {
		t.Helper()
		if got, want := scan.Valid(s), utf8.ValidString(s); got != want {
			t.Fatalf("Valid(%q) = %v, want %v", s, got, want)
		}
	}
	for i := range len(base) + 1 {
		check(base[:i])
		check(base[i:])
	}
	for range 20000 {
		b := []byte(base)
		for range 1 + rng.IntN(3) {
			b[rng.IntN(len(b))] = special[rng.IntN(len(special))]
		}
		from := rng.IntN(len(b))
		check(string(b[from:]))
	}
}

// FuzzValid checks that Valid answers as utf8.ValidString does.
func FuzzValid(f *testing.F) {
	f.Add("Київ, 12 грудня")
	f.Add("\xd0\x80\xc1\xbf\xed\xa0\x80")
	f.Fuzz(func(t *testing.T, s string) {
		if scan.Valid(s) != utf8.ValidString(s) {
			t.Errorf("Valid(%q) = %v", s, scan.Valid(s))
		}
	})
}

func BenchmarkValid(b *testing.B) {
	s := ""
	for range 200 {
		s += "Міністр закордонних справ України Андрій Сибіга заявив, що 12 грудня. "
	}
	b.SetBytes(int64(len(s)))
	b.Run("scan", func(b *testing.B) {
		for b.Loop() {
			scan.Valid(s)
		}
	})
	b.Run("utf8", func(b *testing.B) {
		for b.Loop() {
			utf8.ValidString(s)
		}
	})
}
