package ner

import (
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/vistka/vistka"
)

// TestSpanTokens checks vistka.TokensIn against two binary searches and
// against a scan of every token, the simple versions, over random
// sentences of up to ten tokens in order, with and without gaps between
// them, for every start and end around them.
func TestSpanTokens(t *testing.T) {
	simple := func(toks []vistka.Token, start, end int) (int, int) {
		from := sort.Search(len(toks), func(i int) bool { return toks[i].RStart >= start })
		to := sort.Search(len(toks), func(i int) bool { return toks[i].REnd > end })
		if to <= from {
			return 0, 0
		}
		return from, to
	}
	scanned := func(toks []vistka.Token, start, end int) (int, int) {
		from, to := len(toks), 0
		for i := range toks {
			if toks[i].RStart >= start && toks[i].REnd <= end {
				from, to = min(from, i), i+1
			}
		}
		if to < from {
			return 0, 0
		}
		return from, to
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var toks []vistka.Token
		pos := rng.IntN(3)
		for range rng.IntN(11) {
			pos += rng.IntN(3) // a gap, or none
			n := 1 + rng.IntN(4)
			toks = append(toks, vistka.Token{RStart: pos, REnd: pos + n})
			pos += n
		}
		for start := -1; start <= pos+1; start++ {
			for end := -1; end <= pos+1; end++ {
				a, b := vistka.TokensIn(toks, start, end)
				c, d := simple(toks, start, end)
				e, f := scanned(toks, start, end)
				if a != c || b != d || a != e || b != f {
					t.Fatalf("vistka.TokensIn(%v, %d, %d) = %d, %d; binary search %d, %d; scan %d, %d", toks, start, end, a, b, c, d, e, f)
				}
			}
		}
	}
}
