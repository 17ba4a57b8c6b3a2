package ner

import (
	"encoding/binary"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/shared"
)

func shippedModel(t *testing.T) *Model {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "models", "uk-ner.bin"))
	if err != nil {
		t.Skipf("no model: %v", err)
	}
	m, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// fileLookup is the lookup the file's layout was made for: the bucket of
// the hash's top bits, then a binary search of the keys in it.
func (m *Model) fileLookup(h uint32) (int, int) {
	le := binary.LittleEndian
	bk := int(h >> (32 - bucketBits))
	lo := int(le.Uint32(m.index[4*bk:]))
	hi := int(le.Uint32(m.index[4*bk+4:]))
	k := uint16(h)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		v := le.Uint16(m.keys[2*mid:])
		switch {
		case v < k:
			lo = mid + 1
		case v > k:
			hi = mid
		default:
			return int(le.Uint32(m.woff[4*mid:])), int(le.Uint32(m.woff[4*mid+4:]))
		}
	}
	return 0, 0
}

// TestTable checks that the table finds every feature of the file with
// its weights, and nothing the file does not hold.
func TestTable(t *testing.T) {
	m := shippedModel(t)
	tab := m.table()
	le := binary.LittleEndian
	check := func(h uint32) {
		lo, hi := m.fileLookup(h)
		e := uint32(tab.find(h))
		off, n := int(e>>entryBits), int(e&(1<<entryBits-1))
		if dense := (hi-lo+len(chunk{})-1)/len(chunk{}) >= denseFrom(m.nl); dense != (n&denseBit != 0) {
			t.Fatalf("hash %08x: %d weights, entry %x", h, hi-lo, e)
		}
		if n&denseBit != 0 {
			// A row of int32s, label by label, added up to the step of
			// eight labels with the last.
			var want [maxLabels]int32
			for k := lo; k < hi; k++ {
				want[m.wlabel[k]] += int32(int16(le.Uint16(m.wval[2*k:])))
			}
			got := [maxLabels]int32(tab.w.dense[off*maxLabels:])
			if got != want || n-denseBit != (m.nl+7)/8 {
				t.Fatalf("hash %08x: dense row differs", h)
			}
			return
		}
		var got []uint32
		for _, c := range tab.w.chunks[off : off+n] {
			got = append(got, c[:]...)
		}
		// The last chunk is filled up with weights of 0.
		if len(got) < hi-lo || len(got)-(hi-lo) >= len(chunk{}) || slices.ContainsFunc(got[hi-lo:], func(p uint32) bool { return p != 0 }) {
			t.Fatalf("hash %08x: table has %d chunks at %d, file %d weights at %d", h, n, off, hi-lo, lo)
		}
		for k := lo; k < hi; k++ {
			p := got[k-lo]
			if int(p&0xffff) != int(m.wlabel[k]) || uint16(p>>16) != le.Uint16(m.wval[2*k:]) {
				t.Fatalf("hash %08x: weight %d differs", h, k-lo)
			}
		}
	}
	for bk := 0; bk < 1<<bucketBits; bk++ {
		for j := le.Uint32(m.index[4*bk:]); j < le.Uint32(m.index[4*bk+4:]); j++ {
			check(uint32(bk)<<(32-bucketBits) | uint32(le.Uint16(m.keys[2*j:])))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		check(r.Uint32())
	}
}

// TestDecodeGroups checks that Viterbi over grouped transitions picks what
// the plain one does, ties included.
func TestDecodeGroups(t *testing.T) {
	m := shippedModel(t)
	nl := m.nl
	r := rand.New(rand.NewPCG(3, 4))
	// Transitions with many ties too.
	tied := make([]float32, len(m.trans))
	for i := range tied {
		tied[i] = float32(r.IntN(3)) - 1
	}
	// And transitions far apart, which pruning leaves out more of.
	wide := make([]float32, len(m.trans))
	for i, x := range m.trans {
		wide[i] = 50 * x
	}
	for _, trans := range [][]float32{m.trans, tied, wide} {
		groups := groupTransitions(trans, m.allowed)
		var a, b viterbi
		for range 3000 {
			n := 1 + r.IntN(30)
			// Sums of weights, and the scores they scale to.
			sums := make([]int32, n*nl)
			em := make([]float32, n*nl)
			spread := []float64{0.5, 3, 20}[r.IntN(3)]
			flat := r.IntN(10) == 0 // every label alike: ties everywhere
			for i := range sums {
				if flat {
					sums[i] = 1 << 12
				} else if r.IntN(2) == 0 {
					sums[i] = int32(r.IntN(5)) << 12 // ties
				} else {
					sums[i] = int32(r.NormFloat64() * spread * (1 << 12))
				}
				em[i] = float32(sums[i]) * m.scale
			}
			want := a.decode(em, n, nl, trans, m.allowed, nil)
			got := b.decodeGroups(sums, m.scale, n, nl, trans, &groups, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("labels %v, want %v", got, want)
			}
			if !slices.Equal(a.delta, b.delta) || !slices.Equal(a.back, b.back) {
				t.Fatalf("scores or back-pointers differ")
			}
		}
	}
}

// TestFeatureEntries checks that the features a featurizer with a table
// gives (computed once a word, from its caches) are the entries of the
// features it gives by hashing, as training made them.
func TestFeatureEntries(t *testing.T) {
	m := shippedModel(t)
	text, err := os.ReadFile(shared.TestPath(t, "articles", "ukrinform-blinken-astana.uk.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sents := SimpleTokenize(string(text))
	// Tags and lemmas of a kind, for the morphology features.
	tags := []string{"noun:anim:m:v_naz:prop:lname", "noun:inanim:f:v_rod", "adj:m:v_zna", "verb:imperf:past:m", "prep", ""}
	for i := range sents {
		for k := range sents[i].Tokens {
			tk := &sents[i].Tokens[k]
			tk.Tag = tags[(i+k)%len(tags)]
			if tk.Tag != "" {
				tk.Lemma = tk.Text + "а"
			}
		}
	}
	g := gazetteer.Default()
	hashes := featurizer{set: m.set, gaz: g}
	entries := featurizer{set: m.set, gaz: g, tab: m.table()}
	hist := map[string]uint16{"блінкен": 1 << 2, "астан": 1<<1 | 1<<3}
	for pass := range 2 {
		for _, f := range []*featurizer{&hashes, &entries} {
			f.setDoc(sents)
			f.hist = hist
		}
		for i := range sents {
			s := &sents[i]
			hashes.extract(s)
			entries.extract(s)
			if !slices.Equal(hashes.offs, entries.offs) {
				t.Fatalf("pass %d, sentence %d: features per token differ", pass, i)
			}
			for k, h := range hashes.out {
				if want := uint32(entries.tab.find(h)); entries.out[k] != want {
					t.Fatalf("pass %d, sentence %d, feature %d: entry %x, want %x", pass, i, k, entries.out[k], want)
				}
			}
		}
	}
}

func BenchmarkNewTable(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "models", "uk-ner.bin"))
	if err != nil {
		b.Skip(err)
	}
	m, err := Open(data)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		newTable(m)
	}
}

