package ner

import (
	"math/bits"
	"slices"

	"github.com/vistka/vistka"
)

// Most of the features of a token depend on one token alone: w0, s3, st0
// and l0 on the token itself, w-1, st-1 and l-1 on the token before it,
// and so on out to w±2. A token (its text, lemma and tag) thus adds the
// same weights to the scores of itself and of its neighbours wherever it
// stands; score sums them once for each token it sees, in a block of rows
// (rowBlock), and adds the block's rows to the scores of the tokens around
// each of its mentions. The weights are integers, and integers sum to the
// same whatever the order: the scores are those of extract's features.

// maxRows bounds the blocks a featurizer keeps, and so their memory:
// 1<<14 blocks of 5×numLabels (53) int32s are 17 MB. Only tokens seen
// twice get one; the 23,773 tokens of NER-UK's dev split are about
// 10,000 texts with their lemmas and tags, and 1<<13 blocks would be
// dropped and made again as the split is tagged over and over. A
// variable for tests.
var maxRows = 1 << 14

// rowBlock is the number of rows of a block: the scores of the tokens
// two before a token to two after it.
const rowBlock = 5

// score sums the weights of the features extract gives the tokens of s
// into sums, nl labels a token (len(s.Tokens)×nl; what sums held is
// overwritten, and sums has the capacity of rowsCap). f needs a table.
//
// The weights of a token's own features and of its neighbours' first
// mentions are added one by one to a row of f.rows, which starts as the
// bias and the constants of the token's context (constRow); the blocks
// of the tokens seen before are then added, up to sumMax rows at a
// time, as the row goes to sums.
func (f *featurizer) score(s *vistka.Sentence, nl int, sums []int32) {
	f.prepare(s)
	toks := s.Tokens
	n := len(toks)
	w := f.tab.w
	if f.nb > 0 && f.nb+n > maxRows {
		// Start over, with the blocks of the words used last.
		f.keepBlocks(nl, maxRows/2)
	}
	size := n*maxLabels + rowLen - maxLabels // see rowLen
	f.rows = slices.Grow(f.rows[:0], size)[:size]
	// Each token's row gets the features of its context first, and
	// then those of its neighbours.
	word := func(i int) *wordInfo { return f.wordAt(i, n) }
	var q quoteState
	var nextB0 uint32 // w-1w0 of token i, from the pair before it
	for i := range toks {
		ti := &f.info[i]
		wi := ti.w
		prev, next := word(i-1), word(i+1)
		out := f.out[:0]
		// The bounds of the sentence, where there is no token to give
		// w±1, w±2 and their shapes: around the first two tokens and
		// the last two. Their features are constants (constKey).
		var ck constKey
		if i < 2 || i >= n-2 {
			ck.bits = outKey(i, n)
		}
		// The pair of the token and the next gives w0w+1 here and w-1w0
		// there: it is looked up once, for both.
		b0 := nextB0
		if i == 0 {
			b0, _ = f.bigram(prev, wi)
		}
		var b1 uint32
		nextB0, b1 = f.bigram(wi, next)
		out = append(out, b0, b1)
		out = f.joint(out, i, prev, wi, next, &ck)
		out = f.context(toks, i, prev, &q, out, &ck)
		// The row starts as the bias and the constants (constRow).
		*rowAt(f.rows, i*maxLabels) = *f.constRow(ck)
		addWeights(f.row(i), w, out)
		f.out = out
	}
	// Token j adds row d+2 of its block to token j-d: it stands d places
	// after that token.
	// A token without a block gives its neighbours the rows of its shape,
	// tag, categories and classes instead (typeRows), and own the rest.
	f.tokBlocks = f.tokBlocks[:0]
	f.tokTypes = f.tokTypes[:0]
	for j := range toks {
		ti := &f.info[j]
		b := f.block(ti, nl)
		f.tokBlocks = append(f.tokBlocks, b)
		var tb typeBlocks
		if b == nil {
			tb = f.typeRows(ti, nl)
			for d := max(-2, j-n+1); d <= min(2, j); d++ {
				f.out = f.own(ti, d, f.out[:0], &tb)
				addWeights(f.row(j-d), w, f.out)
			}
		}
		f.tokTypes = append(f.tokTypes, tb)
	}
	// The rows of each token, in src: set anew for each, not cleared.
	var buf [(1 + numTypes) * rowBlock]rowRef
	for i := range n {
		src := buf[:0]
		for d := -2; d <= 2; d++ {
			j := i + d
			if j < 0 || j >= n {
				continue
			}
			if b := f.tokBlocks[j]; b != nil {
				src = append(src, rowAt(b, (d+2)*nl))
				continue
			}
			src = f.tokTypes[j].rows(src, d, nl)
		}
		addRows(nl, rowAt(sums, i*nl), rowAt(f.rows, i*maxLabels), src)
	}
}

