package scan_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// TestToLower checks ToLower against strings.ToLower on every rune, alone
// and inside words, and on strings with invalid UTF-8.
func TestToLower(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := scan.ToLower(s), strings.ToLower(s); got != want {
			t.Fatalf("ToLower(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		check(string(r))
		check("Київ" + string(r) + "ґx")
	}
	for _, s := range []string{
		"", "україна", "УКРАЇНА", "Ґудзик", "Блінкен", "О'Коннор", "Sieć", "ǅemal", "İstanbul", "ΣΑΣ",
		"a\xffb", "\xd0", "Д\xd0", "д\xd0\x41", "\xef\xbf\xbdА", "\xc0\x80",
	} {
		check(s)
	}
}

func TestCapitals(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want int
	}{{"МЗС", 3}, {"ЄС", 2}, {"Мінфін", 0}, {"", 0}, {"NATO", 4}, {"МВС-2", 0}} {
		if got := scan.Capitals(tt.w); got != tt.want {
			t.Errorf("Capitals(%q) = %d, want %d", tt.w, got, tt.want)
		}
	}
}
