package pipeline

import (
	"strings"
	"testing"
	"unicode"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

func TestFixTypes(t *testing.T) {
	spans := []vistka.Span{
		{Type: "MISC", Text: "Центральної Азії", Lemma: "Центральна Азія"},
		{Type: "MISC", Text: "Західної Європи", Lemma: "Західна Європа"},
		{Type: "MISC", Text: "Центральної ради", Lemma: "Центральна рада"},
		{Type: "MISC", Text: "Азії", Lemma: "Азія"},
		{Type: "ORG", Text: "Південної Кореї", Lemma: "Південна Корея"},
		{Type: "PERS", Text: "G7", Lemma: "G7"},
		{Type: "LOC", Text: "червні", Lemma: "червень"},
		{Type: "LOC", Text: "Лютий", Lemma: "Лютий"},
	}
	fixTypes(spans)
	want := []string{"LOC", "LOC", "MISC", "MISC", "ORG", "ORG", "DATE", "LOC"}
	for i, sp := range spans {
		if sp.Type != want[i] {
			t.Errorf("%s: type %s, want %s", sp.Lemma, sp.Type, want[i])
		}
	}
}

// TestLanguageBytes checks Language against the same count made with a
// range loop, on texts of every rune below U+3000, past its limit of
// runes, and with invalid UTF-8.
func TestLanguageBytes(t *testing.T) {
	slow := func(text string) string {
		var uk, ru, cyr, lat int
		n := 0
		for _, c := range text {
			if n > 20000 {
				break
			}
			n++
			switch {
			case c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є' || c == 'Ґ':
				uk++
				cyr++
			case c == 'ы' || c == 'э' || c == 'ъ' || c == 'ё' || c == 'Ы' || c == 'Э' || c == 'Ё':
				ru++
				cyr++
			case c < 0x80:
				if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
					lat++
				}
			case 0x400 <= c && c <= 0x45f:
				cyr++
			case unicode.Is(unicode.Cyrillic, c):
				cyr++
			case unicode.Is(unicode.Latin, c):
				lat++
			}
		}
		return languageOf(uint64(cyr), uint64(uk), uint64(ru), uint64(lat), uint64(n), text)
	}
	texts := []string{"", "Блінкен прибув", "Блинкен прибыл", "Blinken arrived", "\xd0", "\xd1\x41", "ы\xd0", "\xff\xfeї",
		strings.Repeat("a", 20000) + strings.Repeat("ї", 5), strings.Repeat("ї", 20001) + strings.Repeat("a", 30000),
		// each count at its most (Language keeps them 16 bits each)
		strings.Repeat("ы", 20001) + "ї", strings.Repeat("ґЁїa", 6000), strings.Repeat("Ї", 10000) + strings.Repeat("ыZ", 5001) + "ъ",
		// more Latin letters than Cyrillic ones in a Ukrainian sentence
		"У Transparency International Ukraine закон назвали важливим.", "Kyiv Independent пише про Київ"}
	for r := rune(0); r < 0x3000; r++ {
		texts = append(texts, string(r), "ab"+string(r)+string(r), "ї"+string(r), "ы"+string(r)+string(r))
	}
	for _, s := range texts {
		if got, want := Language(s), slow(s); got != want {
			t.Fatalf("Language(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFirstLowerDiffers checks that firstLowerDiffers says two words
// differ only when scan.ToLower makes them differ, on words that start
// with every rune up to U+0500 and a few more.
func TestFirstLowerDiffers(t *testing.T) {
	var words []string
	for r := rune(0); r < 0x500; r++ {
		words = append(words, string(r), string(r)+"а", string(r)+"Б")
	}
	words = append(words, "", "\xff", "\xd0", "\xd0Б", "\u212a", "İ", "ǅ", "Ґанок", "ґанок", "ЄС", "єс")
	for _, s := range words {
		for _, w := range []string{"", "а", "аб", "k", "i", "ґанок", "єс", scan.ToLower(s), scan.ToLower(s) + "б"} {
			if firstLowerDiffers(s, w) && scan.ToLower(s) == w {
				t.Errorf("firstLowerDiffers(%q, %q) = true, but ToLower gives %q", s, w, scan.ToLower(s))
			}
		}
		if firstLowerDiffers(s, scan.ToLower(s)) {
			t.Errorf("firstLowerDiffers(%q, its own lower case %q)", s, scan.ToLower(s))
		}
	}
}
