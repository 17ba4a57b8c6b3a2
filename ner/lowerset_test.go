package ner

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// TestLengthChangers checks lengthChanger against the Unicode tables: it
// must hold for every rune that a rune of another length in UTF-8
// lower-cases to.
func TestLengthChangers(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if l := scan.Lower(r); utf8.RuneLen(l) != utf8.RuneLen(r) && !lengthChanger(l) {
			t.Errorf("%U lower-cases to %U of another length, which lengthChanger misses", r, l)
		}
	}
}

// TestLowerSet compares lowerSet with lower-casing every word.
func TestLowerSet(t *testing.T) {
	s := newLowerSet("о", "після", "смт", "обов'язки")
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"о", true}, {"О", true}, {"Після", true}, {"ПІСЛЯ", true}, {"СМТ", true}, {"Обов'язки", true},
		{"об", false}, {"", false}, {"o", false}, {"післям", false}, {"\xd0", false}, {"сМт", true},
		{"ант", false}, {"Ант", false}, {"\xd1\x81мт", true}, {"\xffмт", false}, {"Ѐ", false},
	} {
		if got := s.has(tc.w); got != tc.want {
			t.Errorf("has(%q) = %t, want %t", tc.w, got, tc.want)
		}
		if got := s.words[scan.ToLower(tc.w)]; got != tc.want {
			t.Errorf("the words hold %q lower-cased: %t, want %t", tc.w, got, tc.want)
		}
		if got, want := s.lower(tc.w), scan.ToLower(tc.w); tc.want && got != want {
			t.Errorf("lower(%q) = %q, want %q", tc.w, got, want)
		}
	}
	for _, w := range []string{"Після", "kк", "i"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("newLowerSet(%q) did not panic", w)
				}
			}()
			newLowerSet(w)
		}()
	}
}

// TestAdminAbbrevLengths checks the lengths addAdminAbbrevs looks up
// words of.
func TestAdminAbbrevLengths(t *testing.T) {
	for w := range adminAbbrevWords {
		if len(w) != 6 && len(w) != 8 {
			t.Errorf("%q is of %d bytes; addAdminAbbrevs looks up words of 6 or 8 only", w, len(w))
		}
	}
}
