package ner

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
)

// table is the model's feature table laid out for tagging. The file keeps
// a feature's key, weight offsets, labels and values in five arrays, so
// that a lookup there reads five cache lines; here a lookup reads one slot
// of an open-addressed hash table and the feature's weights, label and
// value packed in one word, four words a chunk. Features whose weights all
// quantised to zero are left out: they add nothing.
type table struct {
	slots []uint64 // hash<<32 | entry's low 32 bits; 0 when empty
	shift uint     // 32 - log2(len(slots))
	w     *weights
}

// weights are the weights of the features of a table: a sparse feature's
// in chunks, a dense one's, which has weights for most labels, in a row
// of maxLabels int32s, label by label (0 for the labels it has none
// for), which addWeights adds eight labels a step with no label to read.
type weights struct {
	chunks []chunk
	dense  []int32
}

// A chunk is four weights of a sparse feature, each uint16(value)<<16 |
// label. The last chunk of a feature is filled up with weights of 0 (for
// label 0), so that adding a feature's weights is a loop over whole
// chunks.
type chunk [4]uint32

// An entry is what a lookup finds: a slot of the table, 0 for a feature
// the model does not have. Its low 32 bits say where the weights are:
// the first chunk<<entryBits | the number of chunks for a sparse
// feature; the row<<entryBits | denseBit | the steps of eight labels up
// to the last label for a dense one.
type entry = uint64

const (
	entryBits  = 6 // bits of an entry that count its chunks: up to 31 ≥ maxLabels/4, and denseBit
	denseBit   = 1 << (entryBits - 1)
	maxWeights = 1<<(32-entryBits) - 1
)

// denseFrom is the number of chunks from which a feature of a model of
// nl labels is dense: a chunk costs about as much to add as a step of
// eight labels of a row, which costs one chunk more to start (7 to 9
// chunks measure alike for 53 labels).
func denseFrom(nl int) int { return (nl+7)/8 + 1 }

// newTable builds the table of m. Open has checked that offsets are in
// range, that no feature has more than numLabels weights, that their
// labels are below numLabels, and that there are at most maxWeights, and
// so at most maxWeights chunks and rows.
func newTable(m *Model) *table {
	le := binary.LittleEndian
	n := len(m.keys) / 2
	size := max(2, 1<<bits.Len(uint(n+n/2))) // load factor 0.33–0.67; a shift below 32
	t := &table{slots: make([]uint64, size), shift: uint(32 - bits.TrailingZeros(uint(size)))}
	dense := denseFrom(m.nl)
	chunks, rows := 0, 0
	for j := range n {
		a, b := int(le.Uint32(m.woff[4*j:])), int(le.Uint32(m.woff[4*j+4:]))
		if c := (b - a + len(chunk{}) - 1) / len(chunk{}); c < dense {
			chunks += c
		} else {
			rows++
		}
	}
	w := &weights{chunks: make([]chunk, 0, chunks), dense: make([]int32, 0, rows*maxLabels)}
	t.w = w
	mask := uint32(size - 1)
	for bk := 0; bk < 1<<bucketBits; bk++ {
		lo := int(le.Uint32(m.index[4*bk:]))
		hi := int(le.Uint32(m.index[4*bk+4:]))
		for j := lo; j < hi; j++ {
			a, b := int(le.Uint32(m.woff[4*j:])), int(le.Uint32(m.woff[4*j+4:]))
			if a == b {
				continue
			}
			h := uint32(bk)<<(32-bucketBits) | uint32(le.Uint16(m.keys[2*j:]))
			i := t.home(h)
			for t.slots[i] != 0 {
				if uint32(t.slots[i]>>32) == h {
					break // a duplicate key: the file's binary search finds either
				}
				i = (i + 1) & mask
			}
			if t.slots[i] != 0 {
				continue
			}
			if (b-a+len(chunk{})-1)/len(chunk{}) >= dense {
				off := len(w.dense)
				w.dense = append(w.dense, make([]int32, maxLabels)...)
				row := w.dense[off:]
				for k := a; k < b; k++ {
					row[m.wlabel[k]] += int32(int16(le.Uint16(m.wval[2*k:])))
				}
				t.slots[i] = uint64(h)<<32 | uint64(off/maxLabels)<<entryBits | denseBit | uint64((m.nl+7)/8)
				continue
			}
			off := len(w.chunks)
			for k := a; k < b; k += len(chunk{}) {
				var c chunk
				for x := range min(len(c), b-k) {
					c[x] = uint32(le.Uint16(m.wval[2*(k+x):]))<<16 | uint32(m.wlabel[k+x])
				}
				w.chunks = append(w.chunks, c)
			}
			t.slots[i] = uint64(h)<<32 | uint64(off)<<entryBits | uint64(len(w.chunks)-off)
		}
	}
	return t
}

