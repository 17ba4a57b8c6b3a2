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
// 1<<14 blocks of 5 rows of 64 uint16s (numLabels, 53, and their
// fixes; see packRow) are 10.5 MB. Only tokens seen
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
	if used := f.nb - len(f.free); used > 0 && used+n > maxRows {
		// Start over, with the blocks of the words used last.
		f.keepBlocks(maxRows / 2)
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
	var buf [numTypes * rowBlock]row16
	stride := blockStride(nl)
	for i := range n {
		src := buf[:0]
		for d := -2; d <= 2; d++ {
			j := i + d
			if j < 0 || j >= n {
				continue
			}
			if b := f.tokBlocks[j]; b != nil {
				src = append(src, row16At(b, (d+2)*stride))
				continue
			}
			src = f.tokTypes[j].rows(src, d, stride)
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
func addRows(nl int, dst, a rowRef, src []row16) {
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

// The rows of the blocks, and of typeRows, are 16 bits a label, half
// the bytes of int32s: a token reads one row of each of the five blocks
// around it, and the store is too large for a cache. The sums of a
// block's rows mostly fit in an int16; those that do not (about 3% of
// the labels of a token's own row, few of the others') keep their high
// halves after the row's labels, and are added back when the row is
// read (addFixes). The sums are thus exactly those of int32 rows.
//
// A row of a block is nl uint16s, the low halves of its sums plus rowBias
// (so that each is read with no sign to extend, which costs Go's
// compiler two more instructions a label); then the number of labels
// whose high half is not 0, up to maxFix; then those labels and their
// high halves, two uint16s each. A row starts a multiple of 64 bytes, a
// cache line, into its block (blockStride).

// maxFix bounds the labels of a row of a block whose sums fall outside
// an int16. The 17,543 blocks made as BenchmarkExtractUnseen's process
// runs have up to 10 in a row; 112 have more than 5 in one, and are not
// kept (block).
const maxFix = 5

// row16Len is the length of the rows of blocks as read (row16): room
// for the fixes after maxLabels labels.
const row16Len = maxLabels + 1 + 2*maxFix

// rowBias is added to the sums of a row of a block, and taken from the sum
// of the rows read, once for each.
const rowBias = 1 << 15

// A row16 is a row of a block, with its fixes, read as row16Len.
type row16 = *[row16Len]uint16

// blockStride is the distance of the rows of a block, for nl labels:
// room for the fixes, up to a multiple of 32 uint16s (64 bytes), so that
// a row of 53 labels takes two cache lines.
func blockStride(nl int) int { return (nl + 1 + 2*maxFix + 31) &^ 31 }

// row16At returns the row of b at at; b has room for row16Len past it.
func row16At(b []uint16, at int) row16 {
	return row16(b[at : at+row16Len])
}

// packRow sets dst, a row of a block, to the sums of src, nl labels,
// with their fixes. It reports false if more than maxFix of them fall
// outside an int16, which the row has no room for.
func packRow(dst []uint16, src []int32) bool {
	nl := len(src)
	lows := dst[:nl]
	k := 0
	for l, v := range src {
		// v is x's low half less rowBias plus its high half shifted, in
		// int32's wrapping arithmetic; the high half is 0 when v fits
		// in an int16.
		x := v + rowBias
		lows[l] = uint16(x)
		if hi := uint16(x >> 16); hi != 0 {
			if k == maxFix {
				return false
			}
			dst[nl+1+2*k], dst[nl+2+2*k] = uint16(l), hi
			k++
		}
	}
	dst[nl] = uint16(k)
	return true
}

// addFixes adds to dst the high halves of the sums of the row s of a
// block that fall outside an int16.
func addFixes(nl int, dst rowRef, s row16) {
	for m := nl + 1; m < nl+1+2*int(s[nl]); m += 2 {
		dst[s[m]] += int32(s[m+1]) << 16
	}
}

// sumRows sets the first nl labels of dst to the sums of those of a and
// of up to sumMax rows of src, less rowBias for each, and their fixes. The
// tokens around a token seen for the first time have fewer blocks, or
// more rows, and a loop for each number of rows adds no rows of zeros
// for those they lack, and reads and writes dst once.
//
// It adds eight labels a step, up to the first multiple of eight at or
// above nl (nl ≤ maxLabels), or copies maxLabels, and so writes past nl
// into dst: its callers write the rows of a slice in order, the next
// row after dst and the padding past the last (rowsCap) taking what
// goes past.
func sumRows(nl int, dst, a rowRef, src []row16) {
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
			dst[l] = a[l] + int32(s0[l]) - rowBias
			dst[l+1] = a[l+1] + int32(s0[l+1]) - rowBias
			dst[l+2] = a[l+2] + int32(s0[l+2]) - rowBias
			dst[l+3] = a[l+3] + int32(s0[l+3]) - rowBias
			dst[l+4] = a[l+4] + int32(s0[l+4]) - rowBias
			dst[l+5] = a[l+5] + int32(s0[l+5]) - rowBias
			dst[l+6] = a[l+6] + int32(s0[l+6]) - rowBias
			dst[l+7] = a[l+7] + int32(s0[l+7]) - rowBias
		}
	case 2:
		s0, s1 := src[0], src[1]
		_, _ = s0[0], s1[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + int32(s0[l]) + int32(s1[l]) - 2*rowBias
			dst[l+1] = a[l+1] + int32(s0[l+1]) + int32(s1[l+1]) - 2*rowBias
			dst[l+2] = a[l+2] + int32(s0[l+2]) + int32(s1[l+2]) - 2*rowBias
			dst[l+3] = a[l+3] + int32(s0[l+3]) + int32(s1[l+3]) - 2*rowBias
			dst[l+4] = a[l+4] + int32(s0[l+4]) + int32(s1[l+4]) - 2*rowBias
			dst[l+5] = a[l+5] + int32(s0[l+5]) + int32(s1[l+5]) - 2*rowBias
			dst[l+6] = a[l+6] + int32(s0[l+6]) + int32(s1[l+6]) - 2*rowBias
			dst[l+7] = a[l+7] + int32(s0[l+7]) + int32(s1[l+7]) - 2*rowBias
		}
	case 3:
		s0, s1, s2 := src[0], src[1], src[2]
		_, _, _ = s0[0], s1[0], s2[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + int32(s0[l]) + int32(s1[l]) + int32(s2[l]) - 3*rowBias
			dst[l+1] = a[l+1] + int32(s0[l+1]) + int32(s1[l+1]) + int32(s2[l+1]) - 3*rowBias
			dst[l+2] = a[l+2] + int32(s0[l+2]) + int32(s1[l+2]) + int32(s2[l+2]) - 3*rowBias
			dst[l+3] = a[l+3] + int32(s0[l+3]) + int32(s1[l+3]) + int32(s2[l+3]) - 3*rowBias
			dst[l+4] = a[l+4] + int32(s0[l+4]) + int32(s1[l+4]) + int32(s2[l+4]) - 3*rowBias
			dst[l+5] = a[l+5] + int32(s0[l+5]) + int32(s1[l+5]) + int32(s2[l+5]) - 3*rowBias
			dst[l+6] = a[l+6] + int32(s0[l+6]) + int32(s1[l+6]) + int32(s2[l+6]) - 3*rowBias
			dst[l+7] = a[l+7] + int32(s0[l+7]) + int32(s1[l+7]) + int32(s2[l+7]) - 3*rowBias
		}
	case 4:
		s0, s1, s2, s3 := src[0], src[1], src[2], src[3]
		_, _, _, _ = s0[0], s1[0], s2[0], s3[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + int32(s0[l]) + int32(s1[l]) + int32(s2[l]) + int32(s3[l]) - 4*rowBias
			dst[l+1] = a[l+1] + int32(s0[l+1]) + int32(s1[l+1]) + int32(s2[l+1]) + int32(s3[l+1]) - 4*rowBias
			dst[l+2] = a[l+2] + int32(s0[l+2]) + int32(s1[l+2]) + int32(s2[l+2]) + int32(s3[l+2]) - 4*rowBias
			dst[l+3] = a[l+3] + int32(s0[l+3]) + int32(s1[l+3]) + int32(s2[l+3]) + int32(s3[l+3]) - 4*rowBias
			dst[l+4] = a[l+4] + int32(s0[l+4]) + int32(s1[l+4]) + int32(s2[l+4]) + int32(s3[l+4]) - 4*rowBias
			dst[l+5] = a[l+5] + int32(s0[l+5]) + int32(s1[l+5]) + int32(s2[l+5]) + int32(s3[l+5]) - 4*rowBias
			dst[l+6] = a[l+6] + int32(s0[l+6]) + int32(s1[l+6]) + int32(s2[l+6]) + int32(s3[l+6]) - 4*rowBias
			dst[l+7] = a[l+7] + int32(s0[l+7]) + int32(s1[l+7]) + int32(s2[l+7]) + int32(s3[l+7]) - 4*rowBias
		}
	case 5:
		s0, s1, s2, s3, s4 := src[0], src[1], src[2], src[3], src[4]
		_, _, _, _, _ = s0[0], s1[0], s2[0], s3[0], s4[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + int32(s0[l]) + int32(s1[l]) + int32(s2[l]) + int32(s3[l]) + int32(s4[l]) - 5*rowBias
			dst[l+1] = a[l+1] + int32(s0[l+1]) + int32(s1[l+1]) + int32(s2[l+1]) + int32(s3[l+1]) + int32(s4[l+1]) - 5*rowBias
			dst[l+2] = a[l+2] + int32(s0[l+2]) + int32(s1[l+2]) + int32(s2[l+2]) + int32(s3[l+2]) + int32(s4[l+2]) - 5*rowBias
			dst[l+3] = a[l+3] + int32(s0[l+3]) + int32(s1[l+3]) + int32(s2[l+3]) + int32(s3[l+3]) + int32(s4[l+3]) - 5*rowBias
			dst[l+4] = a[l+4] + int32(s0[l+4]) + int32(s1[l+4]) + int32(s2[l+4]) + int32(s3[l+4]) + int32(s4[l+4]) - 5*rowBias
			dst[l+5] = a[l+5] + int32(s0[l+5]) + int32(s1[l+5]) + int32(s2[l+5]) + int32(s3[l+5]) + int32(s4[l+5]) - 5*rowBias
			dst[l+6] = a[l+6] + int32(s0[l+6]) + int32(s1[l+6]) + int32(s2[l+6]) + int32(s3[l+6]) + int32(s4[l+6]) - 5*rowBias
			dst[l+7] = a[l+7] + int32(s0[l+7]) + int32(s1[l+7]) + int32(s2[l+7]) + int32(s3[l+7]) + int32(s4[l+7]) - 5*rowBias
		}
	case 6:
		s0, s1, s2, s3, s4, s5 := src[0], src[1], src[2], src[3], src[4], src[5]
		_, _, _, _, _, _ = s0[0], s1[0], s2[0], s3[0], s4[0], s5[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + int32(s0[l]) + int32(s1[l]) + int32(s2[l]) + int32(s3[l]) + int32(s4[l]) + int32(s5[l]) - 6*rowBias
			dst[l+1] = a[l+1] + int32(s0[l+1]) + int32(s1[l+1]) + int32(s2[l+1]) + int32(s3[l+1]) + int32(s4[l+1]) + int32(s5[l+1]) - 6*rowBias
			dst[l+2] = a[l+2] + int32(s0[l+2]) + int32(s1[l+2]) + int32(s2[l+2]) + int32(s3[l+2]) + int32(s4[l+2]) + int32(s5[l+2]) - 6*rowBias
			dst[l+3] = a[l+3] + int32(s0[l+3]) + int32(s1[l+3]) + int32(s2[l+3]) + int32(s3[l+3]) + int32(s4[l+3]) + int32(s5[l+3]) - 6*rowBias
			dst[l+4] = a[l+4] + int32(s0[l+4]) + int32(s1[l+4]) + int32(s2[l+4]) + int32(s3[l+4]) + int32(s4[l+4]) + int32(s5[l+4]) - 6*rowBias
			dst[l+5] = a[l+5] + int32(s0[l+5]) + int32(s1[l+5]) + int32(s2[l+5]) + int32(s3[l+5]) + int32(s4[l+5]) + int32(s5[l+5]) - 6*rowBias
			dst[l+6] = a[l+6] + int32(s0[l+6]) + int32(s1[l+6]) + int32(s2[l+6]) + int32(s3[l+6]) + int32(s4[l+6]) + int32(s5[l+6]) - 6*rowBias
			dst[l+7] = a[l+7] + int32(s0[l+7]) + int32(s1[l+7]) + int32(s2[l+7]) + int32(s3[l+7]) + int32(s4[l+7]) + int32(s5[l+7]) - 6*rowBias
		}
	case 7:
		s0, s1, s2, s3, s4, s5, s6 := src[0], src[1], src[2], src[3], src[4], src[5], src[6]
		_, _, _, _, _, _, _ = s0[0], s1[0], s2[0], s3[0], s4[0], s5[0], s6[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + int32(s0[l]) + int32(s1[l]) + int32(s2[l]) + int32(s3[l]) + int32(s4[l]) + int32(s5[l]) + int32(s6[l]) - 7*rowBias
			dst[l+1] = a[l+1] + int32(s0[l+1]) + int32(s1[l+1]) + int32(s2[l+1]) + int32(s3[l+1]) + int32(s4[l+1]) + int32(s5[l+1]) + int32(s6[l+1]) - 7*rowBias
			dst[l+2] = a[l+2] + int32(s0[l+2]) + int32(s1[l+2]) + int32(s2[l+2]) + int32(s3[l+2]) + int32(s4[l+2]) + int32(s5[l+2]) + int32(s6[l+2]) - 7*rowBias
			dst[l+3] = a[l+3] + int32(s0[l+3]) + int32(s1[l+3]) + int32(s2[l+3]) + int32(s3[l+3]) + int32(s4[l+3]) + int32(s5[l+3]) + int32(s6[l+3]) - 7*rowBias
			dst[l+4] = a[l+4] + int32(s0[l+4]) + int32(s1[l+4]) + int32(s2[l+4]) + int32(s3[l+4]) + int32(s4[l+4]) + int32(s5[l+4]) + int32(s6[l+4]) - 7*rowBias
			dst[l+5] = a[l+5] + int32(s0[l+5]) + int32(s1[l+5]) + int32(s2[l+5]) + int32(s3[l+5]) + int32(s4[l+5]) + int32(s5[l+5]) + int32(s6[l+5]) - 7*rowBias
			dst[l+6] = a[l+6] + int32(s0[l+6]) + int32(s1[l+6]) + int32(s2[l+6]) + int32(s3[l+6]) + int32(s4[l+6]) + int32(s5[l+6]) + int32(s6[l+6]) - 7*rowBias
			dst[l+7] = a[l+7] + int32(s0[l+7]) + int32(s1[l+7]) + int32(s2[l+7]) + int32(s3[l+7]) + int32(s4[l+7]) + int32(s5[l+7]) + int32(s6[l+7]) - 7*rowBias
		}
	default:
		s0, s1, s2, s3, s4, s5, s6, s7 := src[0], src[1], src[2], src[3], src[4], src[5], src[6], src[7]
		_, _, _, _, _, _, _, _ = s0[0], s1[0], s2[0], s3[0], s4[0], s5[0], s6[0], s7[0]
		for l := 0; l < lim; l += 8 {
			dst[l] = a[l] + int32(s0[l]) + int32(s1[l]) + int32(s2[l]) + int32(s3[l]) + int32(s4[l]) + int32(s5[l]) + int32(s6[l]) + int32(s7[l]) - 8*rowBias
			dst[l+1] = a[l+1] + int32(s0[l+1]) + int32(s1[l+1]) + int32(s2[l+1]) + int32(s3[l+1]) + int32(s4[l+1]) + int32(s5[l+1]) + int32(s6[l+1]) + int32(s7[l+1]) - 8*rowBias
			dst[l+2] = a[l+2] + int32(s0[l+2]) + int32(s1[l+2]) + int32(s2[l+2]) + int32(s3[l+2]) + int32(s4[l+2]) + int32(s5[l+2]) + int32(s6[l+2]) + int32(s7[l+2]) - 8*rowBias
			dst[l+3] = a[l+3] + int32(s0[l+3]) + int32(s1[l+3]) + int32(s2[l+3]) + int32(s3[l+3]) + int32(s4[l+3]) + int32(s5[l+3]) + int32(s6[l+3]) + int32(s7[l+3]) - 8*rowBias
			dst[l+4] = a[l+4] + int32(s0[l+4]) + int32(s1[l+4]) + int32(s2[l+4]) + int32(s3[l+4]) + int32(s4[l+4]) + int32(s5[l+4]) + int32(s6[l+4]) + int32(s7[l+4]) - 8*rowBias
			dst[l+5] = a[l+5] + int32(s0[l+5]) + int32(s1[l+5]) + int32(s2[l+5]) + int32(s3[l+5]) + int32(s4[l+5]) + int32(s5[l+5]) + int32(s6[l+5]) + int32(s7[l+5]) - 8*rowBias
			dst[l+6] = a[l+6] + int32(s0[l+6]) + int32(s1[l+6]) + int32(s2[l+6]) + int32(s3[l+6]) + int32(s4[l+6]) + int32(s5[l+6]) + int32(s6[l+6]) + int32(s7[l+6]) - 8*rowBias
			dst[l+7] = a[l+7] + int32(s0[l+7]) + int32(s1[l+7]) + int32(s2[l+7]) + int32(s3[l+7]) + int32(s4[l+7]) + int32(s5[l+7]) + int32(s6[l+7]) + int32(s7[l+7]) - 8*rowBias
		}
	}
	for _, s := range src {
		addFixes(nl, dst, s)
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
	at  int32     // the block's number; noBlock or unseen
}

// The at of a blockRef before the token is seen again, and of one whose
// block has a row with more than maxFix fixes (packRow).
const (
	unseen  = -1
	noBlock = -2
)

// maxVariants bounds the blocks a word keeps, one for each of its
// lemmas and tags: most words have one or two.
const maxVariants = 4

// chunkBlocks is the number of blocks in a chunk of featurizer.blocks.
const chunkBlocks = 256

// block returns the block of the token prepare read into ti: row d+2
// (at d+2 times blockStride) holds the weights it adds to the token d
// places before it. The first time it sees a token, it returns nil:
// most of the tokens it sees once it does not see again, and their
// features cost less added where they go; and nil for a token whose
// block would need more fixes than it has room for. The block stays valid until score starts over (see maxRows),
// which it does only between sentences: it reads the blocks of all the
// tokens of one sentence after it has got them.
//
// A block depends on what own reads of the token: its word, and its
// lemma and tag when the model reads them, as tokInfo.lem and .tag have
// them. The caches of a featurizer give each text one wordInfo and each
// tag one tagInfo, and the ones they drop stay as long as blockRefs hold
// them, so that equal pointers mean equal strings.
func (f *featurizer) block(ti *tokInfo, nl int) []uint16 {
	w := ti.w
	if w.stale {
		w.blocks, w.stale = w.blocks[:0], false
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
		ref := blockRef{lem: ti.lem, tag: ti.tag, at: unseen}
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
	case r.at == noBlock:
		return nil
	}
	// The block goes to the first number free, or else past the others.
	free := len(f.free)
	if f.nb-free >= maxRows {
		return nil // full until score starts over
	}
	k := f.nb
	stride := blockStride(nl)
	switch {
	case free > 0:
		k = int(f.free[free-1])
	case k/chunkBlocks == len(f.blocks):
		size := chunkBlocks * rowBlock * stride
		f.blocks = append(f.blocks, make([]uint16, size, size+max(0, row16Len-stride)))
	}
	b := f.slot(k, nl)
	tb := f.typeRows(ti, nl)
	var buf [numTypes]row16
	row := rowRef(f.scratch[:maxLabels])
	for d := -2; d <= 2; d++ {
		clear(row[:])
		f.out = f.own(ti, d, f.out[:0], &tb)
		addWeights(&f.scratch, f.tab.w, f.out)
		sumRows(nl, row, row, tb.rows(buf[:0], d, stride))
		if !packRow(b[(d+2)*stride:(d+3)*stride], row[:nl]) {
			r.at = noBlock
			return nil
		}
	}
	if free > 0 {
		f.free = f.free[:free-1]
	} else {
		f.nb++
	}
	r.at = int32(k)
	return b
}

// keepBlocks starts the blocks over, keeping up to n of those of the
// words used in the last documents (by wordInfo.used, as keepWords picks
// words), where they are; the blocks of all other words go stale, and
// their numbers free for new ones. Most blocks by then are of words
// keepWords has forgotten, and started over with none, the common words
// of the language, whose blocks most tokens read, had each to be seen
// twice again to get one: the pass of BenchmarkExtractUnseen, which
// starts over once, summed the features of 8,844 tokens one by one
// instead of 5,868. The kept blocks stay in place: moved to the front,
// as they were, they cost a copy of 3.8 MB at the pass's one start-over,
// about 115,000 misses past a 1 MB cache (2.3% of the pass's).
//
// It reads the words once, into lists of their ages and of their blocks'
// numbers, and then writes only to the words whose blocks go stale: a
// second walk over all the words (16,000 at the pass's start-over, two
// cache lines each) to mark the kept ones cost 31,000 misses past a 1 MB
// cache, and there the words kept are all of them.
func (f *featurizer) keepBlocks(n int) {
	// words holds age<<ageShift | the word's index in f.all, blocks
	// age<<ageShift | the block's number, for the words whose blocks
	// are not stale.
	const ageShift = 22 // above maxWords and maxRows
	var count [keepAges]int32
	words := make([]uint32, 0, len(f.all))
	blocks := make([]uint32, 0, f.nb)
	for i, w := range f.all {
		if w.stale {
			continue
		}
		age := min(f.docGen-w.used, keepAges-1)
		words = append(words, age<<ageShift|uint32(i))
		for _, r := range w.blocks {
			if r.at >= 0 {
				count[age]++
				blocks = append(blocks, age<<ageShift|uint32(r.at))
			}
		}
	}
	limit, sum := uint32(0), 0
	for ; limit < keepAges && sum+int(count[limit]) <= n; limit++ {
		sum += int(count[limit])
	}
	for _, x := range words {
		if x>>ageShift >= limit {
			f.all[x&(1<<ageShift-1)].stale = true
		}
	}
	kept := make([]bool, f.nb)
	for _, x := range blocks {
		if x>>ageShift < limit {
			kept[x&(1<<ageShift-1)] = true
		}
	}
	// The numbers not kept, the last first, so that block takes the
	// lowest first.
	f.free = f.free[:0]
	for k := f.nb - 1; k >= 0; k-- {
		if !kept[k] {
			f.free = append(f.free, int32(k))
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
func (f *featurizer) slot(k, nl int) []uint16 {
	size := rowBlock * blockStride(nl)
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
	if !f.shapeKept(w.sid) { // with no rows in tb (typeRows)
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
// 640 KB. A variable for tests.
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
// and own tells whether a shape's is kept from the shape itself
// (shapeKept).
type typeBlocks [numTypes][]uint16

// rows appends to src the rows of tb that the token gives the token d
// places before it, stride apart (blockStride).
func (tb *typeBlocks) rows(src []row16, d, stride int) []row16 {
	at := (d + 2) * stride
	for _, b := range tb[:typeClu] {
		if b != nil {
			src = append(src, row16At(b, at))
		}
	}
	if b := tb[typeClu]; b != nil && d >= -1 && d <= 1 {
		src = append(src, row16At(b, at-stride)) // row d+1
	}
	return src
}

// newRows returns room for k rows of blocks of nl labels (blockStride).
func newRows(k, nl int) []uint16 {
	size := k * blockStride(nl)
	return make([]uint16, size, size+max(0, row16Len-blockStride(nl)))
}

// shapeKept tells whether typeRows keeps the rows of the shape sid: not
// for shape 0, those past maxShapeRows, and those with more fixes than
// a row has room for.
func (f *featurizer) shapeKept(sid uint16) bool {
	return sid != 0 && int(sid) < maxShapeRows && len(f.shapeRows[sid]) > 0
}

// maxTypeRows bounds the sets of categories whose blocks typeRows
// keeps, and maxCluRows the classes (3 rows of 64 uint16s each, 1.5 MB
// in all): the 391 texts of NER-UK give about 11,000 classes to the words
// not seen before, most of them more than once. Variables for tests.
var maxTypeRows, maxCluRows = 1 << 10, 1 << 12

// typeRows returns the blocks of the types of the token p, each summed
// once for the featurizer: the features of shapes, tags, categories and
// classes are few and have weights for most labels, and a first sight
// of a word adds them as rows rather than weight by weight. own adds the
// features of the blocks it returns nil for, as for those whose rows
// need more fixes than they have room for (packRow), which it keeps as
// empty or nil so as not to sum them again.
func (f *featurizer) typeRows(p *tokInfo, nl int) typeBlocks {
	var tb typeBlocks
	stride := blockStride(nl)
	if sid := int(p.w.sid); sid != 0 && sid < maxShapeRows {
		if sid >= len(f.shapeRows) {
			f.shapeRows = append(f.shapeRows, make([][]uint16, sid+1-len(f.shapeRows))...)
		}
		if f.shapeRows[sid] == nil {
			b := newRows(rowBlock, nl)
			for d := -2; d <= 2; d++ {
				if !f.typeRow(b[(d+2)*stride:(d+3)*stride], nl, f.wfeat(p.w, kShape+d+2)) {
					b = b[:0] // not kept (shapeKept)
					break
				}
			}
			f.shapeRows[sid] = b
		}
		if b := f.shapeRows[sid]; len(b) > 0 {
			tb[typeShape] = b
		}
	}
	if f.set&featMorph != 0 && p.hasTag {
		t := p.tag
		if t.rows == nil {
			b := newRows(rowBlock, nl)
			for d := -2; d <= 2; d++ {
				if !f.typeRow(b[(d+2)*stride:(d+3)*stride], nl, f.tagFeats(t, d, nil)...) {
					b = b[:0] // not kept
					break
				}
			}
			t.rows = b
		}
		if len(t.rows) > 0 {
			tb[typeTag] = t.rows
			if b := f.shapedRows(t, p.w.sid, tb[typeShape], nl); b != nil {
				tb[typeShape], tb[typeTag] = nil, b
			}
		}
	}
	if f.set&featGaz != 0 && p.gaz != 0 {
		b, ok := f.gazRows[p.gaz]
		if !ok && len(f.gazRows) < maxTypeRows {
			if f.gazRows == nil {
				f.gazRows = make(map[uint32][]uint16)
			}
			b = newRows(rowBlock, nl)
			var es []uint32
			for d := -2; d <= 2; d++ {
				es = es[:0]
				for g := p.gaz; g != 0; g &= g - 1 {
					es = append(es, f.cst.gaz[d+2][bits.TrailingZeros32(g)])
				}
				if !f.typeRow(b[(d+2)*stride:(d+3)*stride], nl, es...) {
					b = nil // not kept
					break
				}
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
					f.cluRows = make(map[[maxLevels]uint16][]uint16)
				}
				b = newRows(3, nl)
				var es []uint32
				for d := -1; d <= 1; d++ {
					es = es[:0]
					for l := range min(len(f.clu.Levels()), maxLevels) {
						es = append(es, f.wfeat(cw, kClu+(d+1)*maxLevels+l))
					}
					if !f.typeRow(b[(d+1)*stride:(d+2)*stride], nl, es...) {
						b = nil // not kept
						break
					}
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
// maxTypeRows pairs (640 KB) for the tags of the featurizer's map
// (tagParts starts the count afresh with it); nil past them, for no
// shape, or for sums with more fixes than a row has room for.
func (f *featurizer) shapedRows(t *tagInfo, sid uint16, shape []uint16, nl int) []uint16 {
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
	b := newRows(rowBlock, nl)
	stride := blockStride(nl)
	var zero [maxLabels]int32
	row := rowRef(f.scratch[:maxLabels])
	for at := 0; at < rowBlock*stride; at += stride {
		sumRows(nl, row, &zero, []row16{row16At(shape, at), row16At(t.rows, at)})
		if !packRow(b[at:at+stride], row[:nl]) {
			b = nil
			break
		}
	}
	t.shaped = append(t.shaped, shapedRows{sid, b})
	return b
}

// typeRow sets dst, a row of a block of nl labels, to the sums of the
// weights of the table entries es, as packRow does, and reports whether
// it could.
func (f *featurizer) typeRow(dst []uint16, nl int, es ...uint32) bool {
	row := &f.scratch
	clear(row[:maxLabels])
	addWeights(row, f.tab.w, es)
	return packRow(dst, row[:nl])
}
