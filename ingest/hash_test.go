package ingest_test

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vistka/vistka/ingest"
)

func TestTextHash(t *testing.T) {
	base := ingest.TextHash("Прем’єр-міністр заявив про санкції.")
	for _, tc := range []struct {
		name, text string
		same       bool
	}{
		{"identical", "Прем’єр-міністр заявив про санкції.", true},
		{"spaces and newlines", "  Прем’єр-міністр\n\nзаявив\tпро\u00a0санкції.\r\n", true},
		{"other apostrophe", "Прем'єр-міністр заявив про санкції.", true},
		{"modifier apostrophe", "Премʼєр-міністр заявив про санкції.", true},
		{"soft hyphen", "Прем’єр-мініс\u00adтр заявив про санкції.", true},
		{"decomposed й", "Прем’єр-міністр заявив про санкції.", true},
		{"other word", "Прем’єр-міністр заявила про санкції.", false},
		{"no space", "Прем’єр-міністрзаявив про санкції.", false},
		{"other case", "прем’єр-міністр заявив про санкції.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ingest.TextHash(tc.text) == base; got != tc.same {
				t.Errorf("TextHash(%q) == base: %v, want %v", tc.text, got, tc.same)
			}
		})
	}
	if got := ingest.TextHash(""); got != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Errorf("TextHash(\"\") = %s, want the SHA-256 of nothing", got)
	}
	nfd := ingest.TextHash("Київ") // и + combining breve
	if nfd != ingest.TextHash("Київ") {
		t.Error("NFD and NFC hash differently")
	}
}

// TestNFCStable checks every rune TextHash takes as in NFC against the Unicode
// tables: in NFC alone and combining with nothing before it, so that a
// text of such runes is in NFC; and that the runes it refuses are refused.
func TestNFCStable(t *testing.T) {
	taken := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if !ingest.NFCStable(s) {
			continue
		}
		taken++
		if p := norm.NFC.PropertiesString(s); !norm.NFC.IsNormalString(s) || !p.BoundaryBefore() {
			t.Errorf("%U taken, but NFC normal %v, boundary before %v", r, norm.NFC.IsNormalString(s), p.BoundaryBefore())
		}
	}
	if taken < 1065 {
		t.Errorf("only %d runes taken", taken)
	}
	for _, s := range []string{"и\u0306", "\u0301", "a\u0483", "\u037e", "\u2000", "\xd0", "\xe2\x80", "\xff", "한", "\u2126", "\u212b", "\u20d7", "№\u0301"} {
		if ingest.NFCStable(s) {
			t.Errorf("%+q taken", s)
		}
	}
	// Symbols of news text that are in NFC and combine with nothing.
	for _, s := range []string{"№ 5", "5 − 3", "Sony™", "а\u200bб", "→", "€", "℃"} {
		if !ingest.NFCStable(s) {
			t.Errorf("%+q not taken", s)
		}
	}
}

// TestTextHashFast checks TextHash against the plain way (NFC first,
// then a rune loop) on texts that mix runes it takes fast with others.
func TestTextHashFast(t *testing.T) {
	parts := []string{"Київ", " ", "\n\n", "ґ", "\u0483", "Ӂ", "'", "a b", "\u00a0", "  ", "\u00a0", "ʼ", "’", "`", "«", "»", "—", "…", "и\u0306", "\u00ad", "\u200b", "é", "e\u0301", "Ω", "\u2000", "\xff", "ab", "\t", "\u0085", "\u2028", "\u3000", "한", "№", "−", "←", "\u0338", "™"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		if got, want := ingest.TextHash(s), plainTextHash(s); got != want {
			t.Fatalf("TextHash(%+q) = %s, want %s", s, got, want)
		}
	}
}

// TestTextHashRunes checks TextHash against the plain way on every rune
// below U+3000 and the bytes 0x80–0xFF alone, each between letters,
// spaces and the edges of the text.
func TestTextHashRunes(t *testing.T) {
	var runes []string
	for r := rune(0); r < 0x3000; r++ {
		runes = append(runes, string(r))
	}
	for c := 0x80; c <= 0xff; c++ {
		runes = append(runes, string([]byte{byte(c)}))
	}
	for _, r := range runes {
		for _, s := range []string{r, "я" + r + "я", " " + r + " ", "a " + r + " b", "Ґ" + r + " " + r + "ї", r + "\xd2", "ж " + r} {
			if got, want := ingest.TextHash(s), plainTextHash(s); got != want {
				t.Fatalf("TextHash(%+q) = %s, want %s", s, got, want)
			}
		}
	}
}

// plainTextHash is TextHash as it was first written.
func plainTextHash(text string) string {
	text = norm.NFC.String(text)
	var b strings.Builder
	space := false
	for _, r := range text {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '\u00AD' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\uFEFF':
			continue
		case r == '’' || r == 'ʼ' || r == '‘' || r == '`' || r == 'ʹ' || r == '′':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}

// BenchmarkTextHash hashes a news text of about 2,000 words, against the
// plain way.
func BenchmarkTextHash(b *testing.B) {
	text := strings.Repeat("Державний секретар США Ентоні Блінкен прибув у вівторок до Казахстану, де зустрівся з президентом Касимом-Жомартом Токаєвим. «Ми вдячні за підтримку», — зазначив він.\n\n", 80)
	for _, bc := range []struct {
		name string
		hash func(string) string
	}{{"fast", ingest.TextHash}, {"plain", plainTextHash}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				bc.hash(text)
			}
		})
	}
}

func FuzzTextHash(f *testing.F) {
	for _, s := range []string{"Прем’єр-міністр\u00a0заявив", "и\u0306 e\u0301", "\xd0\xff", "ʼ`’‘", "№\u00a05 − 3™\u200b", "←\u0338"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := ingest.TextHash(s), plainTextHash(s); got != want {
			t.Errorf("TextHash(%+q) = %s, want %s", s, got, want)
		}
	})
}