// TestOpenKeyOrder checks that Open refuses a file whose keys do not
// ascend within their bucket, which the table's search relies on, and
// takes the same file with them in order.
func TestOpenKeyOrder(t *testing.T) {
	w := make([]int16, numLabels)
	w[1] = 7
	for _, tc := range []struct {
		hashes []uint32
		ok     bool
	}{
		{[]uint32{0x00010002, 0x00010005, 0x00020001}, true},
		{[]uint32{0x00010005, 0x00010002, 0x00020001}, false},
	} {
		p := &modelParts{trans: make([]float32, (numLabels+2)*numLabels), hashes: tc.hashes, wts: [][]int16{w, w, w}, scale: 1}
		m, err := Open(p.encode())
		if (err == nil) != tc.ok {
			t.Fatalf("hashes %x: Open gives %v, want ok %t", tc.hashes, err, tc.ok)
		}
		if err != nil {
			continue
		}
		for _, h := range tc.hashes {
			if m.table().find(h) == 0 {
				t.Errorf("hashes %x: %08x not found", tc.hashes, h)
			}
		}
		if m.table().find(0x00010003) != 0 {
			t.Errorf("hashes %x: found a hash not in the file", tc.hashes)
		}
	}
}

// TestEmptyTable checks that the table of a model with no features has
// a shift below 32, as home's mask needs, and finds nothing.
func TestEmptyTable(t *testing.T) {
	m := &Model{index: make([]byte, 4*(1<<bucketBits+1)), woff: make([]byte, 4)}
	tab := newTable(m)
	if tab.shift >= 32 {
		t.Fatalf("shift %d", tab.shift)
	}
	for _, h := range []uint32{0, 1, 1 << 31, 0xfffffffe, 0xffffffff} {
		if e := tab.find(h); e != 0 {
			t.Errorf("find(%08x) = %x in an empty table", h, e)
		}
	}
}
