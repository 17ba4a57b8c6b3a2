package scan_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// quadPieces are the runes and bytes the eight-byte steps of RuneCount
// (and of toRunes in the root package) must tell apart: letters of
// U+0400 to U+047F (leads d0, d1), other two-byte runes (leads c3, d2,
// d3), ASCII, longer runes and invalid UTF-8.
var quadPieces = []string{"а", "я", "ї", "Ѐ", "џ", "ґ", "Ґ", "é", "a", " ", "\t", "\u00a0", "\u0085", "\u2003", "—", "😀", "\xd0", "\x80", "\xc0\x80", "\xd0\x41", "\xd1\xc0", "\xd2"}

// quadStrings calls f with every string of up to three pieces between
// runs of Cyrillic letters and ASCII of every length up to nine.
func quadStrings(f func(string)) {
	for _, pad := range []string{"київщина", "abcdefgh"} {
		for a := range 10 {
			left := strings.Repeat(pad, 2)[:a*len(pad)/8]
			for b := range 10 {
				right := strings.Repeat(pad, 2)[:b*len(pad)/8]
				for _, p := range quadPieces {
					for _, q := range quadPieces {
						for _, r := range quadPieces {
							f(left + p + q + r + right)
						}
					}
				}
			}
		}
	}
}

// TestRuneCountQuads checks RuneCount against utf8.RuneCountInString
// where its steps of eight bytes start and stop.
func TestRuneCountQuads(t *testing.T) {
	quadStrings(func(s string) {
		if got, want := scan.RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("RuneCount(%q) = %d, want %d", s, got, want)
		}
	})
	if w := scan.Load64("київщина", 0); w&scan.CyrillicQuadMask != scan.CyrillicQuad {
		t.Errorf("кий: %x is no quad", w)
	}
	for _, s := range []string{"ки ївщин", "кий\xd2\x91щин", "abcdefgh", "к\xc0\x80ївщин"} {
		if w := scan.Load64(s, 0); w&scan.CyrillicQuadMask == scan.CyrillicQuad {
			t.Errorf("%q: %x is a quad", s, w)
		}
	}
	if got := scan.RuneCount(""); got != 0 {
		t.Errorf("RuneCount(\"\") = %d", got)
	}
}

// TestFieldsQuads checks Fields, AppendFields and LastField against
// strings.Fields where their steps over Cyrillic letters start and stop.
func TestFieldsQuads(t *testing.T) {
	quadStrings(func(s string) {
		for _, s := range []string{s, " " + s + " "} {
			want := strings.Fields(s)
			if got := scan.Fields(s); !slices.Equal(got, want) {
				t.Fatalf("Fields(%q) = %q, want %q", s, got, want)
			}
			if got := scan.AppendFields(nil, s); !slices.Equal(got, want) {
				t.Fatalf("AppendFields(%q) = %q, want %q", s, got, want)
			}
			last := ""
			if len(want) > 0 {
				last = want[len(want)-1]
			}
			if got := scan.LastField(s); got != last {
				t.Fatalf("LastField(%q) = %q, want %q", s, got, last)
			}
		}
	})
}
