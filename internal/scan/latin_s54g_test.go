package scan_test

import (
	"testing"

	"github.com/vistka/vistka/internal/scan"
)

// TestLatinPrefixed: a Latin prefix (with a letter), a hyphen, a Cyrillic
// word; anything else is not such a word.
func TestLatinPrefixed(t *testing.T) {
	for _, c := range []struct{ in, prefix, word string }{
		{"FPV-дронів", "FPV", "дронів"},
		{"Wi-Fi-роутера", "Wi-Fi", "роутера"},
		{"5G-вежі", "5G", "вежі"},
		{"COVID-19-хворих", "COVID-19", "хворих"},
		{"IT-компанія", "IT", "компанія"},
		{"5-річчя", "", ""},        // digits only: a number, not a Latin prefix
		{"FPV--дрон", "", ""},      // a doubled hyphen
		{"-дрон", "", ""},          // no prefix
		{"FPV-", "", ""},           // no word
		{"FPV-drone", "", ""},      // a Latin word
		{"FPV-дрон.", "", ""},      // a dot
		{"Київ-Сіті", "", ""},      // a Cyrillic prefix
		{"ФПВ-дрон", "", ""},       // all Cyrillic
		{"A/B-тестування", "", ""}, // a slash in the prefix
	} {
		p, w, ok := scan.LatinPrefixed(c.in)
		if p != c.prefix || w != c.word || ok != (c.word != "") {
			t.Errorf("LatinPrefixed(%q) = %q, %q, %v; want %q, %q", c.in, p, w, ok, c.prefix, c.word)
		}
	}
}