// A rowRef is a row of nl labels read as maxLabels (see rowsCap).
type rowRef = *[maxLabels]int32

// rowsCap is the capacity of a slice of k rows of nl labels, nl apart,
// that lets rowAt read each of them as maxLabels: the labels from nl to
// maxLabels of a row are the first of the next row, or padding past the
// last. sumRows writes sums there, which only rows written after them
// hold (see sumRows).
func rowsCap(k, nl int) int { return (k-1)*nl + maxLabels }

// rowAt returns the row of b at at; b has the capacity of rowsCap.
func rowAt(b []int32, at int) rowRef {
	return rowRef(b[at : at+maxLabels])
}

// addRows sets dst to the sum of a and the rows of src, up to sumMax
// rows in one pass, as sumRows does.
func addRows(nl int, dst, a rowRef, src []rowRef) {
	for len(src) > sumMax {
		sumRows(nl, dst, a, src[:sumMax])
		a, src = dst, src[sumMax:]
	}
	sumRows(nl, dst, a, src)
}

// sumMax is the number of rows sumRows adds in one pass: the five of
// the blocks around a token and those of the types of a neighbour seen
// for the first time (typeRows) mostly fit.
const sumMax = 8

// sumRows sets the first nl labels of dst to the sums of those of a and
// of up to sumMax rows of src. The tokens around a token seen for the
// first time have fewer blocks, or more rows, and a loop for each number
// of rows adds no rows of zeros for those they lack, and reads and
// writes dst once.
//
// It adds eight labels a step, up to the first multiple of eight at or
// above nl (nl ≤ maxLabels), or copies maxLabels, and so writes past nl
// into dst: its callers write the rows of a slice in order, the next
// row after dst and the padding past the last (rowsCap) taking what
// goes past.
func sumRows(nl int, dst, a rowRef, src []rowRef) {
	// Every l < lim is at most maxLabels-8, which proves l+7 in range.
	lim := min(nl, maxLabels-7)
	// The rows are checked for nil here, once, not at every step.
	_, _ = dst[0], a[0]
	switch len(src) {
	case 0:
		*dst = *a
	case 1:
		s0 := src[0]
		_ = s0[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + s0[l]
			dst[l+1] = a[l+1] + s0[l+1]
			dst[l+2] = a[l+2] + s0[l+2]
			dst[l+3] = a[l+3] + s0[l+3]
			dst[l+4] = a[l+4] + s0[l+4]
			dst[l+5] = a[l+5] + s0[l+5]
			dst[l+6] = a[l+6] + s0[l+6]
			dst[l+7] = a[l+7] + s0[l+7]
		}
	case 2:
		s0, s1 := src[0], src[1]
		_, _ = s0[0], s1[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + s0[l] + s1[l]
			dst[l+1] = a[l+1] + s0[l+1] + s1[l+1]
			dst[l+2] = a[l+2] + s0[l+2] + s1[l+2]
			dst[l+3] = a[l+3] + s0[l+3] + s1[l+3]
			dst[l+4] = a[l+4] + s0[l+4] + s1[l+4]
			dst[l+5] = a[l+5] + s0[l+5] + s1[l+5]
			dst[l+6] = a[l+6] + s0[l+6] + s1[l+6]
			dst[l+7] = a[l+7] + s0[l+7] + s1[l+7]
		}
	case 3:
		s0, s1, s2 := src[0], src[1], src[2]
		_, _, _ = s0[0], s1[0], s2[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + s0[l] + s1[l] + s2[l]
			dst[l+1] = a[l+1] + s0[l+1] + s1[l+1] + s2[l+1]
			dst[l+2] = a[l+2] + s0[l+2] + s1[l+2] + s2[l+2]
			dst[l+3] = a[l+3] + s0[l+3] + s1[l+3] + s2[l+3]
			dst[l+4] = a[l+4] + s0[l+4] + s1[l+4] + s2[l+4]
			dst[l+5] = a[l+5] + s0[l+5] + s1[l+5] + s2[l+5]
			dst[l+6] = a[l+6] + s0[l+6] + s1[l+6] + s2[l+6]
			dst[l+7] = a[l+7] + s0[l+7] + s1[l+7] + s2[l+7]
		}
	case 4:
		s0, s1, s2, s3 := src[0], src[1], src[2], src[3]
		_, _, _, _ = s0[0], s1[0], s2[0], s3[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + s0[l] + s1[l] + s2[l] + s3[l]
			dst[l+1] = a[l+1] + s0[l+1] + s1[l+1] + s2[l+1] + s3[l+1]
			dst[l+2] = a[l+2] + s0[l+2] + s1[l+2] + s2[l+2] + s3[l+2]
			dst[l+3] = a[l+3] + s0[l+3] + s1[l+3] + s2[l+3] + s3[l+3]
			dst[l+4] = a[l+4] + s0[l+4] + s1[l+4] + s2[l+4] + s3[l+4]
			dst[l+5] = a[l+5] + s0[l+5] + s1[l+5] + s2[l+5] + s3[l+5]
			dst[l+6] = a[l+6] + s0[l+6] + s1[l+6] + s2[l+6] + s3[l+6]
			dst[l+7] = a[l+7] + s0[l+7] + s1[l+7] + s2[l+7] + s3[l+7]
		}
	case 5:
		s0, s1, s2, s3, s4 := src[0], src[1], src[2], src[3], src[4]
		_, _, _, _, _ = s0[0], s1[0], s2[0], s3[0], s4[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + s0[l] + s1[l] + s2[l] + s3[l] + s4[l]
			dst[l+1] = a[l+1] + s0[l+1] + s1[l+1] + s2[l+1] + s3[l+1] + s4[l+1]
			dst[l+2] = a[l+2] + s0[l+2] + s1[l+2] + s2[l+2] + s3[l+2] + s4[l+2]
			dst[l+3] = a[l+3] + s0[l+3] + s1[l+3] + s2[l+3] + s3[l+3] + s4[l+3]
			dst[l+4] = a[l+4] + s0[l+4] + s1[l+4] + s2[l+4] + s3[l+4] + s4[l+4]
			dst[l+5] = a[l+5] + s0[l+5] + s1[l+5] + s2[l+5] + s3[l+5] + s4[l+5]
			dst[l+6] = a[l+6] + s0[l+6] + s1[l+6] + s2[l+6] + s3[l+6] + s4[l+6]
			dst[l+7] = a[l+7] + s0[l+7] + s1[l+7] + s2[l+7] + s3[l+7] + s4[l+7]
		}
	case 6:
		s0, s1, s2, s3, s4, s5 := src[0], src[1], src[2], src[3], src[4], src[5]
		_, _, _, _, _, _ = s0[0], s1[0], s2[0], s3[0], s4[0], s5[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + s0[l] + s1[l] + s2[l] + s3[l] + s4[l] + s5[l]
			dst[l+1] = a[l+1] + s0[l+1] + s1[l+1] + s2[l+1] + s3[l+1] + s4[l+1] + s5[l+1]
			dst[l+2] = a[l+2] + s0[l+2] + s1[l+2] + s2[l+2] + s3[l+2] + s4[l+2] + s5[l+2]
			dst[l+3] = a[l+3] + s0[l+3] + s1[l+3] + s2[l+3] + s3[l+3] + s4[l+3] + s5[l+3]
			dst[l+4] = a[l+4] + s0[l+4] + s1[l+4] + s2[l+4] + s3[l+4] + s4[l+4] + s5[l+4]
			dst[l+5] = a[l+5] + s0[l+5] + s1[l+5] + s2[l+5] + s3[l+5] + s4[l+5] + s5[l+5]
			dst[l+6] = a[l+6] + s0[l+6] + s1[l+6] + s2[l+6] + s3[l+6] + s4[l+6] + s5[l+6]
			dst[l+7] = a[l+7] + s0[l+7] + s1[l+7] + s2[l+7] + s3[l+7] + s4[l+7] + s5[l+7]
		}
	case 7:
		s0, s1, s2, s3, s4, s5, s6 := src[0], src[1], src[2], src[3], src[4], src[5], src[6]
		_, _, _, _, _, _, _ = s0[0], s1[0], s2[0], s3[0], s4[0], s5[0], s6[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + s0[l] + s1[l] + s2[l] + s3[l] + s4[l] + s5[l] + s6[l]
			dst[l+1] = a[l+1] + s0[l+1] + s1[l+1] + s2[l+1] + s3[l+1] + s4[l+1] + s5[l+1] + s6[l+1]
			dst[l+2] = a[l+2] + s0[l+2] + s1[l+2] + s2[l+2] + s3[l+2] + s4[l+2] + s5[l+2] + s6[l+2]
			dst[l+3] = a[l+3] + s0[l+3] + s1[l+3] + s2[l+3] + s3[l+3] + s4[l+3] + s5[l+3] + s6[l+3]
			dst[l+4] = a[l+4] + s0[l+4] + s1[l+4] + s2[l+4] + s3[l+4] + s4[l+4] + s5[l+4] + s6[l+4]
			dst[l+5] = a[l+5] + s0[l+5] + s1[l+5] + s2[l+5] + s3[l+5] + s4[l+5] + s5[l+5] + s6[l+5]
			dst[l+6] = a[l+6] + s0[l+6] + s1[l+6] + s2[l+6] + s3[l+6] + s4[l+6] + s5[l+6] + s6[l+6]
			dst[l+7] = a[l+7] + s0[l+7] + s1[l+7] + s2[l+7] + s3[l+7] + s4[l+7] + s5[l+7] + s6[l+7]
		}
	default:
		s0, s1, s2, s3, s4, s5, s6, s7 := src[0], src[1], src[2], src[3], src[4], src[5], src[6], src[7]
		_, _, _, _, _, _, _, _ = s0[0], s1[0], s2[0], s3[0], s4[0], s5[0], s6[0], s7[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + s0[l] + s1[l] + s2[l] + s3[l] + s4[l] + s5[l] + s6[l] + s7[l]
			dst[l+1] = a[l+1] + s0[l+1] + s1[l+1] + s2[l+1] + s3[l+1] + s4[l+1] + s5[l+1] + s6[l+1] + s7[l+1]
			dst[l+2] = a[l+2] + s0[l+2] + s1[l+2] + s2[l+2] + s3[l+2] + s4[l+2] + s5[l+2] + s6[l+2] + s7[l+2]
			dst[l+3] = a[l+3] + s0[l+3] + s1[l+3] + s2[l+3] + s3[l+3] + s4[l+3] + s5[l+3] + s6[l+3] + s7[l+3]
			dst[l+4] = a[l+4] + s0[l+4] + s1[l+4] + s2[l+4] + s3[l+4] + s4[l+4] + s5[l+4] + s6[l+4] + s7[l+4]
			dst[l+5] = a[l+5] + s0[l+5] + s1[l+5] + s2[l+5] + s3[l+5] + s4[l+5] + s5[l+5] + s6[l+5] + s7[l+5]
			dst[l+6] = a[l+6] + s0[l+6] + s1[l+6] + s2[l+6] + s3[l+6] + s4[l+6] + s5[l+6] + s6[l+6] + s7[l+6]
			dst[l+7] = a[l+7] + s0[l+7] + s1[l+7] + s2[l+7] + s3[l+7] + s4[l+7] + s5[l+7] + s6[l+7] + s7[l+7]
		}
	}
}

