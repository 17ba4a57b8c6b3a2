package ner

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// TestRebuild checks rebuild, which reads the span's text byte by byte,
// against rebuildRunes, which reads it as runes, on spans with gaps of
// their own, letters of one to four bytes, offsets past the text and
// text that is not UTF-8.
func TestRebuild(t *testing.T) {
	texts := []string{
		"Києві  Могилянці",
		"Б'єрн — Ло𝔸кс",
		"a\xffб в",
		"Ніколо",
		"х ц",
	}
	for _, text := range texts {
		n := utf8.RuneCountInString(text)
		// Every way of cutting the runes into one or two tokens, some
		// of them past the end.
		for a := 0; a <= n+1; a++ {
			for b := a; b <= n+1; b++ {
				for c := b; c <= n+1; c++ {
					for d := c; d <= n+2; d++ {
						toks := []vistka.Token{{Text: "x", RStart: 10, REnd: 10 + b - a}, {Text: "y", RStart: 10 + c - a, REnd: 10 + d - a}}
						out := []string{"XX", "ї"}
						if got, want := rebuild(text, toks, out), rebuildRunes(text, toks, out); got != want {
							t.Fatalf("rebuild(%q, %d:%d %d:%d) = %q, want %q", text, a, b, c, d, got, want)
						}
						if got, want := rebuild(text, toks[:1], out[:1]), rebuildRunes(text, toks[:1], out[:1]); got != want {
							t.Fatalf("rebuild(%q, %d:%d) = %q, want %q", text, a, b, got, want)
						}
					}
				}
			}
		}
	}
}

// TestInnerCapitals checks innerCapitals, which reads its strings in
// place, against innerCapitalRunes, and withCase's lemmas of one part
// against the lemmas split at hyphens.
func TestInnerCapitals(t *testing.T) {
	words := []string{"", "І", "Ін", "ІнБеву", "ІнБев", "Інбев", "КАБами", "МакДональдз", "Макдональдз", "ДеПаріс",
		"Де-Паріс", "де-Паріс", "Нью-Йорка", "Нью-Йорк", "ПрАТ", "x\xffY", "x\xffy", "Б'єрн", "Б’єрна", "кий", "Кий-Арту"}
	for _, f := range words {
		for _, l := range words {
			if got, want := innerCapitals(f, l), innerCapitalRunes(f, l); got != want {
				t.Errorf("innerCapitals(%q, %q) = %q, want %q", f, l, got, want)
			}
			if strings.Contains(l, "-") {
				continue
			}
			// withCase as written before its lemmas of one part were
			// read whole.
			want := l
			if l != "" && !isAbbrev(f) && !strings.ContainsAny(f, "’ʼ'`‘") {
				fp := strings.Split(f, "-")
				if startsUpper(fp[0]) {
					r, sz := utf8.DecodeRuneInString(l)
					want = innerCapitals(fp[0], strings.ToUpper(string(r))+l[sz:])
				} else {
					want = strings.ToLower(l)
				}
				if got := withCase(f, l); got != want {
					t.Errorf("withCase(%q, %q) = %q, want %q", f, l, got, want)
				}
			}
		}
	}
}
