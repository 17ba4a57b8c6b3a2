package tag

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"runtime"
	"slices"
)

// Model file layout, little-endian:
//
//	"VTAG" u32 version
//	meta:     u32 length, bytes
//	labels:   u32 count, count × (u16 length, bytes)
//	tags:     u32 count, count × (u16 length, bytes)
//	specials: u32 count, count × (key: u16 length, bytes; u8 n;
//	          n × (u16 tag, u8 rule mode, u8 strip, u16 length, bytes))
//	weights:  u32 slots, u32 entries, slots × (u32 fingerprint, u32 offset),
//	          entries × u32
//	u32 CRC-32 (IEEE) of everything before it
//
// The weights are an open-addressing hash table: a feature hash f goes to
// slot (uint32(f)·slots)>>32 and probes linearly; a slot holds the high
// half of f (0 for an empty slot; a high half of 0 is stored as 1) and the
// offset of the feature's block in the entries. A block is a count and
// then that many entries label<<16 | uint16(weight), sorted by label; or,
// for features with weights for many labels, denseBlock|n and then n
// words holding one int16 weight for every label in label order. Label 0
// is allLabel, the label of candidate features. Weights are averaged
// perceptron weights scaled to int16 by one factor for the whole model.
const (
	magic   = "VTAG"
	version = 1
)

// Model is a trained tagger. It is immutable and safe for concurrent use.
type Model struct {
	meta     string
	labels   []string
	labelIdx map[string]uint16
	tags     []*tagInfo
	tagIdx   map[string]*tagInfo
	specials specials
	// The weights, decoded from the file once: slots[i] is the
	// fingerprint of slot i in the low half and a reference to its block
	// in the high half (ref). A sparse block is a count and that many
	// entries in entries; a dense one, and the longest sparse blocks
	// (memDense), is a row of rows, one int16 weight a label. Words in
	// memory cost a copy of the table but spare tagging the byte decoding
	// and the bounds checks of every read.
	nslots  uint64
	slots   []uint64
	entries []uint32
	rows    []int16 // dense rows of len(labels) weights, then rowPad zeros
	// filter has the bits filterBits sets for the fingerprint of every
	// slot: most features the model lacks have one of theirs clear, and
	// their look-ups end without probing the slots to the next empty one.
	filter *[filterWords]uint64
	raw    []byte
	// edge is where the weights are of the sentence boundary's near
	// features (nearFeatures), boundary of the features it gives the
	// tokens after it as a tag (tagFeatures), clause of fClause by
	// state.clause (three bits) and last of fLast (see stateRefs).
	edge     [numNear]ref
	boundary [numTagRefs]ref
	clause   [8]ref
	last     ref
	// agree holds the weight for allLabel of every agreement feature, by
	// agreeIndex: a candidate's is read, not hashed and looked up.
	agree [numAgree]float32
	// rankWeight holds the weight for allLabel of rankFeature(guess,
	// rank) at [1][rank] for a guess and [0][rank] for the others.
	rankWeight [2][maxGuessRank + 1]float32
	// pool keeps the scratch space of Tag calls, with their caches of
	// prepared forms; unlike a sync.Pool it survives garbage collections.
	pool chan *tagScratch
}

// Meta returns the free text stored with the model (its training data,
// licence, the command that built it).
func (m *Model) Meta() string { return m.meta }

// Size returns the number of features and of weights in the model.
func (m *Model) Size() (features, weights int) {
	for _, s := range m.slots {
		if uint32(s) == 0 {
			continue
		}
		features++
		r := ref(s >> 32)
		if !r.dense() {
			weights += len(m.sparse(r))
			continue
		}
		for _, w := range m.row(r)[:len(m.labels)] {
			if w != 0 {
				weights++
			}
		}
	}
	return features, weights
}

func fingerprint(f uint64) uint32 {
	if fp := uint32(f >> 32); fp != 0 {
		return fp
	}
	return 1
}