// row returns the row of f.rows of token i.
func (f *featurizer) row(i int) *[rowLen]int32 {
	return (*[rowLen]int32)(f.rows[i*maxLabels : i*maxLabels+rowLen])
}

// maxLabels bounds the labels of a model (Open checks), so that the
// rows of the tokens of a sentence can stand maxLabels apart.
const maxLabels = 64

// rowLen is the length of the rows addWeights adds to, so that any
// uint8 label indexes one without a bounds check. The rows of f.rows
// overlap, each the first maxLabels of its own and the rest the next
// tokens' (and padding): no weight goes past maxLabels, since the
// labels of the table are below the model's, at most maxLabels.
const rowLen = 1 << 8

// addWeights adds the weights of the table entries es to row.
func addWeights(row *[rowLen]int32, w *weights, es []uint32) {
	r := row[:] // checked for nil once, not for every weight
	chunks, dense := w.chunks, w.dense
	for _, e := range es {
		i := int(e >> entryBits)
		n := int(e & (1<<entryBits - 1))
		if n >= denseBit {
			// A row, from its first label to the step of eight with
			// the last: 8n labels.
			d := (*[maxLabels]int32)(dense[i*maxLabels : (i+1)*maxLabels])
			n = 8 * (n - denseBit)
			for l := 0; l < maxLabels; l += 8 {
				if l >= n {
					break
				}
				r[l] += d[l]
				r[l+1] += d[l+1]
				r[l+2] += d[l+2]
				r[l+3] += d[l+3]
				r[l+4] += d[l+4]
				r[l+5] += d[l+5]
				r[l+6] += d[l+6]
				r[l+7] += d[l+7]
			}
			continue
		}
		// The chunks from i to end, by index: an entry of the table
		// never goes past w, and min, which costs less than slicing
		// w, keeps its bounds checks out of the loop.
		end := min(i+n, len(chunks))
		for ; i < end; i++ {
			c := &chunks[i]
			r[uint8(c[0])] += int32(c[0]) >> 16
			r[uint8(c[1])] += int32(c[1]) >> 16
			r[uint8(c[2])] += int32(c[2]) >> 16
			r[uint8(c[3])] += int32(c[3]) >> 16
		}
	}
}

