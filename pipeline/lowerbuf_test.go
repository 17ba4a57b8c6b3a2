package pipeline

import (
	"strings"
	"testing"

	"github.com/vistka/vistka/internal/scan"
)

// TestCanonicalLookup compares aliasTable.Canonical, which lower-cases
// into a buffer on the stack, with a lookup of scan.ToLower's string.
func TestCanonicalLookup(t *testing.T) {
	aliases := countryAliases()
	long := "" // the longest name, in capitals: longer than the buffer
	for k := range aliases {
		if len(k) > len(long) {
			long = strings.ToUpper(k)
		}
	}
	var words []string
	for _, w := range []string{"Україна", "УКРАЇНА", "україна", "Сполучені Штати", "США", "Франція", "Германія", long, long + " і Ще", "", "\xff", "İ"} {
		words = append(words, w, strings.ToUpper(w), scan.ToLower(w))
	}
	for _, w := range words {
		got, gotOK := aliases.Canonical(w)
		want, wantOK := aliases[scan.ToLower(w)]
		if got != want || gotOK != wantOK {
			t.Errorf("Canonical(%q) = %q, %v, want %q, %v", w, got, gotOK, want, wantOK)
		}
	}
	// CanonicalLower, given the lower case, answers as Canonical does,
	// regions by their centres too
	for _, w := range append(words, "Харківська область", "Харківщина", "Вінницька область", "Вінниччина", "Батьківщина") {
		got, gotOK := aliases.CanonicalLower(w, scan.ToLower(w))
		if want, wantOK := aliases.Canonical(w); got != want || gotOK != wantOK {
			t.Errorf("CanonicalLower(%q) = %q, %v, want %q, %v", w, got, gotOK, want, wantOK)
		}
	}
	if k, ok := aliases.Canonical(long); len(long) <= 64 || !ok || k == "" {
		t.Errorf("Canonical(%q) = %q, %v: a name longer than the buffer is found too", long, k, ok)
	}
}
