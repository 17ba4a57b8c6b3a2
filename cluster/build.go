package cluster

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"time"
)

// BuildConfig says how to learn classes.
type BuildConfig struct {
	Sizes    []int     // classes per level; nil means 64, 256, 1024
	MinCount int       // words seen fewer times get no class; 0 means 3
	Iters    int       // passes of the exchange algorithm per level; 0 means 12
	Log      io.Writer // progress; nil for none
}

// Build learns the classes of the words of sents (each a sentence of
// lower-cased words) and returns them encoded for Open. It runs on one
// goroutine and breaks every tie by a fixed order, so the same sentences
// give the same bytes.
//
// Each level is an exchange clustering of its own: every word starts in
// class rank mod K (rank by frequency) and, word by word, moves to the
// class that most raises the likelihood of the class bigram model,
// sum g(N(c,d)) - 2 sum g(N(c)) with g(x) = x ln x. Rare words share one
// pseudo-word, and a pseudo-word marks the sentence bounds; neither gets
// a class in the output.
func Build(ctx context.Context, sents [][]string, cfg BuildConfig) ([]byte, error) {
	if cfg.Sizes == nil {
		cfg.Sizes = []int{64, 256, 1024}
	}
	if cfg.MinCount == 0 {
		cfg.MinCount = 3
	}
	if cfg.Iters == 0 {
		cfg.Iters = 12
	}
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format, args...)
		}
	}
	start := time.Now()
	count := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			count[w]++
		}
	}
	var words []string
	for w, n := range count {
		if n >= cfg.MinCount {
			words = append(words, w)
		}
	}
	// Rank by frequency, then by the word.
	slices.SortFunc(words, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	nv := len(words) + 2 // + rare, + sentence bound
	rare, bound := int32(len(words)), int32(len(words)+1)
	id := make(map[string]int32, len(words))
	for i, w := range words {
		id[w] = int32(i)
	}
	// The corpus as one stream of word ids with a bound between sentences.
	var stream []int32
	stream = append(stream, bound)
	for _, s := range sents {
		for _, w := range s {
			k, ok := id[w]
			if !ok {
				k = rare
			}
			stream = append(stream, k)
		}
		stream = append(stream, bound)
	}
	uni := make([]int64, nv)
	for _, k := range stream {
		uni[k]++
	}
	// Bigram counts as successor and predecessor lists.
	type pair struct{ a, b int32 }
	bi := map[pair]int32{}
	for i := 1; i < len(stream); i++ {
		bi[pair{stream[i-1], stream[i]}]++
	}
	pairs := make([]pair, 0, len(bi))
	for p := range bi {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	type edge struct {
		w int32
		n int32
	}
	succ := make([][]edge, nv)
	pred := make([][]edge, nv)
	self := make([]int64, nv)
	for _, p := range pairs {
		n := bi[p]
		if p.a == p.b {
			self[p.a] = int64(n)
			continue
		}
		succ[p.a] = append(succ[p.a], edge{p.b, n})
		pred[p.b] = append(pred[p.b], edge{p.a, n})
	}
	bi = nil
	logf("cluster: %d sentences, %d tokens, %d words with a class (count >= %d), %d bigram types (%v)\n",
		len(sents), len(stream)-len(sents)-1, len(words), cfg.MinCount, len(pairs), time.Since(start).Round(time.Millisecond))
	// g(x) = x ln x for every count that can occur.
	g := make([]float64, len(stream)+1)
	for x := 1; x < len(g); x++ {
		g[x] = float64(x) * math.Log(float64(x))
	}

	classes := make([][]uint16, len(cfg.Sizes))
	for li, k := range cfg.Sizes {
		cls := make([]int32, nv)
		for w := range cls {
			cls[w] = int32(w % k)
		}
		nc := make([]int64, k)
		bc := make([]int64, k*k) // bc[c*k+d]: bigrams from class c to class d
		bt := make([]int64, k*k) // its transpose
		for w := range nv {
			nc[cls[w]] += uni[w]
			bc[int(cls[w])*k+int(cls[w])] += self[w]
			for _, e := range succ[w] {
				bc[int(cls[w])*k+int(cls[e.w])] += int64(e.n)
			}
		}
		for c := range k {
			for d := range k {
				bt[d*k+c] = bc[c*k+d]
			}
		}
		right := make([]int64, k) // the word's successors by class
		left := make([]int64, k)  // its predecessors by class
		var rNZ, lNZ []int32
		delta := make([]float64, k)
		// move adds sign times word w's counts to class c.
		move := func(w int32, c int, sign int64) {
			for _, d := range rNZ {
				bc[c*k+int(d)] += sign * right[d]
				bt[int(d)*k+c] += sign * right[d]
			}
			for _, d := range lNZ {
				bc[int(d)*k+c] += sign * left[d]
				bt[c*k+int(d)] += sign * left[d]
			}
			bc[c*k+c] += sign * self[w]
			bt[c*k+c] += sign * self[w]
			nc[c] += sign * uni[w]
		}
		for it := range cfg.Iters {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			moved := 0
			for w := range int32(nv) {
				for _, d := range rNZ {
					right[d] = 0
				}
				for _, d := range lNZ {
					left[d] = 0
				}
				rNZ, lNZ = rNZ[:0], lNZ[:0]
				for _, e := range succ[w] {
					d := cls[e.w]
					if right[d] == 0 {
						rNZ = append(rNZ, d)
					}
					right[d] += int64(e.n)
				}
				for _, e := range pred[w] {
					d := cls[e.w]
					if left[d] == 0 {
						lNZ = append(lNZ, d)
					}
					left[d] += int64(e.n)
				}
				a := int(cls[w])
				move(w, a, -1)
				// The gain of putting w into class b, for every b.
				for b := range k {
					row, col := bc[b*k:(b+1)*k], bt[b*k:(b+1)*k]
					var s float64
					for _, d := range rNZ {
						if int(d) != b {
							x := row[d]
							s += g[x+right[d]] - g[x]
						}
					}
					for _, d := range lNZ {
						if int(d) != b {
							x := col[d]
							s += g[x+left[d]] - g[x]
						}
					}
					x := row[b]
					s += g[x+right[b]+left[b]+self[w]] - g[x]
					s -= 2 * (g[nc[b]+uni[w]] - g[nc[b]])
					delta[b] = s
				}
				best := a
				for b := range k {
					if delta[b] > delta[best]+1e-9 {
						best = b
					}
				}
				move(w, best, 1)
				if best != a {
					cls[w] = int32(best)
					moved++
				}
			}
			var ll float64
			for _, x := range bc {
				ll += g[x]
			}
			for _, x := range nc {
				ll -= 2 * g[x]
			}
			logf("cluster: %d classes, pass %d: %d words moved, objective %.6g (%v)\n", k, it+1, moved, ll, time.Since(start).Round(time.Millisecond))
			if moved == 0 {
				break
			}
		}
		classes[li] = make([]uint16, len(words))
		for i := range words {
			classes[li][i] = uint16(cls[i])
		}
	}
	// The output is sorted by word.
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(words[a], words[b]) })
	sorted := make([]string, len(words))
	out := make([][]uint16, len(classes))
	for l := range out {
		out[l] = make([]uint16, len(words))
	}
	for j, i := range order {
		sorted[j] = words[i]
		for l := range classes {
			out[l][j] = classes[l][i]
		}
	}
	return Encode(cfg.Sizes, sorted, out), nil
}
