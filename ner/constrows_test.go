package ner

import (
	"slices"
	"testing"

	"github.com/vistka/vistka/gazetteer"
)

// TestOutKey checks the bits outKey gives each token of sentences of up
// to six tokens against the places around it past the bounds.
func TestOutKey(t *testing.T) {
	for n := 1; n <= 6; n++ {
		for i := range n {
			k := outKey(i, n)
			for _, d := range []int{-2, -1, 1, 2} {
				out := i+d < 0 || i+d >= n
				if got := k&(1<<(ckOut+outBit(d))) != 0; got != out {
					t.Errorf("n=%d, i=%d, d=%d: past the bounds %t, want %t", n, i, d, got, out)
				}
			}
		}
	}
}

// TestConstRows checks that joint and context with a constKey leave out
// just the features constEntries gives for it, in a tagged article with
// the history of a document, and that constRow, whose cache is small
// enough for its keys to share slots, gives the bias and the plain sum
// of their weights, read again in another order.
func TestConstRows(t *testing.T) {
	m := shippedModel(t)
	sents := taggedArticle(t)
	f := featurizer{set: m.set | featHist, gaz: gazetteer.Default(), tab: m.table()}
	f.setDoc(sents)
	f.hist = map[string]uint16{"блінкен": 1 << 2, "астан": 1<<1 | 1<<3, "казахстан": 1}
	var keys []constKey
	quoted := 0
	for si := range sents {
		s := &sents[si]
		f.prepare(s)
		n := len(s.Tokens)
		var q0, q1 quoteState
		for i := range n {
			prev, w, next := f.wordAt(i-1, n), f.wordAt(i, n), f.wordAt(i+1, n)
			want := f.joint(nil, i, prev, w, next, nil)
			want = f.context(s.Tokens, i, prev, &q0, want, nil)
			var ck constKey
			got := f.joint(nil, i, prev, w, next, &ck)
			got = f.context(s.Tokens, i, prev, &q1, got, &ck)
			got = f.constEntries(ck, got)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("sentence %d, token %d: features %v, want %v", si, i, got, want)
			}
			if ck.bits>>ckQDist&7 != 0 {
				quoted++
			}
			ck.bits |= outKey(i, n)
			keys = append(keys, ck)
		}
	}
	if quoted == 0 {
		t.Error("no token in quotes")
	}
	check := func(k constKey) {
		want := f.bias
		var row [rowLen]int32
		addWeights(&row, f.tab.w, f.constEntries(k, nil))
		for l := range want {
			want[l] += row[l]
		}
		if got := f.constRow(k); *got != want {
			t.Fatalf("key %+v: row %v, want %v", k, got[:m.nl], want[:m.nl])
		}
	}
	for _, k := range keys {
		check(k)
	}
	for _, k := range slices.Backward(keys) {
		check(k)
	}
}
