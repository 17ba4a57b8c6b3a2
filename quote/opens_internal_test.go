package quote

import (
	"testing"
	"unicode"

	"github.com/vistka/vistka/internal/scan"
)

// TestOpens checks that the first letters opens tests for are the only
// ones that fold to them: a word that opens otherwise is no case of the
// word, so the test may come before scan.EqualFold.
func TestOpens(t *testing.T) {
	for _, w := range []string{"за", "згідно", "мовляв", "на", "з", "зі"} {
		lo := []rune(w)[0]
		up := unicode.ToUpper(lo)
		for r := rune(0); r <= unicode.MaxRune; r++ {
			s := string(r) + w[len(string(lo)):]
			if !opens(s, string(lo), string(up)) && scan.EqualFold(s, w) {
				t.Fatalf("%q is a case of %q but does not open with %q or %q", s, w, lo, up)
			}
		}
	}
	// за and на have no letter with a case of another length.
	for _, w := range []string{"за", "на"} {
		for _, r := range w {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if len(string(f)) != len(string(r)) {
					t.Errorf("%q folds to %q of another length", r, f)
				}
			}
		}
	}
}

// TestCueWords checks that cueWords lets every impersonal adverb and
// opinion adjective through, so that cueLemma asks about each of them.
func TestCueWords(t *testing.T) {
	var words []string
	for w := range impersonalAdverbs {
		words = append(words, w)
	}
	for w := range opinionAdjectives {
		words = append(words, w)
	}
	if len(words) < 10 {
		t.Fatalf("only %d words", len(words))
	}
	for _, w := range words {
		if !cueWords.May(w) {
			t.Errorf("cueWords stops %q", w)
		}
	}
}
