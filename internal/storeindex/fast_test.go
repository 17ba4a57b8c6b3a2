package storeindex

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
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

// refIndex is Index as first written: the terms of each token through
// refTerms, joined by spaces, with an offset pair for each.
func refIndex(words []vistka.Token) (string, []byte) {
	var b strings.Builder
	var offsets []byte
	prev := 0
	for _, t := range words {
		if !indexed(&t) {
			continue
		}
		lemma := t.Lemma
		if lemma == "" {
			lemma = t.Text
		}
		terms := refTerms(lemma)
		if refIsTerm(lemma) {
			terms = []string{lemma}
		}
		for _, term := range terms {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(term)
			offsets = binary.AppendVarint(offsets, int64(t.RStart-prev))
			offsets = binary.AppendUvarint(offsets, uint64(max(t.REnd-t.RStart, 0)))
			prev = t.RStart
		}
	}
	return b.String(), offsets
}

// TestIndexFast checks Index against refIndex on random runs of tokens
// whose lemmas are the name samples, empty (the text stands for it) or
// one-rune lemmas around the Cyrillic block, of every kind.
func TestIndexFast(t *testing.T) {
	lemmas := append([]string{}, nameSamples...)
	for r := rune(0x380); r < 0x500; r += 7 {
		lemmas = append(lemmas, string(r), "а"+string(r)+"б")
	}
	kinds := []vistka.TokenKind{vistka.Word, vistka.Number, vistka.Punct, vistka.QuoteMark, vistka.Dash, vistka.Symbol}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var words []vistka.Token
		pos := 0
		for range rng.IntN(8) {
			start := pos + rng.IntN(3)
			pos = start + rng.IntN(5)
			words = append(words, vistka.Token{
				Text:   lemmas[rng.IntN(len(lemmas))],
				Lemma:  lemmas[rng.IntN(len(lemmas))],
				Kind:   kinds[rng.IntN(len(kinds))],
				RStart: start,
				REnd:   pos - rng.IntN(2)*(pos-start+1), // sometimes before the start
			})
			if rng.IntN(4) == 0 {
				words[len(words)-1].Lemma = ""
			}
		}
		gotL, gotO := Index(words)
		wantL, wantO := refIndex(words)
		if gotL != wantL || !bytes.Equal(gotO, wantO) {
			t.Fatalf("Index(%+v) = %q %v, want %q %v", words, gotL, gotO, wantL, wantO)
		}
	}
}

// TestRunesCursor checks Runes.Substr against Substr over runs of cuts in
// the order of the text, backwards and at random, on text with
// characters of one to four bytes and broken UTF-8, so that cuts start
// from marks, from where the last one ended and past both.
func TestRunesCursor(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, text := range []string{
		"",
		"Київ",
		strings.Repeat("Київ і Zakon.kz ", 400),
		strings.Repeat("Київ \xd0\xff😀 ї\xd1 ґ€", 700),
	} {
		n := utf8.RuneCountInString(text)
		for _, order := range []string{"forward", "backward", "random"} {
			r := NewRunes(text)
			at := 0
			for range 300 {
				var start int
				switch order {
				case "forward":
					start = at + rng.IntN(300) - 20
				case "backward":
					start = n - at - rng.IntN(300)
				default:
					start = rng.IntN(n+50) - 10
				}
				end := start + rng.IntN(400) - 5
				at = max(at, end)
				if got, want := r.Substr(start, end), Substr(text, start, end); got != want {
					t.Fatalf("%s Substr(%d, %d) of %d runes = %q, want %q", order, start, end, n, got, want)
				}
			}
		}
	}
}

// FuzzRunes cuts a text with one Runes at offsets the fuzzer picks, two
// bytes a cut, and checks each cut against Substr.
func FuzzRunes(f *testing.F) {
	f.Add("Київ і Zakon.kz", []byte{0, 4, 2, 9, 1, 1, 20, 3})
	f.Add("ї\xd1 ґ€😀", []byte{3, 1, 0, 5, 7, 2})
	f.Fuzz(func(t *testing.T, text string, cuts []byte) {
		r := NewRunes(text)
		for i := 0; i+1 < len(cuts); i += 2 {
			start, end := int(cuts[i])-5, int(cuts[i])-5+int(cuts[i+1])
			if got, want := r.Substr(start, end), Substr(text, start, end); got != want {
				t.Fatalf("Substr(%d, %d) = %q, want %q", start, end, got, want)
			}
		}
	})
}

// TestTrimSpace checks trimSpace against strings.TrimSpace with every
// white space rune, a Cyrillic letter and a few other runes and bytes at
// either end of a Cyrillic name.
func TestTrimSpace(t *testing.T) {
	ends := []string{"", "я", "Я", "ѿ", "ґ", "a", ".", "\xd0", "\x80", "\xd1\x20", "\u0300"}
	for r := rune(0); r <= 0x3000; r++ {
		if unicode.IsSpace(r) {
			ends = append(ends, string(r))
		}
	}
	for _, a := range ends {
		for _, b := range ends {
			for _, mid := range []string{"", "Київ", "Сергій Ребров"} {
				s := a + mid + b
				if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
					t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}