// denseBlock flags a block header: the block holds one int16 weight for
// every label, in label order, instead of sorted (label, weight) entries.
// Frequent features have weights for many labels; looking each label up
// directly beats searching.
const denseBlock = 1 << 31

// isDense reports whether a block of n sparse entries is stored dense,
// which costs at most 8 times the space.
func isDense(n, labels int) bool { return n*16 >= labels }

// memDense reports whether Open makes a sparse block of n entries dense
// in memory, which costs at most 32 times the space. Scoring reads a
// sparse block whole, testing every entry's label, and a dense one only
// at the labels it scores: the thousand or so blocks this makes dense
// (7 MB for the shipped model), of the commonest features, took most of
// the tagger's time as sparse ones.
func memDense(n, labels int) bool { return n*64 >= labels }

// ref is where a feature's weights are in memory: the number of a dense
// row when denseRef is set, or else the offset of a sparse block in
// entries.
type ref uint32

// denseRef flags a ref to a dense row.
const denseRef ref = 1 << 31

func (r ref) dense() bool { return r&denseRef != 0 }

// rowPad is the room past the start of every dense row in Model.rows, so
// that row can hand out an array indexed by any label without bounds
// checks.
const rowPad = 1 << 16

// row returns the dense row of r, which reads as zero past the labels.
func (m *Model) row(r ref) *[rowPad]int16 {
	start := int(r&^denseRef) * len(m.labels)
	return (*[rowPad]int16)(m.rows[start : start+rowPad])
}

// sparse returns the entries of the sparse block of r.
func (m *Model) sparse(r ref) []uint32 {
	n := m.entries[r]
	return m.entries[r+1 : uint32(r)+1+n]
}

// filterWords is the size of Model.filter: 2^14 words, 128 KiB.
const filterWords = 1 << 14

// filterBits returns where the bits of the fingerprint fp are in
// Model.filter: three bits of one word, by bits of fp its word's number
// does not use. The shipped model's features set about a third of the
// bits, and one of a feature it lacks is clear but about one time in 25
// (one in 16 with one bit a feature in 256 KiB, as the filter was):
// every look-up reads the filter, and at half the size it stays in the
// cache more often.
func filterBits(fp uint32) (k uint32, bits uint64) {
	return fp >> 18, 1<<(fp>>12&63) | 1<<(fp>>6&63) | 1<<(fp&63)
}

// noRef is the ref of a feature the model lacks.
const noRef ref = math.MaxUint32

// findAll appends to refs where the weights of each feature of feats are,
// or noRef.
func (m *Model) findAll(refs []ref, feats []uint64) []ref {
	if m.nslots == 0 {
		for range feats {
			refs = append(refs, noRef)
		}
		return refs
	}
	slots, n, filter := m.slots, m.nslots, m.filter
	for _, f := range feats {
		fp := fingerprint(f)
		r := noRef
		if k, b := filterBits(fp); filter[k]&b == b {
			for i := (uint64(uint32(f)) * n) >> 32; ; {
				s := slots[i]
				if v := uint32(s); v == fp {
					r = ref(s >> 32)
					break
				} else if v == 0 {
					break
				}
				if i++; i == n {
					i = 0
				}
			}
		}
		refs = append(refs, r)
	}
	return refs
}

// setFilter fills m.filter from the slots.
func (m *Model) setFilter() {
	m.filter = new([filterWords]uint64)
	for _, s := range m.slots {
		if fp := uint32(s); fp != 0 {
			k, b := filterBits(fp)
			m.filter[k] |= b
		}
	}
}