// blockRef is a block of a word, for one lemma and tag.
type blockRef struct {
	lem *wordInfo // tokInfo.lem
	tag *tagInfo  // tokInfo.tag
	at  int32     // the block's number; -1 before the token is seen again
}

// maxVariants bounds the blocks a word keeps, one for each of its
// lemmas and tags: most words have one or two.
const maxVariants = 4

// chunkBlocks is the number of blocks in a chunk of featurizer.blocks.
const chunkBlocks = 256

// block returns the block of the token prepare read into ti: row d+2
// holds the weights it adds to the token d places before it. The first
// time it sees a token, it returns nil: most of the tokens it sees once
// it does not see again, and their features cost less added where they
// go. The block stays valid until score starts over (see maxRows),
// which it does only between sentences: it reads the blocks of all the
// tokens of one sentence after it has got them.
//
// A block depends on what own reads of the token: its word, and its
// lemma and tag when the model reads them, as tokInfo.lem and .tag have
// them. The caches of a featurizer give each text one wordInfo and each
// tag one tagInfo, and the ones they drop stay as long as blockRefs hold
// them, so that equal pointers mean equal strings.
func (f *featurizer) block(ti *tokInfo, nl int) []int32 {
	w := ti.w
	if w.gen != f.gen {
		w.blocks, w.gen = w.blocks[:0], f.gen
	}
	var r *blockRef
	for k := range w.blocks {
		if w.blocks[k].lem == ti.lem && w.blocks[k].tag == ti.tag {
			r = &w.blocks[k]
			break
		}
	}
	switch {
	case r == nil:
		ref := blockRef{lem: ti.lem, tag: ti.tag, at: -1}
		if cap(w.blocks) == 0 {
			w.blocks = f.newRefs()
		}
		if len(w.blocks) < maxVariants {
			w.blocks = append(w.blocks, ref)
		} else {
			w.blocks[len(w.blocks)-1] = ref
		}
		return nil
	case r.at >= 0:
		return f.slot(int(r.at), nl)
	}
	if f.nb >= maxRows {
		return nil // full until score starts over
	}
	k := f.nb
	f.nb++
	if k/chunkBlocks == len(f.blocks) {
		f.blocks = append(f.blocks, make([]int32, chunkBlocks*rowBlock*nl, rowsCap(chunkBlocks*rowBlock, nl)))
	}
	b := f.slot(k, nl)
	tb := f.typeRows(ti, nl)
	var buf [numTypes]rowRef
	row := &f.scratch
	for d := -2; d <= 2; d++ {
		clear(row[:maxLabels])
		f.out = f.own(ti, d, f.out[:0], &tb)
		addWeights(row, f.tab.w, f.out)
		// The rows of b in order, as sumRows needs.
		sumRows(nl, rowAt(b, (d+2)*nl), rowRef(row[:maxLabels]), tb.rows(buf[:0], d, nl))
	}
	r.at = int32(k)
	return b
}