// home is the slot where the search for h starts: its top bits, so that
// the table fills in the order of the file, which sorts features by hash.
// The shift is below 32 (newTable), and the mask says so to the compiler,
// which then shifts with no test for a larger one.
func (t *table) home(h uint32) uint32 { return h >> (t.shift & 31) }

// find returns the entry of the feature with hash h.
//
// Features go in by ascending hash (Open checks that the file has them
// so), and their home slots ascend with their hashes, so that each one
// lands past only smaller ones: the slots from h's home to its own hold
// smaller hashes. A search for a hash the table lacks, as most of those
// of an unseen text's word pairs are, thus stops at the first larger
// hash, a slot or two on, not at the next empty slot. s-1 keeps the hash
// of a slot in use, whose chunks are never 0, and makes an empty slot's
// the largest.
func (t *table) find(h uint32) entry {
	mask := uint32(len(t.slots) - 1)
	i := t.home(h)
	for uint32((t.slots[i]-1)>>32) < h {
		i = (i + 1) & mask
	}
	if s := t.slots[i]; uint32(s>>32) == h {
		return s
	}
	return 0
}

// transGroup is a set of labels with the same legal predecessors, and
// the transition scores into them, predecessor by predecessor: the
// labels that open or stand outside a span (O, B-, U-) all follow O, L-
// and U-, and the I- and L- of a type follow its B- and I-.
type transGroup struct {
	labels []uint8
	preds  []uint8   // ascending, as allowed lists them
	all    []uint8   // 0, 1, … len(preds)-1
	trans  []float32 // [len(preds)][len(labels)]: trans[p][label]
	// For a group with many predecessors (pruneFrom): by predecessor,
	// how much more than from it the label it helps least can gain from
	// another; and the largest transition score by magnitude.
	gain []float32
	tabs float32
}

// twoGroup is a group of two labels after two predecessors (the I- and
// L- of a type, after its B- and I-), in arrays that decodeGroups reads
// without a loop.
type twoGroup struct {
	trans [2][2]float32 // trans[p][label]
	from  [2]uint8      // preds
	to    [2]uint8      // labels
	_     [12]byte      // to 32 bytes, which index without a multiplication
}

// transGroups are the groups of the labels of a grammar: those of two
// labels after two predecessors apart, and the others. Every label is
// in one group.
type transGroups struct {
	two  []twoGroup
	many []transGroup
}

// pruneFrom is the number of predecessors from which decodeGroups first
// leaves out those too far behind the best to win.
const pruneFrom = 8

