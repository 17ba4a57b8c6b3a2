package ner

import "math/bits"

// A constKey names the features of a token that are constants of the
// featurizer, whatever the token's word: the words and shapes past the
// bounds of its sentence, the run of capitals it stands in (joint), the
// types predicted for its word before, how far into a quote it stands,
// and what the document says of its word (context). Tokens share few of
// these sets, and score adds each set's weights as one row summed once
// (constRow) rather than weight by weight. With them goes sh-1sh0sh+1,
// which takes few values.
type constKey struct {
	bits   uint64 // see ckRun
	shape3 uint32 // sh-1sh0sh+1, as f.out holds it
}

// The fields of a constKey, from these bits up: the capRun (0 for none;
// runs are below 64), the hist bits, 1+qdist, 1+doc and 1+docQ (0 for
// none), and a bit for each of w-2, w-1, w+1 and w+2 past the bounds of
// the sentence.
const (
	ckRun   = 0
	ckHist  = 6
	ckQDist = 22
	ckDoc   = 25
	ckDocQ  = 30
	ckOut   = 32
	ckSet   = 63 // set in the keys of the cache of constRow
)

// outKey returns the bits of a constKey for token i of a sentence of n
// tokens: those of the places d from it past the sentence's bounds.
func outKey(i, n int) uint64 {
	var k uint64
	for d := -2; d <= 2; d++ {
		if j := i + d; j < 0 || j >= n {
			k |= 1 << (ckOut + outBit(d))
		}
	}
	return k
}

// outBit numbers the places d = -2, -1, 1, 2 around a token from 0.
func outBit(d int) int {
	if d < 0 {
		return d + 2
	}
	return d + 1
}

// constEntries appends to out the table entries of the features of k.
func (f *featurizer) constEntries(ck constKey, out []uint32) []uint32 {
	c := f.cst
	k := ck.bits
	out = append(out, ck.shape3)
	for d := -2; d <= 2; d++ {
		if d != 0 && k&(1<<(ckOut+outBit(d))) != 0 {
			w := f.bos
			if d > 0 {
				w = f.eos
			}
			out = append(out, f.wfeat(w, kW+d+2), f.wfeat(w, kShape+d+2))
		}
	}
	if run := k >> ckRun & 63; run != 0 {
		out = append(out, c.capRun[run])
	}
	for seen := uint32(k >> ckHist & 0xffff); seen != 0; seen &= seen - 1 {
		out = append(out, c.hist[bits.TrailingZeros32(seen)])
	}
	if d := k >> ckQDist & 7; d != 0 {
		out = append(out, c.quote, c.qdist[d-1])
	}
	if d := k >> ckDoc & 31; d != 0 {
		out = append(out, c.doc[d-1])
	}
	if d := k >> ckDocQ & 3; d != 0 {
		out = append(out, c.docQ[d-1])
	}
	return out
}

// constBits is the number of bits of the slots of the cache of constRow:
// 1<<10 rows of maxLabels int32s are 256 KB.
const constBits = 10

// constRow returns the bias plus the sums of the weights of the
// features of k. It keeps the rows of the last keys it saw in a
// direct-mapped cache: the row stays valid until the next call.
func (f *featurizer) constRow(k constKey) *[maxLabels]int32 {
	k.bits |= 1 << ckSet // a key of the cache, not its empty slots
	if f.constRows == nil {
		f.constKeys = new([1 << constBits]constKey)
		f.constRows = new([1 << constBits][maxLabels]int32)
	}
	slot := (k.bits ^ uint64(k.shape3)<<24) * 0x9e3779b97f4a7c15 >> (64 - constBits)
	r := &f.constRows[slot]
	if f.constKeys[slot] != k {
		f.constKeys[slot] = k
		f.constOut = f.constEntries(k, f.constOut[:0])
		row := &f.scratch
		*(*[maxLabels]int32)(row[:maxLabels]) = f.bias
		addWeights(row, f.tab.w, f.constOut)
		*r = [maxLabels]int32(row[:maxLabels])
	}
	return r
}