// keepBlocks starts the blocks over, keeping up to n of those of the
// words used in the last documents (by wordInfo.used, as keepWords picks
// words), moved to the front; the blocks of all other words go stale.
// Most blocks by then are of words keepWords has forgotten, and started
// over with none, the common words of the language, whose blocks most
// tokens read, had each to be seen twice again to get one: the pass of
// BenchmarkExtractUnseen, which starts over once, summed the features of
// 8,844 tokens one by one instead of 5,868.
func (f *featurizer) keepBlocks(nl, n int) {
	old := f.gen
	f.gen++
	var count [keepAges]int32
	age := func(w *wordInfo) uint32 { return min(f.docGen-w.used, keepAges-1) }
	live := func(w *wordInfo) int32 {
		k := int32(0)
		if w.gen == old {
			for _, r := range w.blocks {
				if r.at >= 0 {
					k++
				}
			}
		}
		return k
	}
	for _, w := range f.all {
		count[age(w)] += live(w)
	}
	limit, sum := uint32(0), 0
	for ; limit < keepAges && sum+int(count[limit]) <= n; limit++ {
		sum += int(count[limit])
	}
	// The refs kept by their blocks: in that order, each block moves to
	// a place at or before its own, past the ones moved before it.
	refs := make([]*blockRef, f.nb)
	for _, w := range f.all {
		if w.gen != old || age(w) >= limit {
			continue
		}
		w.gen = f.gen
		for k := range w.blocks {
			if r := &w.blocks[k]; r.at >= 0 {
				refs[r.at] = r
			}
		}
	}
	f.nb = 0
	for _, r := range refs {
		if r != nil {
			copy(f.slot(f.nb, nl), f.slot(int(r.at), nl))
			r.at = int32(f.nb)
			f.nb++
		}
	}
}