// groupTransitions groups the labels of the grammar allowed by their
// predecessors, with trans (nl+2 rows, see Model.trans).
func groupTransitions(trans []float32, allowed [][]uint8) transGroups {
	nl := len(allowed)
	var gs []transGroup
	for c := range nl {
		k := slices.IndexFunc(gs, func(g transGroup) bool { return slices.Equal(g.preds, allowed[c]) })
		if k < 0 {
			gs = append(gs, transGroup{preds: allowed[c]})
			k = len(gs) - 1
		}
		gs[k].labels = append(gs[k].labels, uint8(c))
	}
	var out transGroups
	for k := range gs {
		g := &gs[k]
		g.trans = make([]float32, len(g.preds)*len(g.labels))
		top := make([]float32, len(g.labels))
		for ci, c := range g.labels {
			for pi, p := range g.preds {
				t := trans[int(p)*nl+int(c)]
				g.trans[pi*len(g.labels)+ci] = t
				if pi == 0 || t > top[ci] {
					top[ci] = t
				}
				g.tabs = max(g.tabs, float32(math.Abs(float64(t))))
			}
		}
		for pi := range g.preds {
			g.all = append(g.all, uint8(pi))
		}
		g.gain = make([]float32, len(g.preds))
		for pi := range g.preds {
			for ci := range g.labels {
				g.gain[pi] = max(g.gain[pi], top[ci]-g.trans[pi*len(g.labels)+ci])
			}
		}
		if len(g.preds) == 2 && len(g.labels) == 2 {
			out.two = append(out.two, twoGroup{
				from:  [2]uint8(g.preds),
				to:    [2]uint8(g.labels),
				trans: [2][2]float32{[2]float32(g.trans[:2]), [2]float32(g.trans[2:])},
			})
			continue
		}
		out.many = append(out.many, *g)
	}
	return out
}

// decodeGroups is decode over grouped transitions: the same sums and
// comparisons in the same order for each label, with no indirection
// through allowed. A label's predecessors are scanned in ascending order
// as decode scans them, so that ties go the same way; where pruning
// leaves one contender, as it mostly does, its score is read once for
// all the labels of the group. The labels are computed group by group,
// each from the scores of the token before alone, so the order of the
// groups does not matter.
//
// The emission scores are the weights' sums scaled, float32(sums[k]) *
// scale, each computed where it is added: a pass to convert them all
// first cost more than the conversions. The explicit conversion rounds
// the product before the sum, as storing it did, and keeps a compiler
// from fusing the two.
//
// The rows of a token (scores, back pointers, sums) are read as arrays
// of rowLen, which any uint8 label indexes without a bounds check: they
// overlap the next tokens' rows and a padding past the last one, and
// no label of a group reaches past nl.
func (v *viterbi) decodeGroups(sums []int32, scale float32, n, nl int, trans []float32, gs *transGroups, labels []uint8) []uint8 {
	var first [maxLabels]float32
	for c, x := range sums[:nl] {
		first[c] = float32(x) * scale
	}
	end := v.begin(first[:nl], n, nl, trans)
	pad := rowLen - nl
	sums = slices.Grow(sums[:n*nl], pad)[:n*nl+pad] // as tag leaves room, mostly no copy
	v.delta = slices.Grow(v.delta, pad)
	v.back = slices.Grow(v.back, pad)
	// The rows of token i start delta, backs and sums, from token 1 on.
	delta, backs := v.delta[:n*nl+pad], v.back[nl:n*nl+pad]
	sums = sums[nl:]
	for i := 1; i < n; i++ {
		prev := (*[rowLen]float32)(delta)
		delta = delta[nl:]
		cur := (*[rowLen]float32)(delta)
		back := (*[rowLen]uint8)(backs)
		backs = backs[nl:]
		emi := (*[rowLen]int32)(sums)
		sums = sums[nl:]
		stepTwo(gs.two, prev, cur, back, emi, scale)
		for g := range gs.many {
			gr := &gs.many[g]
			preds := gr.all
			if len(preds) >= pruneFrom {
				preds = v.contenders(gr, prev)
			}
			m := len(gr.labels)
			pi := int(preds[0])
			p := gr.preds[pi]
			if pv := prev[p]; pv-gr.tabs > neg {
				// Every sum pv + tr[ci] is at least pv - tabs, and so
				// above neg: the scan below would take each, and then
				// the sums of the other contenders, in ascending order,
				// where larger. So contender by contender, with no
				// index arithmetic a label.
				tr := gr.trans[pi*m : pi*m+m]
				tr = tr[:len(gr.labels)]
				if len(preds) == 1 {
					for ci, c := range gr.labels {
						cur[c] = pv + tr[ci] + float32(float32(emi[c])*scale)
						back[c] = p
					}
					continue
				}
				for ci, c := range gr.labels {
					cur[c], back[c] = pv+tr[ci], p
				}
				for _, pi := range preds[1:] {
					p := gr.preds[pi]
					pv := prev[p]
					tr := gr.trans[int(pi)*m : int(pi)*m+m]
					tr = tr[:len(gr.labels)]
					for ci, c := range gr.labels {
						if s := pv + tr[ci]; s > cur[c] {
							cur[c], back[c] = s, p
						}
					}
				}
				for _, c := range gr.labels {
					cur[c] += float32(float32(emi[c]) * scale)
				}
				continue
			}
			for ci, c := range gr.labels {
				best, arg := neg, uint8(0)
				for _, pi := range preds {
					p := gr.preds[pi]
					if s := prev[p] + gr.trans[int(pi)*m+ci]; s > best {
						best, arg = s, p
					}
				}
				cur[c] = best + float32(float32(emi[c])*scale)
				back[c] = arg
			}
		}
	}
	return v.backtrace(n, nl, end, labels)
}