// modelScorer scores with a model's weights.
type modelScorer struct {
	m *Model
	// mark maps a label to its place in sums: 1+j for labels[j] of the
	// add call at hand, and one of the places spare (128 and on) for
	// the others, spread so that their sums do not wait for each other.
	mark   *[1 << 16]uint8
	sums   [256]int32       // the sums of sparse weights by place
	isum   []int32          // the sums of an add call, by label
	refs   []ref            // per feature, where its weights are
	rows   []*[rowPad]int16 // the dense rows of the features found
	blocks []uint64         // their sparse blocks: offset << 32 | count
}

// spare is the first place in modelScorer.sums for labels not scored;
// an add call scores at most spare-1 labels at a time.
const spare = 128

// newModelScorer returns a scorer with the weights of m.
func newModelScorer(m *Model) modelScorer {
	ms := modelScorer{m: m, mark: new([1 << 16]uint8)}
	for l := range ms.mark {
		ms.mark[l] = spare + uint8(l%spare)
	}
	return ms
}

func (ms *modelScorer) add(feats []uint64, labels []uint16, acc []float32) {
	ms.addFound(feats, nil, labels, acc)
}

// addFound is add with the weights of more features, already found: it
// adds to acc[j] the weights for labels[j] of feats and of those at
// found.
func (ms *modelScorer) addFound(feats []uint64, found []ref, labels []uint16, acc []float32) {
	m := ms.m
	if m.nslots == 0 || len(labels) == 0 {
		return
	}
	// First find every feature's row or block, then read them: the
	// loads of one phase do not wait for each other, so the cache
	// misses overlap. Reading a sparse block's count here brings its
	// first entries into the cache for the second phase.
	// The slices have the room for every feature, and are filled by
	// index: append's call to grow them, seldom taken, made the loops
	// keep their values on the stack.
	most := len(feats) + len(found)
	rows := slices.Grow(ms.rows[:0], most)[:most]
	blocks := slices.Grow(ms.blocks[:0], most)[:most]
	nr, nb := 0, 0
	slots, n, filter := m.slots, m.nslots, m.filter
	for _, f := range feats {
		// The probe of findAll, here to spare a pass over its refs.
		fp := fingerprint(f)
		if k, b := filterBits(fp); filter[k]&b != b {
			continue
		}
		for i := (uint64(uint32(f)) * n) >> 32; ; {
			s := slots[i]
			if v := uint32(s); v == fp {
				if r := ref(s >> 32); r.dense() {
					rows[nr] = m.row(r)
					nr++
				} else {
					blocks[nb] = uint64(r)<<32 | uint64(m.entries[r])
					nb++
				}
				break
			} else if v == 0 {
				break
			}
			if i++; i == n {
				i = 0
			}
		}
	}
	for _, r := range found {
		switch {
		case r == noRef:
		case r.dense():
			rows[nr] = m.row(r)
			nr++
		default:
			blocks[nb] = uint64(r)<<32 | uint64(m.entries[r])
			nb++
		}
	}
	rows, blocks = rows[:nr], blocks[:nb]
	ms.rows, ms.blocks = rows, blocks
	// The weights are summed as integers, and added to acc once: they
	// are small integers, whose float32 sums are exact in any order.
	if len(blocks) > 0 && len(labels) < spare {
		// addBlocks, with the rows added to the blocks' sums and its
		// last pass over the labels one with adding the sums to acc.
		ms.markLabels(labels)
		ms.sumBlocks(blocks)
		mark, sums := ms.mark, &ms.sums
		addRows(rows, labels, sums[1:1+len(labels)])
		acc = acc[:len(labels)]
		for j, l := range labels {
			acc[j] += float32(sums[j+1])
			sums[j+1] = 0
			mark[l] = spare + uint8(l%spare)
		}
		return
	}
	ms.isum = slices.Grow(ms.isum[:0], len(labels))[:len(labels)]
	clear(ms.isum)
	addRows(rows, labels, ms.isum)
	if len(blocks) > 0 {
		ms.addBlocks(blocks, labels, ms.isum)
	}
	acc = acc[:len(ms.isum)]
	for j, v := range ms.isum {
		acc[j] += float32(v)
	}
}

