package vistka

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// TestToRunes checks toRunes against []rune on every rune, alone and inside words, and on
// strings with invalid UTF-8.
func TestToRunes(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := toRunes(s), []rune(s); !slices.Equal(got, want) || got == nil {
			t.Fatalf("toRunes(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		check(string(r))
		check("Київ" + string(r) + "ґ")
	}
	for _, s := range []string{"", "\xd0", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xdf\xbf", "\xdf", "а\xd0\x41", "\xed\xa0\x80", "\xff\xfe", "\xf0\x9f\x98"} {
		check(s)
	}
}

func TestSpanTokens(t *testing.T) {
	// Три слова, кома: tokens at [0,3) [4,9) [9,10) [11,16)
	a := &Analysis{Sentences: []Sentence{{Tokens: []Token{
		{Text: "Три", RStart: 0, REnd: 3},
		{Text: "слова", RStart: 4, REnd: 9},
		{Text: ",", RStart: 9, REnd: 10},
		{Text: "кома", RStart: 11, REnd: 15},
	}}}}
	for _, c := range []struct {
		start, end int
		from, to   int
	}{
		{0, 3, 0, 1},
		{0, 15, 0, 4},
		{4, 10, 1, 3},
		{3, 11, 1, 3},   // the spaces around count for nothing
		{5, 15, 2, 4},   // a token cut at its start is not inside
		{4, 8, 0, 0},    // nor one cut at its end
		{15, 20, 0, 0},  // past the last
		{10, 4, 0, 0},   // an empty range
		{-5, 100, 0, 4}, // more than the sentence
	} {
		from, to := a.SpanTokens(0, c.start, c.end)
		if from != c.from || to != c.to {
			t.Errorf("SpanTokens(%d, %d) = %d, %d; want %d, %d", c.start, c.end, from, to, c.from, c.to)
		}
	}
}
