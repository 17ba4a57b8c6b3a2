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
	// fingerprint of slot i in the low half and its block offset in the
	// high half; entries are the blocks' words, the longest sparse
	// blocks made dense (memDense). Words in memory cost a copy of the
	// table but spare tagging the byte decoding and the bounds checks of
	// every read.
	nslots  uint64
	slots   []uint64
	entries []uint32
	raw     []byte
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
		b, dense := m.blockAt(uint32(s >> 32))
		if !dense {
			weights += len(b)
			continue
		}
		for _, w := range b {
			if uint16(w) != 0 {
				weights++
			}
			if w>>16 != 0 {
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

// block returns the block of feature f (nil when the model has none) and
// whether it is dense.
func (m *Model) block(f uint64) ([]uint32, bool) {
	if off, ok := m.find(f); ok {
		return m.blockAt(off)
	}
	return nil, false
}

// find returns the block offset of feature f, if the model has it.
func (m *Model) find(f uint64) (uint32, bool) {
	if m.nslots == 0 {
		return 0, false
	}
	fp := fingerprint(f)
	i := (uint64(uint32(f)) * m.nslots) >> 32
	for {
		switch s := m.slots[i]; uint32(s) {
		case fp:
			return uint32(s >> 32), true
		case 0:
			return 0, false
		}
		if i++; i == m.nslots {
			i = 0
		}
	}
}

// blockAt returns the block at entry offset off and whether it is dense.
func (m *Model) blockAt(off uint32) ([]uint32, bool) {
	h := m.entries[off]
	n := h &^ denseBlock
	return m.entries[off+1 : off+1+n], h&denseBlock != 0
}

// modelScorer scores with a model's weights; mark is scratch, one entry a
// label, zero between calls.
type modelScorer struct {
	m    *Model
	mark *[1 << 16]int16
	refs []uint64 // block offset << 32 | block header, per feature found
}

func (ms *modelScorer) add(feats []uint64, labels []uint16, acc []float32) {
	m := ms.m
	if m.nslots == 0 {
		return
	}
	// First find every feature's block and read its header, then read
	// the blocks: the loads of one phase do not wait for each other, so
	// the cache misses overlap, and a block's first words are in the
	// cache when the second phase gets there.
	refs := ms.refs[:0]
	for _, f := range feats {
		fp := fingerprint(f)
		i := (uint64(uint32(f)) * m.nslots) >> 32
		for {
			s := m.slots[i]
			if v := uint32(s); v == fp {
				off := s >> 32
				refs = append(refs, off<<32|uint64(m.entries[off]))
				break
			} else if v == 0 {
				break
			}
			if i++; i == m.nslots {
				i = 0
			}
		}
	}
	ms.refs = refs
	mark := ms.mark
	for j, l := range labels {
		mark[l] = int16(j + 1)
	}
	for _, r := range refs {
		off, h := uint32(r>>32)+1, uint32(r)
		b := m.entries[off : off+h&^denseBlock]
		if h&denseBlock != 0 {
			for j, l := range labels {
				acc[j] += float32(int16(b[l/2] >> (16 * (l % 2))))
			}
			continue
		}
		for _, e := range b {
			if k := mark[e>>16]; k != 0 {
				acc[k-1] += float32(int16(e))
			}
		}
	}
	for _, l := range labels {
		mark[l] = 0
	}
}

func (ms *modelScorer) addAll(feats []uint64, acc []float32) {
	for j, f := range feats {
		// allLabel is 0: when a block has it, it is the first entry.
		b, dense := ms.m.block(f)
		if len(b) == 0 {
			continue
		}
		if e := b[0]; dense || e>>16 == allLabel {
			acc[j] += float32(int16(e))
		}
	}
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
	for i := range words {
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
	m.layOut(words)
	return m, nil
}

// layOut puts the blocks of words, the checked entries of the model file,
// in m.entries, long sparse blocks made dense (memDense), and points the
// slots at their new places.
func (m *Model) layOut(words []uint32) {
	n := (len(m.labels) + 1) / 2
	block := func(s uint64) (uint32, []uint32) {
		off := s >> 32
		h := words[off]
		return h, words[off+1 : off+1+uint64(h&^denseBlock)]
	}
	// First which blocks to make dense, and the size of it all.
	conv := make([]bool, len(m.slots))
	size := 0
	for i, s := range m.slots {
		if uint32(s) == 0 {
			continue
		}
		h, b := block(s)
		// Offsets are 32 bits: a block is made dense only while there
		// is room left for the rest as they are.
		room := uint64(size)+uint64(n)+uint64(len(words)) <= math.MaxUint32
		conv[i] = h&denseBlock == 0 && room && memDense(len(b), len(m.labels)) && m.densable(b)
		size += 1 + len(b)
		if conv[i] {
			size += n - len(b)
		}
	}
	out := make([]uint32, 0, size)
	for i, s := range m.slots {
		if uint32(s) == 0 {
			continue
		}
		h, b := block(s)
		m.slots[i] = uint64(len(out))<<32 | uint64(uint32(s))
		if !conv[i] {
			out = append(out, h)
			out = append(out, b...)
			continue
		}
		out = append(out, uint32(n)|denseBlock)
		start := len(out)
		out = append(out, make([]uint32, n)...)
		for _, e := range b {
			l := e >> 16
			out[start+int(l/2)] |= uint32(uint16(e)) << (16 * (l % 2))
		}
	}
	m.entries = out
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