// addRows adds to sums[j] the weights of the dense rows for labels[j].
// It reads four rows at a time, their pointers held through a pass over
// the labels.
func addRows(rows []*[rowPad]int16, labels []uint16, sums []int32) {
	sums = sums[:len(labels)]
	for len(rows) >= 8 {
		r0, r1, r2, r3, r4, r5, r6, r7 := rows[0], rows[1], rows[2], rows[3], rows[4], rows[5], rows[6], rows[7]
		rows = rows[8:]
		_, _, _, _, _, _, _, _ = r0[0], r1[0], r2[0], r3[0], r4[0], r5[0], r6[0], r7[0]
		for j, l := range labels {
			sums[j] += int32(r0[l]) + int32(r1[l]) + int32(r2[l]) + int32(r3[l]) +
				int32(r4[l]) + int32(r5[l]) + int32(r6[l]) + int32(r7[l])
		}
	}
	for len(rows) >= 4 {
		r0, r1, r2, r3 := rows[0], rows[1], rows[2], rows[3]
		rows = rows[4:]
		_, _, _, _ = r0[0], r1[0], r2[0], r3[0] // nil checks once, not in the loop
		for j, l := range labels {
			sums[j] += int32(r0[l]) + int32(r1[l]) + int32(r2[l]) + int32(r3[l])
		}
	}
	switch len(rows) {
	case 3:
		r0, r1, r2 := rows[0], rows[1], rows[2]
		_, _, _ = r0[0], r1[0], r2[0]
		for j, l := range labels {
			sums[j] += int32(r0[l]) + int32(r1[l]) + int32(r2[l])
		}
	case 2:
		r0, r1 := rows[0], rows[1]
		_, _ = r0[0], r1[0]
		for j, l := range labels {
			sums[j] += int32(r0[l]) + int32(r1[l])
		}
	case 1:
		r0 := rows[0]
		_ = r0[0]
		for j, l := range labels {
			sums[j] += int32(r0[l])
		}
	}
}

// addBlocks adds to out[j] the weights of the sparse blocks (offset << 32
// | count) for labels[j].
func (ms *modelScorer) addBlocks(blocks []uint64, labels []uint16, out []int32) {
	for len(labels) >= spare {
		ms.addBlocks(blocks, labels[:spare-1], out)
		labels, out = labels[spare-1:], out[spare-1:]
	}
	ms.markLabels(labels)
	ms.sumBlocks(blocks)
	mark, sums := ms.mark, &ms.sums
	out = out[:len(labels)]
	for j, l := range labels {
		out[j] += sums[j+1]
		sums[j+1] = 0
		mark[l] = spare + uint8(l%spare)
	}
}

// markLabels points the marks of labels (fewer than spare) at their
// sums: labels[j] at sums[j+1].
func (ms *modelScorer) markLabels(labels []uint16) {
	mark := ms.mark
	for j, l := range labels {
		mark[l] = uint8(j + 1)
	}
}