// refSlab is the number of words' blockRefs newRefs allocates at a time,
// and refRoom the room it gives a word: most words have one or two
// lemmas and tags, and append moves those with more to a slice of their
// own.
const refSlab, refRoom = 256, 2

// newRefs returns room for the blockRefs of a word from a slab, as
// newWord takes words, since most words of a text not seen are new. A
// slab lives as long as any of its words' blockRefs.
func (f *featurizer) newRefs() []blockRef {
	if len(f.refSlab) < refRoom {
		f.refSlab = make([]blockRef, refSlab*refRoom)
	}
	r := f.refSlab[:0:refRoom]
	f.refSlab = f.refSlab[refRoom:]
	return r
}

// slot returns block k.
func (f *featurizer) slot(k, nl int) []int32 {
	size := rowBlock * nl
	c := f.blocks[k/chunkBlocks]
	return c[k%chunkBlocks*size : (k%chunkBlocks+1)*size]
}

// own appends to out the features that the token p gives the token d
// places before it (-2 ≤ d ≤ 2), all of which depend on p alone. It
// leaves out those that tb has summed.
func (f *featurizer) own(p *tokInfo, d int, out []uint32, tb *typeBlocks) []uint32 {
	c := f.cst
	w := p.w
	out = append(out, f.wfeat(w, kW+d+2))
	if sid := int(w.sid); sid == 0 || sid >= maxShapeRows { // with no rows in tb (typeRows)
		out = append(out, f.wfeat(w, kShape+d+2))
	}
	near := d >= -1 && d <= 1
	if d == 0 {
		for k := 1; k <= 5 && k < w.runes; k++ {
			out = append(out, f.wfeat(w, kSuf+k-1), f.wfeat(w, kPre+k-1))
		}
		out = append(out, f.wfeat(w, kLShape))
	}
	if near {
		out = append(out, f.wfeat(w, kStem+d+1))
	}
	switch d {
	case -1:
		out = append(out, f.wfeat(w, kSuf3N))
	case 1:
		out = append(out, f.wfeat(w, kSuf3N+1))
	}
	if f.set&featGaz != 0 && tb[typeGaz] == nil {
		// The categories in ascending order, as extract reads them.
		for g := p.gaz; g != 0; g &= g - 1 {
			out = append(out, c.gaz[d+2][bits.TrailingZeros32(g)])
		}
	}
	if f.set&featMorph != 0 && p.hasTag {
		if tb[typeTag] == nil {
			out = f.tagFeats(p.tag, d, out)
		}
		switch {
		case near:
			out = append(out, f.wfeat(p.lw, kLemma+d+1))
			if d == 0 {
				out = append(out, f.wfeat(p.lw, kLemSuf))
			}
		case f.set&featWideLemma != 0:
			out = append(out, f.wfeat(p.lw, kLemma2+(d+2)/4)) // l-2, l+2
		}
	}
	if f.clu != nil && near && tb[typeClu] == nil {
		cw := w
		if p.hasTag {
			cw = p.lw
		}
		if f.classes(cw) {
			for l := range min(len(f.clu.Levels()), maxLevels) {
				out = append(out, f.wfeat(cw, kClu+(d+1)*maxLevels+l))
			}
		}
	}
	return out
}

