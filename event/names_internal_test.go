package event

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/vistka/vistka"
)

// TestNameCursor checks nameCursor against inName, and directIn against
// the quotes that hold each token, on random sentences, spans and quotes:
// spans sorted by their ends and not, nested, touching and empty ones,
// tokens in text order and a few out of it.
func TestNameCursor(t *testing.T) {
	types := []string{"ORG", "LOC", "PERS", "JOB", "DATE", "DOC"}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 20000 {
		var toks []vistka.Token
		for at := rng.IntN(5); at < 60 && len(toks) < 12; {
			n := 1 + rng.IntN(6)
			toks = append(toks, vistka.Token{RStart: at, REnd: at + n})
			at += n + rng.IntN(3)
		}
		if round%7 == 0 && len(toks) > 2 {
			k := rng.IntN(len(toks) - 1)
			toks[k], toks[k+1] = toks[k+1], toks[k]
		}
		var spans []vistka.Span
		for range rng.IntN(8) {
			s := rng.IntN(70)
			spans = append(spans, vistka.Span{Start: s, End: s + rng.IntN(15), Type: types[rng.IntN(len(types))]})
		}
		if round%3 != 0 {
			slices.SortFunc(spans, func(x, y vistka.Span) int { return cmp.Compare(x.End, y.End) })
		}
		a := &vistka.Analysis{Spans: spans}
		f := &finder{a: a, toks: toks, spansByEnd: slices.IsSortedFunc(spans, func(x, y vistka.Span) int { return cmp.Compare(x.End, y.End) })}
		c := nameCursor{f: f, at: -1}
		for i := range toks {
			if got, want := c.inName(i), f.inName(i); got != want {
				t.Fatalf("round %d: token %d %d-%d in spans %v: cursor %v, inName %v", round, i, toks[i].RStart, toks[i].REnd, spans, got, want)
			}
		}
		var quotes []vistka.Quote
		for range rng.IntN(4) {
			s := rng.IntN(80)
			quotes = append(quotes, vistka.Quote{Start: s, End: s + rng.IntN(30), Direct: rng.IntN(3) > 0})
		}
		slices.SortFunc(quotes, func(x, y vistka.Quote) int { return cmp.Compare(x.Start, y.Start) })
		if directIn(quotes, toks) {
			continue
		}
		for i := range toks {
			tk := &toks[i]
			k := sort.Search(len(quotes), func(k int) bool { return quotes[k].Start > tk.RStart })
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if q := quotes[j]; q.Direct && tk.RStart >= q.Start && tk.REnd <= q.End {
					t.Fatalf("round %d: quote %v holds token %d-%d, directIn false", round, q, tk.RStart, tk.REnd)
				}
			}
		}
	}
}
