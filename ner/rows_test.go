package ner

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/cluster"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/shared"
)

// taggedArticle is an article cut into sentences whose tokens carry tags
// and lemmas of a kind: one text gets several tags and lemmas across the
// article, some lemmas are the text itself and some are empty.
func taggedArticle(t *testing.T) []vistka.Sentence {
	t.Helper()
	text, err := os.ReadFile(shared.TestPath(t, "articles", "ukrinform-blinken-astana.uk.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sents := SimpleTokenize(string(text))
	tags := []string{"noun:anim:m:v_naz:prop:lname", "noun:inanim:f:v_rod", "adj:m:v_zna", "verb:imperf:past:m", "prep", ""}
	for i := range sents {
		for k := range sents[i].Tokens {
			tk := &sents[i].Tokens[k]
			tk.Tag = tags[(i+k)%len(tags)]
			switch (i + 2*k) % 4 {
			case 0:
				tk.Lemma = tk.Text + "а"
			case 1:
				tk.Lemma = tk.Text
			case 2:
				tk.Lemma = "київ"
			}
		}
	}
	return sents
}

// TestScoreSums checks that score, which sums the weights a token gives
// itself and its neighbours once for each token, gives the sums of the
// features extract gives, for the shipped model's features and for all
// of them, with the blocks kept, with a few kept (keepBlocks) as score
// starts over, and with them dropped all the time, and
// with the rows of shapes, categories and classes kept for all, for a few
// and for one.
func TestScoreSums(t *testing.T) {
	m := shippedModel(t)
	sents := taggedArticle(t)
	clu, err := cluster.Default()
	if err != nil {
		t.Fatal(err)
	}
	all := featMorph | featGaz | featHist | featWideCase | featWideMark | featWideLemma | featStack
	hist := map[string]uint16{"блінкен": 1 << 2, "астан": 1<<1 | 1<<3}
	defer func(n, k, r, c int) { maxRows, maxShapeRows, maxTypeRows, maxCluRows = n, k, r, c }(maxRows, maxShapeRows, maxTypeRows, maxCluRows)
	shapes, types, classes := maxShapeRows, maxTypeRows, maxCluRows
	for _, bound := range []int{maxRows, 40, 3, 1} {
		for _, set := range []uint32{m.set, m.set &^ featMorph, all} {
			for _, clu := range []*cluster.Clusters{nil, clu} {
				t.Run(fmt.Sprintf("bound=%d,set=%b,clusters=%t", bound, set, clu != nil), func(t *testing.T) {
					maxRows, maxShapeRows, maxTypeRows, maxCluRows = bound, min(bound, shapes), min(bound, types), min(bound, classes)
					want := featurizer{set: set, gaz: gazetteer.Default(), clu: clu, tab: m.table()}
					got := featurizer{set: set, gaz: gazetteer.Default(), clu: clu, tab: m.table()}
					nl := m.nl
					for pass := range 2 {
						for _, f := range []*featurizer{&want, &got} {
							f.setDoc(sents)
							if set&featHist != 0 {
								f.hist = hist
							}
							if set&featStack != 0 {
								f.setStack(sents, stackLabels(sents))
							}
						}
						for i := range sents {
							s := &sents[i]
							n := len(s.Tokens)
							want.stkSent, got.stkSent = i, i
							want.extract(s)
							ws := make([]int32, n*nl)
							for k := range n {
								var row [rowLen]int32
								addWeights(&row, want.tab.w, want.out[want.offs[k]:want.offs[k+1]])
								copy(ws[k*nl:(k+1)*nl], row[:nl])
							}
							gs := make([]int32, n*nl, rowsCap(n, nl))
							for k := range gs {
								gs[k] = int32(k) // score overwrites what sums hold
							}
							got.score(s, nl, gs)
							if !slices.Equal(ws, gs) {
								t.Fatalf("pass %d, sentence %d: sums differ", pass, i)
							}
						}
					}
				})
			}
		}
	}
}

// TestFindBlocks checks that the blocks a model keeps across documents
// do not change what it finds: the spans of an article are the same the
// first time, the second, and with the blocks dropped all the time.
func TestFindBlocks(t *testing.T) {
	m := shippedModel(t)
	if m.UsesGazetteer() {
		m = m.WithGazetteer(gazetteer.Default())
	}
	sents := taggedArticle(t)
	first := m.Find(sents)
	if len(first) == 0 {
		t.Fatal("no spans")
	}
	if again := m.Find(sents); !slices.Equal(first, again) {
		t.Errorf("second time:\n%v\nwant\n%v", again, first)
	}
	defer func(n int) { maxRows = n }(maxRows)
	maxRows = 1
	if few := m.Find(sents); !slices.Equal(first, few) {
		t.Errorf("with one block kept:\n%v\nwant\n%v", few, first)
	}
}

// TestFindConcurrent checks that Finds at the same time, each with a
// state of its own from the model's free list, find what one alone does.
func TestFindConcurrent(t *testing.T) {
	m := shippedModel(t)
	if m.UsesGazetteer() {
		m = m.WithGazetteer(gazetteer.Default())
	}
	sents := taggedArticle(t)
	want := m.Find(sents)
	var wg sync.WaitGroup
	got := make([][]vistka.Span, 2*keptStates)
	for g := range got {
		wg.Go(func() {
			for range 3 {
				got[g] = m.Find(sents)
			}
		})
	}
	wg.Wait()
	for g := range got {
		if !slices.Equal(got[g], want) {
			t.Errorf("goroutine %d:\n%v\nwant\n%v", g, got[g], want)
		}
	}
}

// stackLabels makes up first-stage labels for the tokens of sents: spans
// of one, two and three tokens of several types.
func stackLabels(sents []vistka.Sentence) [][]uint8 {
	out := make([][]uint8, len(sents))
	for i := range sents {
		n := len(sents[i].Tokens)
		labs := make([]uint8, n)
		for k := 0; k < n; k++ {
			ty := (i + k) % len(Types)
			switch (i + k) % 5 {
			case 1:
				labs[k] = uint8(label(ty, uTag))
			case 3:
				if k+2 < n {
					labs[k], labs[k+1], labs[k+2] = uint8(label(ty, bTag)), uint8(label(ty, iTag)), uint8(label(ty, lTag))
					k += 2
				}
			}
		}
		out[i] = labs
	}
	return out
}

// TestAddWeights checks addWeights against the weights of the file, read
// one by one, on runs of the shipped model's features: the labels index
// the row as uint8s, and nothing lands past maxLabels, where the next
// tokens' rows lie.
func TestAddWeights(t *testing.T) {
	m := shippedModel(t)
	tab := m.table()
	le := binary.LittleEndian
	var hashes []uint32
	for bk := 0; bk < 1<<bucketBits; bk++ {
		for j := le.Uint32(m.index[4*bk:]); j < le.Uint32(m.index[4*bk+4:]); j++ {
			hashes = append(hashes, uint32(bk)<<(32-bucketBits)|uint32(le.Uint16(m.keys[2*j:])))
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		var es []uint32
		var want [rowLen]int32
		for range r.IntN(40) {
			h := hashes[r.IntN(len(hashes))]
			if r.IntN(4) == 0 {
				h ^= 1 // mostly a feature the model lacks: entry 0
			}
			es = append(es, uint32(tab.find(h)))
			if lo, hi := m.fileLookup(h); es[len(es)-1] != 0 {
				for k := lo; k < hi; k++ {
					want[m.wlabel[k]] += int32(int16(le.Uint16(m.wval[2*k:])))
				}
			}
		}
		var got [rowLen]int32
		addWeights(&got, tab.w, es)
		if got != want {
			t.Fatalf("entries %v: sums differ", es)
		}
		if slices.ContainsFunc(got[maxLabels:], func(x int32) bool { return x != 0 }) {
			t.Fatalf("entries %v: weights past maxLabels", es)
		}
	}
}