// tagFeats appends to out the features that a token of tag t gives the
// token d places before it (-2 ≤ d ≤ 2): its part of speech, case and
// name markers, as the model's feature set has them.
func (f *featurizer) tagFeats(t *tagInfo, d int, out []uint32) []uint32 {
	out = append(out, f.tfeat(t, kPOS+d+2))
	if d >= -1 && d <= 1 {
		if t.cas != "" {
			out = append(out, f.tfeat(t, kCase+d+1))
		}
		if t.marks != "" {
			out = append(out, f.tfeat(t, kMark+d+1))
		}
		if d == 0 {
			out = append(out, f.tfeat(t, kPosCase))
		}
		return out
	}
	j := (d + 2) / 4 // 0 for w-2, 1 for w+2
	if f.set&featWideCase != 0 && t.cas != "" {
		out = append(out, f.tfeat(t, kCase2+j))
	}
	if f.set&featWideMark != 0 && t.marks != "" {
		out = append(out, f.tfeat(t, kMark2+j))
	}
	return out
}

// maxShapeRows bounds the shapes whose rows typeRows keeps, by their
// number (shapeID): the common ones come first, and 1<<10 blocks are
// 1 MB. A variable for tests.
var maxShapeRows = 1 << 10

// Kinds of typeBlocks.
const (
	typeShape = iota
	typeTag
	typeGaz
	typeClu
	numTypes
)

// typeBlocks are the blocks of rows, as block's, of the features of a
// token that depend on one of its types alone: its shape, its tag, its
// gazetteer categories and the classes of its lemma (these for w-1, w0
// and w+1 only: three rows). nil where the token has none or the block
// is not kept; the tag's block may hold the shape's too (shapedRows),
// and own tells whether a shape's is kept from the shape itself.
type typeBlocks [numTypes][]int32

// rows appends to src the rows of tb that the token gives the token d
// places before it, nl labels each.
func (tb *typeBlocks) rows(src []rowRef, d, nl int) []rowRef {
	at := (d + 2) * nl
	for _, b := range tb[:typeClu] {
		if b != nil {
			src = append(src, rowAt(b, at))
		}
	}
	if b := tb[typeClu]; b != nil && d >= -1 && d <= 1 {
		src = append(src, rowAt(b, at-nl)) // row d+1
	}
	return src
}

// maxTypeRows bounds the sets of categories whose blocks typeRows
// keeps, and maxCluRows the classes (3×numLabels int32s each, 2.6 MB in
// all): the 391 texts of NER-UK give about 11,000 classes to the words
// not seen before, most of them more than once. Variables for tests.
var maxTypeRows, maxCluRows = 1 << 10, 1 << 12

