package ner

import (
	"testing"

	"github.com/vistka/vistka"
)

// TestLatinCommonAgrees: NER's common Latin-prefixed nouns are the words
// the tagger reads as a Latin prefix and a word (scan.LatinPrefixed), with
// a lower-case word: not a number's compound, not a slash.
func TestLatinCommonAgrees(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"FPV-дронів", true},
		{"Wi-Fi-роутера", true},
		{"FPV-Дрон", false},       // a capital: maybe a name
		{"5-річчя", false},        // a number's compound, no Latin prefix
		{"A/B-тестування", false}, // the tagger does not split it
	} {
		tok := vistka.Token{Text: c.text, Tag: "noun:inanim:n:v_rod"}
		if got := latinCommon(&tok); got != c.want {
			t.Errorf("latinCommon(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