// stepTwo is decodeGroups's step for the groups of two, from the scores
// prev of a token to those of the next, cur, with its sums emi. A
// function of its own, it keeps what it reads in registers.
//
// It takes the sum from p unless the one from q is larger, as decode's
// scan does, with no test for neg: a score is neg or above it by far
// more than any transition (the sums of a sentence are far from 1e30,
// whose floats are 2^76 apart), and fl(neg + t) is neg. Were neither p
// nor q reached, the label's back pointer would be p where the scan
// leaves 0, which no best path follows; but p, a B-, is reached at
// every token.
func stepTwo(two []twoGroup, prev, cur *[rowLen]float32, back *[rowLen]uint8, emi *[rowLen]int32, scale float32) {
	for k := range two {
		g := &two[k]
		p, q := g.from[0], g.from[1]
		pv, qv := prev[p], prev[q]
		tr := &g.trans
		b0, a0 := pv+tr[0][0], p
		if t := qv + tr[1][0]; t > b0 {
			b0, a0 = t, q
		}
		b1, a1 := pv+tr[0][1], p
		if t := qv + tr[1][1]; t > b1 {
			b1, a1 = t, q
		}
		c0, c1 := g.to[0], g.to[1]
		cur[c0], back[c0] = b0+float32(float32(emi[c0])*scale), a0
		cur[c1], back[c1] = b1+float32(float32(emi[c1])*scale), a1
	}
}

// contenders returns, as indices into gr.preds in ascending order, the
// predecessors that may give some label of gr its best sum. The one with
// the highest score, q, gives label c at least prev[q] + trans[q][c]; a
// predecessor p gives it at most prev[p] + top[c], and gain[q] bounds
// top[c] - trans[q][c]. So p is left out when prev[p] falls short of
// prev[q] - gain[q] by a slack far above any rounding of the sums, so
// that it can neither beat nor tie q, and the labels get what the scan of
// all of them would give.
func (v *viterbi) contenders(gr *transGroup, prev *[rowLen]float32) []uint8 {
	// The best score, and the best of the others.
	q, top, second := 0, prev[gr.preds[0]], float32(math.Inf(-1))
	for pi, p := range gr.preds[1:] {
		if x := prev[p]; x > top {
			q, top, second = pi+1, x, top
		} else if x > second {
			second = x
		}
	}
	v.order = v.order[:0]
	if top <= neg/2 {
		return gr.all
	}
	slack := 1e-3 * (1 + float32(math.Abs(float64(top))) + gr.gain[q] + gr.tabs)
	floor := top - gr.gain[q] - slack
	if second < floor {
		return append(v.order, uint8(q)) // as mostly
	}
	for pi, p := range gr.preds {
		if prev[p] >= floor {
			v.order = append(v.order, uint8(pi))
		}
	}
	return v.order
}
