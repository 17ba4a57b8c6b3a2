package ner

import (
	"slices"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// TestWideMorph checks that the features of w-2 and w+2 come on top of
// the others, each in its own slot, also when the caches of words and
// tags are warm.
func TestWideMorph(t *testing.T) {
	words := [][3]string{
		{"Вчора", "вчора", "adv"},
		{"Олег", "Олег", "noun:anim:m:v_naz:prop:fname"},
		{"Петренко", "Петренко", "noun:anim:m:v_naz:prop:lname"},
		{"поїхав", "поїхати", "verb:perf:past:m"},
		{"до", "до", "prep"},
		{"Києва", "Київ", "noun:inanim:m:v_rod:prop:geo"},
	}
	var s vistka.Sentence
	for _, w := range words {
		s.Tokens = append(s.Tokens, vistka.Token{Text: w[0], Lemma: w[1], Tag: w[2]})
	}
	narrow := featurizer{set: featMorph}
	wide := featurizer{set: featMorph | featWideCase | featWideMark | featWideLemma}
	for pass := range 2 {
		narrow.extract(&s)
		wide.extract(&s)
		for i := range s.Tokens {
			var extra []uint32
			for j, d := range [2]int{-2, 2} {
				if i+d < 0 || i+d >= len(words) {
					continue
				}
				w := words[i+d]
				_, cas, marks := tagParts(w[2])
				if cas != "" {
					extra = append(extra, fold(uint64(tCase2[j].str(cas))))
				}
				extra = append(extra, fold(uint64(tLemma2[j].str(scan.ToLower(w[1])))))
				if marks != "" {
					extra = append(extra, fold(uint64(tMark2[j].str(marks))))
				}
			}
			want := append(slices.Clone(narrow.out[narrow.offs[i]:narrow.offs[i+1]]), extra...)
			if got := wide.out[wide.offs[i]:wide.offs[i+1]]; !slices.Equal(got, want) {
				t.Errorf("pass %d, token %d: features\n%x\nwant\n%x", pass, i, got, want)
			}
		}
	}
}
