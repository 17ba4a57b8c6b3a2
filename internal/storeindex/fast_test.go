package storeindex

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/vistka/vistka/internal/scan"
)

// The reference versions of NormName, Terms and isTerm: the plain rune
// loops that the fast paths of the real ones must agree with.

func refNormName(name string) string {
	var b strings.Builder
	space := false
	for _, c := range name {
		switch {
		case cyrillicLetter(c):
			c = scan.Lower(c)
		case isApostrophe(c):
			c = '\''
		case strings.ContainsRune("«»„“”‟\"", c) || unicode.IsSpace(c):
			space = b.Len() > 0
			continue
		default:
			c = scan.Lower(c)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(c)
	}
	return b.String()
}

func refTerms(lemma string) []string {
	var out []string
	var b strings.Builder
	n := 0
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
			n = 0
		}
	}
	for _, c := range lemma {
		switch {
		case cyrillicLetter(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9',
			!isApostrophe(c) && !unicode.Is(unicode.Mn, c) && (unicode.IsLetter(c) || unicode.IsNumber(c)):
			if n < MaxTerm {
				b.WriteRune(scan.Lower(c))
				n++
			}
		case isApostrophe(c) || unicode.Is(unicode.Mn, c):
		default:
			flush()
		}
	}
	flush()
	return out
}

func refIsTerm(s string) bool {
	n := 0
	for _, c := range s {
		n++
		if n > MaxTerm || !(unicode.IsLower(c) || unicode.IsDigit(c)) {
			return false
		}
	}
	return n > 0
}

// nameSamples are names and lemmas with what the fast paths must get
// right: every kind of space, quote and apostrophe, stress marks, the
// Cyrillic letters at the edges of the two-byte range, other scripts,
// broken UTF-8 and terms at and over MaxTerm.
var nameSamples = []string{
	"", " ", "Київ", "«Нафтогаз України»", "„Укрзалізниця“", "\"Слуга народу\"", "  Віктор\t\nЯнукович\r\v\f ",
	"п'ять", "п’ять", "пʼять", "п`ять", "п‘ять", "пʹять", "ви́бори", "Ѐ Ѓ Џ ѐ џ Ѡ ѡ Ҁ ҁ ҃ ҈ Ґ ґ Ӂ", "Касим-Жомарт Токаєв",
	"COVID-19", "Zakon.kz", "İstanbul Ωmega ǅ", "\u00a0Ім\u0085я\u2009Прізвище\u3000", "a\xffb\xd0", "\xd0\x41\xd1", "ЯЯ\xd1\xc0",
	strings.Repeat("я", MaxTerm), strings.Repeat("я", MaxTerm+1), strings.Repeat("z", MaxTerm) + "я",
	"١٢٣ ²³ Ⅻ", "ab12", "аб12", "Аб", "ab-", "а.б", "ї", "ўё", "\u0301",
}

func TestFastPaths(t *testing.T) {
	for _, s := range nameSamples {
		checkFastPaths(t, s)
	}
	for r := rune(0x380); r < 0x500; r++ { // the Cyrillic block and around it
		checkFastPaths(t, string(r)+"Я "+string(r))
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range nameSamples {
		f.Add(s)
	}
	f.Fuzz(checkFastPaths)
}

func checkFastPaths(t *testing.T, s string) {
	if got, want := NormName(s), refNormName(s); got != want {
		t.Errorf("NormName(%q) = %q, want %q", s, got, want)
	}
	if got, want := Terms(s), refTerms(s); !slices.Equal(got, want) {
		t.Errorf("Terms(%q) = %q, want %q", s, got, want)
	}
	if got, want := isTerm(s), refIsTerm(s); got != want {
		t.Errorf("isTerm(%q) = %v, want %v", s, got, want)
	}
}