// sumBlocks adds the weights of the sparse blocks (offset << 32 | count)
// to the sums their labels' marks give.
func (ms *modelScorer) sumBlocks(blocks []uint64) {
	entries, mark, sums := ms.m.entries, ms.mark, &ms.sums
	_, _ = sums[0], mark[0] // nil checks once, not in the loop
	// Every entry goes to a sum, those of other labels to the spare
	// ones: adding beats a branch that the processor cannot foresee.
	for _, bk := range blocks {
		off, n := uint32(bk>>32)+1, uint32(bk)
		b := entries[off : off+n]
		// Eight entries a pass, then four: the blocks scored have
		// about twenty, and the loop's own counting took near half
		// the instructions.
		for len(b) >= 8 {
			q := (*[8]uint32)(b)
			b = b[8:]
			sums[mark[q[0]>>16]] += int32(int16(q[0]))
			sums[mark[q[1]>>16]] += int32(int16(q[1]))
			sums[mark[q[2]>>16]] += int32(int16(q[2]))
			sums[mark[q[3]>>16]] += int32(int16(q[3]))
			sums[mark[q[4]>>16]] += int32(int16(q[4]))
			sums[mark[q[5]>>16]] += int32(int16(q[5]))
			sums[mark[q[6]>>16]] += int32(int16(q[6]))
			sums[mark[q[7]>>16]] += int32(int16(q[7]))
		}
		if len(b) >= 4 {
			q := (*[4]uint32)(b)
			b = b[4:]
			sums[mark[q[0]>>16]] += int32(int16(q[0]))
			sums[mark[q[1]>>16]] += int32(int16(q[1]))
			sums[mark[q[2]>>16]] += int32(int16(q[2]))
			sums[mark[q[3]>>16]] += int32(int16(q[3]))
		}
		for _, e := range b {
			sums[mark[e>>16]] += int32(int16(e))
		}
	}
}

func (ms *modelScorer) addAll(feats []uint64, acc []float32) {
	m := ms.m
	ms.refs = m.findAll(ms.refs[:0], feats)
	for j, r := range ms.refs {
		acc[j] += m.allWeight(r)
	}
}

// allWeight returns the weight for allLabel of the feature at r (0 for
// noRef).
func (m *Model) allWeight(r ref) float32 {
	switch {
	case r == noRef:
	case r.dense():
		return float32(m.row(r)[allLabel])
	default:
		// allLabel is 0: when a block has it, it is the first entry.
		if b := m.sparse(r); len(b) > 0 && b[0]>>16 == allLabel {
			return float32(int16(b[0]))
		}
	}
	return 0
}