// typeRows returns the blocks of the types of the token p, each summed
// once for the featurizer: the features of shapes, tags, categories and
// classes are few and have weights for most labels, and a first sight
// of a word adds them as rows rather than weight by weight. own adds the
// features of the blocks it returns nil for.
func (f *featurizer) typeRows(p *tokInfo, nl int) typeBlocks {
	var tb typeBlocks
	if sid := int(p.w.sid); sid != 0 && sid < maxShapeRows {
		if sid >= len(f.shapeRows) {
			f.shapeRows = append(f.shapeRows, make([][]int32, sid+1-len(f.shapeRows))...)
		}
		if f.shapeRows[sid] == nil {
			b := make([]int32, rowBlock*nl, rowsCap(rowBlock, nl))
			for d := -2; d <= 2; d++ {
				f.typeRow(b[(d+2)*nl:(d+3)*nl], f.wfeat(p.w, kShape+d+2))
			}
			f.shapeRows[sid] = b
		}
		tb[typeShape] = f.shapeRows[sid]
	}
	if f.set&featMorph != 0 && p.hasTag {
		t := p.tag
		if t.rows == nil {
			b := make([]int32, rowBlock*nl, rowsCap(rowBlock, nl))
			for d := -2; d <= 2; d++ {
				f.typeRow(b[(d+2)*nl:(d+3)*nl], f.tagFeats(t, d, nil)...)
			}
			t.rows = b
		}
		tb[typeTag] = t.rows
		if b := f.shapedRows(t, p.w.sid, tb[typeShape], nl); b != nil {
			tb[typeShape], tb[typeTag] = nil, b
		}
	}
	if f.set&featGaz != 0 && p.gaz != 0 {
		b, ok := f.gazRows[p.gaz]
		if !ok && len(f.gazRows) < maxTypeRows {
			if f.gazRows == nil {
				f.gazRows = make(map[uint32][]int32)
			}
			b = make([]int32, rowBlock*nl, rowsCap(rowBlock, nl))
			var es []uint32
			for d := -2; d <= 2; d++ {
				es = es[:0]
				for g := p.gaz; g != 0; g &= g - 1 {
					es = append(es, f.cst.gaz[d+2][bits.TrailingZeros32(g)])
				}
				f.typeRow(b[(d+2)*nl:(d+3)*nl], es...)
			}
			f.gazRows[p.gaz] = b
		}
		tb[typeGaz] = b
	}
	if f.clu != nil {
		cw := p.w
		if p.hasTag {
			cw = p.lw
		}
		if f.classes(cw) {
			b, ok := f.cluRows[cw.clu]
			if !ok && len(f.cluRows) < maxCluRows {
				if f.cluRows == nil {
					f.cluRows = make(map[[maxLevels]uint16][]int32)
				}
				b = make([]int32, 3*nl, rowsCap(3, nl))
				var es []uint32
				for d := -1; d <= 1; d++ {
					es = es[:0]
					for l := range min(len(f.clu.Levels()), maxLevels) {
						es = append(es, f.wfeat(cw, kClu+(d+1)*maxLevels+l))
					}
					f.typeRow(b[(d+1)*nl:(d+2)*nl], es...)
				}
				f.cluRows[cw.clu] = b
			}
			tb[typeClu] = b
		}
	}
	return tb
}

// shapedRows returns the rows of the tag t and of the shape sid, whose
// rows are shape, summed: most words seen for the first time have a
// shape and a tag, and one row for both costs the rows of their
// neighbours an addition a label less. The tag keeps them, up to
// maxTypeRows pairs (about 1 MB) for the tags of the featurizer's map
// (tagParts starts the count afresh with it); nil past them, or for no
// shape.
func (f *featurizer) shapedRows(t *tagInfo, sid uint16, shape []int32, nl int) []int32 {
	if shape == nil {
		return nil
	}
	for _, s := range t.shaped {
		if s.sid == sid {
			return s.rows
		}
	}
	if f.nShaped >= maxTypeRows {
		return nil
	}
	f.nShaped++
	b := make([]int32, rowBlock*nl, rowsCap(rowBlock, nl))
	for at := 0; at < rowBlock*nl; at += nl {
		// The rows of b in order, as sumRows needs.
		sumRows(nl, rowAt(b, at), rowAt(shape, at), []rowRef{rowAt(t.rows, at)})
	}
	t.shaped = append(t.shaped, shapedRows{sid, b})
	return b
}

// typeRow sets dst to the sums of the weights of the table entries es.
func (f *featurizer) typeRow(dst []int32, es ...uint32) {
	row := &f.scratch
	clear(row[:maxLabels])
	addWeights(row, f.tab.w, es)
	copy(dst, row[:len(dst)])
}