// export writes the averaged, pruned and quantised weights of tr with the
// tables of reg and sp as a model file.
func (tr *trainer) export(reg *registry, sp specials, cfg TrainConfig) ([]byte, error) {
	// Every tag a rule can produce must be in the file.
	spKeys := make([]string, 0, len(sp))
	for k := range sp {
		spKeys = append(spKeys, k)
	}
	slices.Sort(spKeys)
	for _, k := range spKeys {
		for _, c := range sp[k] {
			reg.info(c.tag)
		}
	}
	for _, c := range [][]specCand{specPunct, specSymb, specNumber, specUnclass, specUnknown} {
		reg.info(c[0].tag)
	}

	avg := make([]float64, len(tr.w))
	for i := range avg {
		avg[i] = tr.average(int32(i))
	}
	q := quantum(avg)
	var minAbs float64
	if len(avg) > cfg.MaxWeights {
		mags := make([]float64, len(avg))
		for i, a := range avg {
			mags[i] = math.Abs(a)
		}
		slices.Sort(mags)
		minAbs = mags[len(mags)-cfg.MaxWeights]
	}
	var keep []int32
	for i, a := range avg {
		if math.Abs(a) >= minAbs && math.Round(a/q) != 0 {
			keep = append(keep, int32(i))
		}
	}
	if cfg.Log != nil {
		fmt.Fprintf(cfg.Log, "tag: kept %d of %d weights, |w| >= %.3g, quantum %.3g\n", len(keep), len(avg), minAbs, q)
	}
	slices.SortFunc(keep, func(a, b int32) int {
		return cmp.Or(cmp.Compare(tr.feat[a], tr.feat[b]), cmp.Compare(tr.label[a], tr.label[b]))
	})

	// Blocks, then the slot table.
	var feats []uint64
	var offs []uint32
	entries := make([]uint32, 0, len(keep)+len(keep)/2)
	for i := 0; i < len(keep); {
		f := tr.feat[keep[i]]
		j := i
		for j < len(keep) && tr.feat[keep[j]] == f {
			j++
		}
		feats = append(feats, f)
		offs = append(offs, uint32(len(entries)))
		if isDense(j-i, len(reg.labels)) {
			n := (len(reg.labels) + 1) / 2
			entries = append(entries, uint32(n)|denseBlock)
			start := len(entries)
			entries = append(entries, make([]uint32, n)...)
			for _, k := range keep[i:j] {
				w := uint32(uint16(int16(math.Round(avg[k] / q))))
				l := int(tr.label[k])
				entries[start+l/2] |= w << (16 * (l % 2))
			}
		} else {
			entries = append(entries, uint32(j-i))
			for _, k := range keep[i:j] {
				w := math.Round(avg[k] / q)
				entries = append(entries, uint32(tr.label[k])<<16|uint32(uint16(int16(w))))
			}
		}
		i = j
	}
	nslots := uint64(len(feats))*4/3 + 1
	slots := make([]uint32, 2*nslots)
	for fi, f := range feats {
		i := (uint64(uint32(f)) * nslots) >> 32
		for slots[2*i] != 0 {
			if i++; i == nslots {
				i = 0
			}
		}
		slots[2*i], slots[2*i+1] = fingerprint(f), offs[fi]
	}

	var b bytes.Buffer
	b.WriteString(magic)
	put32 := func(v uint32) { b.Write(binary.LittleEndian.AppendUint32(nil, v)) }
	putStr := func(s string) error {
		if len(s) > math.MaxUint16 {
			return fmt.Errorf("string of %d bytes too long for the model file", len(s))
		}
		b.Write(binary.LittleEndian.AppendUint16(nil, uint16(len(s))))
		b.WriteString(s)
		return nil
	}
	put32(version)
	put32(uint32(len(cfg.Meta)))
	b.WriteString(cfg.Meta)
	put32(uint32(len(reg.labels)))
	for _, l := range reg.labels {
		if err := putStr(l); err != nil {
			return nil, err
		}
	}
	tagNum := make(map[string]int, len(reg.tags))
	put32(uint32(len(reg.tags)))
	for i, t := range reg.tags {
		tagNum[t.str] = i
		if err := putStr(t.str); err != nil {
			return nil, err
		}
	}
	put32(uint32(len(spKeys)))
	for _, k := range spKeys {
		if err := putStr(k); err != nil {
			return nil, err
		}
		b.WriteByte(byte(len(sp[k])))
		for _, c := range sp[k] {
			b.Write(binary.LittleEndian.AppendUint16(nil, uint16(tagNum[c.tag])))
			b.WriteByte(c.rule.mode)
			b.WriteByte(c.rule.strip)
			if err := putStr(c.rule.add); err != nil {
				return nil, err
			}
		}
	}
	put32(uint32(nslots))
	put32(uint32(len(entries)))
	for _, v := range slots {
		put32(v)
	}
	for _, v := range entries {
		put32(v)
	}
	put32(crc32.ChecksumIEEE(b.Bytes()))
	return b.Bytes(), nil
}

// WriteTo writes the model file, which Open reads back.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(m.raw)
	return int64(n), err
}

var errFormat = errors.New("not a tagger model")

// reader reads the model file's fields; it records the first error and
// then returns zero values.
type reader struct {
	b   []byte
	err error
}

func (r *reader) next(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b) {
		if r.err == nil {
			r.err = fmt.Errorf("%w: truncated", errFormat)
		}
		return nil
	}
	v := r.b[:n:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) u8() uint8 {
	if b := r.next(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) u16() uint16 {
	if b := r.next(2); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.next(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) str() string { return string(r.next(int(r.u16()))) }

// count reads a u32 count of items of at least min bytes each.
func (r *reader) count(min int) int {
	n := int(r.u32())
	if r.err == nil && n*min > len(r.b) {
		r.err = fmt.Errorf("%w: count %d beyond the end", errFormat, n)
		return 0
	}
	return n
}

// Open reads a model file. It decodes the weights into a layout of its
// own (see Model), and the rest (labels, tags, rules: a few thousand
// strings); data, which WriteTo writes back, must not change while the
// model is in use.
func Open(data []byte) (*Model, error) {
	if len(data) < 12 || string(data[:4]) != magic {
		return nil, errFormat
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", errFormat)
	}
	r := &reader{b: body[4:]}
	if v := r.u32(); v != version {
		return nil, fmt.Errorf("%w: version %d, want %d", errFormat, v, version)
	}
	m := &Model{raw: data, pool: make(chan *tagScratch, runtime.GOMAXPROCS(0)), labelIdx: make(map[string]uint16), tagIdx: make(map[string]*tagInfo)}
	m.meta = string(r.next(int(r.u32())))
	m.labels = make([]string, r.count(2))
	for i := range m.labels {
		m.labels[i] = r.str()
		m.labelIdx[m.labels[i]] = uint16(i)
	}
	m.tags = make([]*tagInfo, r.count(2))
	for i := range m.tags {
		t := newTagInfo(r.str(), m.label)
		m.tags[i] = t
		m.tagIdx[t.str] = t
	}
	nsp := r.count(3)
	m.specials = make(specials, nsp)
	for range nsp {
		k := r.str()
		cs := make([]specCand, r.u8())
		for j := range cs {
			ti := int(r.u16())
			if r.err == nil && ti >= len(m.tags) {
				r.err = fmt.Errorf("%w: tag %d out of range", errFormat, ti)
			}
			if r.err != nil {
				break
			}
			cs[j] = specCand{tag: m.tags[ti].str, rule: lemmaRule{mode: r.u8(), strip: r.u8(), add: r.str()}}
		}
		m.specials[k] = cs
	}
	m.nslots = uint64(r.u32())
	nent := int(r.u32())
	slots := r.next(8 * int(m.nslots))
	entries := r.next(4 * nent)
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the weights", errFormat, len(r.b))
	}
	if len(m.labels) == 0 || len(m.labels) > noLabel {
		return nil, fmt.Errorf("%w: %d labels", errFormat, len(m.labels))
	}
	// Check every block's bounds once, so that tagging never reads out of
	// range. (Labels need no check: the tagger's label marks cover every
	// uint16.)
	words := make([]uint32, nent)
	i := 0
	for ; i+4 <= len(words); i += 4 { // four a pass: one bounds check
		b := entries[4*i : 4*i+16]
		w := words[i : i+4]
		w[0] = binary.LittleEndian.Uint32(b)
		w[1] = binary.LittleEndian.Uint32(b[4:])
		w[2] = binary.LittleEndian.Uint32(b[8:])
		w[3] = binary.LittleEndian.Uint32(b[12:])
	}
	for ; i < len(words); i++ {
		words[i] = binary.LittleEndian.Uint32(entries[4*i:])
	}
	m.slots = make([]uint64, m.nslots)
	for i := range m.slots {
		s := binary.LittleEndian.Uint64(slots[8*i:])
		m.slots[i] = s
		if uint32(s) == 0 {
			continue
		}
		off := int(s >> 32)
		if off >= nent {
			return nil, fmt.Errorf("%w: block offset out of range", errFormat)
		}
		h := words[off]
		if n := int(h &^ denseBlock); n > nent-off-1 || (h&denseBlock != 0 && n != (len(m.labels)+1)/2) {
			return nil, fmt.Errorf("%w: block length out of range", errFormat)
		}
	}
	if err := m.layOut(words); err != nil {
		return nil, err
	}
	m.setFilter()
	m.edge = m.findNear(nearFeatures(hBoundary, hBoundary, 0, true))
	// The boundary is no tag: only its refs of the tags before a token
	// are read.
	bound := &tagInfo{hFull: hBoundary, hCoarse: hBoundary}
	m.setRefs(bound)
	m.boundary = bound.refs
	for c := range m.clause {
		m.clause[c] = m.findAll(nil, []uint64{f1(fClause, uint64(c))})[0]
	}
	m.last = m.findAll(nil, []uint64{f1(fLast, 0)})[0]
	for _, t := range m.tags {
		m.setRefs(t)
	}
	m.setAgree()
	return m, nil
}

// setAgree fills m.agree and m.rankWeight.
func (m *Model) setAgree() {
	feats := make([]uint64, 0, numAgree)
	for c := range uint8(numCaseIdx) {
		for k := range tagKind(numKinds) {
			for key := range uint64(agreeKeys) {
				feats = append(feats, agreeFeature(c, k, key))
			}
		}
	}
	for i, r := range m.findAll(nil, feats) {
		m.agree[i] = m.allWeight(r)
	}
	for g, guess := range []bool{false, true} {
		for rank := range m.rankWeight[g] {
			m.rankWeight[g][rank] = m.allWeight(m.findAll(nil, []uint64{rankFeature(guess, uint8(rank))})[0])
		}
	}
}

// setRefs fills the refs of t, a tag of m's tagging.
func (m *Model) setRefs(t *tagInfo) {
	f := tagFeatures(t)
	m.findAll(t.refs[:0], f[:])
	t.hasRefs = true
}

// layOut puts the blocks of words, the checked entries of the model file,
// in m.entries and m.rows: dense blocks and long sparse ones (memDense)
// as rows, the others as they are; and points the slots at their new
// places. It fails when the blocks take more room than a ref can reach,
// which only a model file whose slots share blocks can make them do.
func (m *Model) layOut(words []uint32) error {
	nl := len(m.labels)
	block := func(s uint64) (uint32, []uint32) {
		off := s >> 32
		h := words[off]
		return h, words[off+1 : off+1+uint64(h&^denseBlock)]
	}
	// First which blocks become rows, and the size of it all.
	dense := make([]bool, len(m.slots))
	nrows, size := 0, 0
	for i, s := range m.slots {
		if uint32(s) == 0 {
			continue
		}
		h, b := block(s)
		dense[i] = h&denseBlock != 0 || (memDense(len(b), nl) && m.densable(b))
		if dense[i] {
			nrows++
		} else {
			size += 1 + len(b)
		}
		if size >= int(denseRef) || nrows*nl >= int(denseRef) {
			return fmt.Errorf("%w: blocks too large", errFormat)
		}
	}
	m.entries = make([]uint32, 0, size)
	m.rows = make([]int16, nrows*nl+rowPad)
	row := 0
	for i, s := range m.slots {
		if uint32(s) == 0 {
			continue
		}
		h, b := block(s)
		if !dense[i] {
			m.slots[i] = uint64(len(m.entries))<<32 | uint64(uint32(s))
			m.entries = append(m.entries, h)
			m.entries = append(m.entries, b...)
			continue
		}
		m.slots[i] = uint64(ref(row)|denseRef)<<32 | uint64(uint32(s))
		r := m.rows[row*nl : (row+1)*nl]
		row++
		if h&denseBlock != 0 {
			for k, w := range b[:nl/2] {
				r[2*k], r[2*k+1] = int16(w), int16(w>>16)
			}
			if nl%2 != 0 {
				r[nl-1] = int16(b[nl/2])
			}
			continue
		}
		for _, e := range b {
			r[e>>16] = int16(e)
		}
	}
	return nil
}

// densable reports whether the sparse block b has each label at most once
// and only labels of the model, as every block of a model file written by
// export has: only then does it score the same dense.
func (m *Model) densable(b []uint32) bool {
	for k, e := range b {
		if int(e>>16) >= len(m.labels) || (k > 0 && e>>16 <= b[k-1]>>16) {
			return false
		}
	}
	return true
}

// label returns the number of a label name, or noLabel.
func (m *Model) label(name string) uint16 {
	if l, ok := m.labelIdx[name]; ok {
		return l
	}
	return noLabel
}
