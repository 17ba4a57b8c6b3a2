package morph

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
)

// Analysis is one reading of a word form: its lemma and its VESUM tag
// (tags joined by ':', as in BRUK).
type Analysis struct {
	Lemma string
	Tag   string
}

// TagID is the number of a tag string in a lexicon's tag table.
type TagID uint16

// LexemeID names one lexeme (a lemma with its paradigm) of a lexicon.
type LexemeID uint32

// Cand is one analysis in the allocation-free form: the lexeme (whose
// lemma Lemma or AppendLemma give) and the tag.
type Cand struct {
	Lexeme LexemeID
	Tag    TagID
}

// Lexicon is an opened lexicon file. It reads its data in place, is
// immutable and is safe for concurrent use.
type Lexicon struct {
	data []byte
	meta map[string]string
	cs   charset
	tags []string

	tagOnce sync.Once
	tagIDs  map[string]TagID

	endOff  []uint32
	endHash u32s
	endBlob []byte
	endMask uint32
	maxEnd  int
	// endTab is endHash decoded, each slot with the hash of its ending
	// in the high half: a probe compares the bytes of an ending only
	// when the hashes agree.
	endTab []uint64

	// The paradigm tables and endOff, read for every analysis and guess,
	// are decoded into words at Open (700 KB).
	paraOff, paraLemma, paraSlots []uint32
	// lemmaEnd is the lemma ending of each paradigm, decoded at Open:
	// every lemma made, of an analysis or a guess, ends in one (140 KB).
	lemmaEnd  []string
	tagBits   uint
	paraBytes int
	tagMask   uint32

	buckets    u32s
	bucketMask uint32
	recs       []byte

	guess   guesser
	shapes  shapeTable
	recent  guessMemo
	lookups lookupMemo
}

// maxWord is the longest word (in code bytes) the lexicon looks up.
const maxWord = 128

// OpenFile reads and opens a lexicon file.
func OpenFile(path string) (*Lexicon, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	l, err := Open(data)
	if err != nil {
		return nil, fmt.Errorf("open lexicon %s: %w", path, err)
	}
	return l, nil
}

// Open opens a lexicon held in data (for example an embedded file). data
// is used in place and must not change afterwards.
func Open(data []byte) (*Lexicon, error) {
	secs, err := readFile(data)
	if err != nil {
		return nil, err
	}
	need := []uint32{secMeta, secParams, secChars, secTagOff, secTagBlob, secEndOff, secEndBlob, secEndHash,
		secParaOff, secParaLemma, secParaSlots, secStemBucket, secStemRecs}
	for _, id := range need {
		if _, ok := secs[id]; !ok {
			return nil, fmt.Errorf("%w: section %d missing", errFormat, id)
		}
	}
	l := &Lexicon{data: data, meta: map[string]string{}}
	for line := range strings.SplitSeq(string(secs[secMeta]), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			l.meta[k] = v
		}
	}
	params := u32s(secs[secParams])
	if params.len() < numParams {
		return nil, fmt.Errorf("%w: short parameters", errFormat)
	}
	chars := u32s(secs[secChars])
	runes := make([]rune, chars.len())
	for i := range runes {
		runes[i] = rune(chars.at(i))
	}
	l.cs = *newCharset(runes)

	tagOff, tagBlob := u32s(secs[secTagOff]), secs[secTagBlob]
	if tagOff.len() < 1 || tagOff.len() > 1<<16 {
		return nil, fmt.Errorf("%w: bad tag table", errFormat)
	}
	l.tags = make([]string, tagOff.len()-1)
	for i := range l.tags {
		a, b := tagOff.at(i), tagOff.at(i+1)
		if a > b || int(b) > len(tagBlob) {
			return nil, fmt.Errorf("%w: bad tag table", errFormat)
		}
		l.tags[i] = string(tagBlob[a:b])
	}

	l.endOff, l.endBlob, l.endHash = u32s(secs[secEndOff]).words(), secs[secEndBlob], u32s(secs[secEndHash])
	l.paraOff, l.paraLemma, l.paraSlots = u32s(secs[secParaOff]).words(), u32s(secs[secParaLemma]).words(), u32s(secs[secParaSlots]).words()
	l.buckets, l.recs = u32s(secs[secStemBucket]), secs[secStemRecs]
	if !pow2(l.endHash.len()) || l.buckets.len()%2 != 1 || !pow2(l.buckets.len()/2) || len(l.endOff) < 1 || len(l.paraOff) != len(l.paraLemma)+1 {
		return nil, fmt.Errorf("%w: bad table sizes", errFormat)
	}
	if int(l.endOff[len(l.endOff)-1]) > len(l.endBlob) || int(l.paraOff[len(l.paraOff)-1]) > len(l.paraSlots) ||
		int(l.buckets.at(l.buckets.len()-1)) > len(l.recs) {
		return nil, fmt.Errorf("%w: tables out of range", errFormat)
	}
	l.endMask = uint32(l.endHash.len() - 1)
	l.endTab = make([]uint64, l.endHash.len())
	for i := range l.endTab {
		v := l.endHash.at(i)
		if v == 0 {
			continue
		}
		if int(v) >= len(l.endOff) || l.endOff[int(v)-1] > l.endOff[int(v)] || int(l.endOff[int(v)]) > len(l.endBlob) {
			return nil, fmt.Errorf("%w: bad ending table", errFormat)
		}
		l.endTab[i] = uint64(hashRev(l.ending(v-1)))<<32 | uint64(v)
	}
	l.bucketMask = uint32(l.buckets.len()/2 - 1)
	l.tagBits = uint(params.at(paramTagBits))
	l.tagMask = 1<<l.tagBits - 1
	l.maxEnd = int(params.at(paramMaxEnd))
	l.paraBytes = int(params.at(paramParaBytes))
	if l.paraBytes != 2 && l.paraBytes != 3 {
		return nil, fmt.Errorf("%w: bad paradigm id size", errFormat)
	}
	if err := l.check(); err != nil {
		return nil, err
	}
	l.lemmaEnd = make([]string, len(l.paraLemma))
	decoded := make(map[uint32]string) // 1,388 endings for the 8,848 paradigms of the shipped lexicon
	for p, e := range l.paraLemma {
		s, ok := decoded[e]
		if !ok {
			s = string(l.cs.decode(nil, l.ending(e)))
			decoded[e] = s
		}
		l.lemmaEnd[p] = s
	}
	l.shapes.raw = secs[secShapes]
	if err := l.guess.open(secs, params); err != nil {
		return nil, err
	}
	return l, nil
}

// check makes sure that every offset and id of the tables points into
// them, so that no lookup reads outside a damaged file's sections (the
// checksum catches damage, not a file made so).
func (l *Lexicon) check() error {
	if l.tagBits == 0 || l.tagBits > 16 {
		return fmt.Errorf("%w: bad tag bits", errFormat)
	}
	ascending := func(a []uint32, limit int) bool {
		for i, v := range a {
			if int(v) > limit || i > 0 && v < a[i-1] {
				return false
			}
		}
		return true
	}
	nEnd := len(l.endOff) - 1
	if !ascending(l.endOff, len(l.endBlob)) {
		return fmt.Errorf("%w: bad ending offsets", errFormat)
	}
	nPara := len(l.paraOff) - 1
	if !ascending(l.paraOff, len(l.paraSlots)) {
		return fmt.Errorf("%w: bad paradigm offsets", errFormat)
	}
	for i := range len(l.paraSlots) {
		if v := l.paraSlots[i]; int(v>>l.tagBits) >= nEnd || int(v&l.tagMask) >= len(l.tags) {
			return fmt.Errorf("%w: paradigm slot %d out of range", errFormat, i)
		}
	}
	for i := range len(l.paraLemma) {
		if int(l.paraLemma[i]) >= nEnd {
			return fmt.Errorf("%w: lemma ending of paradigm %d out of range", errFormat, i)
		}
	}
	for b := range l.buckets.len() / 2 {
		p, end := int(l.buckets.at(2*b)), int(l.buckets.at(2*b+2))
		if p > end || end > len(l.recs) {
			return fmt.Errorf("%w: bad stem buckets", errFormat)
		}
		for p < end {
			_, cnt, ids, ok := l.recAt(p, end)
			if !ok {
				return fmt.Errorf("%w: bad stem record at %d", errFormat, p)
			}
			for k := range cnt {
				if l.paraID(ids+k*l.paraBytes) >= nPara {
					return fmt.Errorf("%w: paradigm of stem record %d out of range", errFormat, p)
				}
			}
			p = ids + cnt*l.paraBytes
		}
		if p != end {
			return fmt.Errorf("%w: stem bucket %d overruns", errFormat, b)
		}
	}
	return nil
}

// recAt is rec for a record that must end by end; ok is false when it
// does not.
func (l *Lexicon) recAt(p, end int) (stem []byte, cnt, ids int, ok bool) {
	if p >= end {
		return nil, 0, 0, false
	}
	h := int(l.recs[p])
	q := p + 1 + h&0x7F
	if q > end || h&0x80 != 0 && q >= end {
		return nil, 0, 0, false
	}
	stem, cnt, ids = l.rec(p)
	return stem, cnt, ids, ids+cnt*l.paraBytes <= end
}

func pow2(n int) bool { return n > 0 && n&(n-1) == 0 }

// Meta returns a build property of the lexicon (version, sources,
// licence, counts); "" when absent.
func (l *Lexicon) Meta(key string) string { return l.meta[key] }

// NumTags returns the number of tags; TagIDs run from 0 to NumTags()-1.
func (l *Lexicon) NumTags() int { return len(l.tags) }

// Tag returns the tag string of id.
func (l *Lexicon) Tag(id TagID) string {
	if int(id) < len(l.tags) {
		return l.tags[id]
	}
	return ""
}

// TagID returns the id of a tag string.
func (l *Lexicon) TagID(tag string) (TagID, bool) {
	l.tagOnce.Do(func() {
		l.tagIDs = make(map[string]TagID, len(l.tags))
		for i, t := range l.tags {
			l.tagIDs[t] = TagID(i)
		}
	})
	id, ok := l.tagIDs[tag]
	return id, ok
}

// Lookup returns the analyses of a word form, or nil for a word the
// lexicon does not know. Apostrophe look-alikes are normalised and stress
// marks dropped; a capitalised or all-caps form also finds lower-case
// words (sentence starts, headlines), an all-caps form finds proper names
// (БЛІНКЕНА → Блінкен) and a short capitalised one finds abbreviations
// (Нато → НАТО). Lemmas keep the lexicon's case. Analyses of the form as
// written come first.
func (l *Lexicon) Lookup(form string) []Analysis {
	var buf [16]Cand
	cs := l.AppendLookup(buf[:0], form)
	if len(cs) == 0 {
		return nil
	}
	out := make([]Analysis, len(cs))
	for i, c := range cs {
		lemma := ""
		if i > 0 && cs[i-1].Lexeme == c.Lexeme {
			// The forms of one lexeme come together: decode its
			// lemma once.
			lemma = out[i-1].Lemma
		} else {
			lemma = l.Lemma(c.Lexeme)
		}
		out[i] = Analysis{lemma, l.tags[c.Tag]}
	}
	return out
}

// Known reports whether the lexicon has any analysis of form.
func (l *Lexicon) Known(form string) bool {
	var buf [16]Cand
	return len(l.AppendLookup(buf[:0], form)) > 0
}

// AppendLookup appends the analyses of form to dst and returns the
// extended slice; it allocates nothing when dst has room.
func (l *Lexicon) AppendLookup(dst []Cand, form string) []Cand {
	if !memoizable(form) {
		return l.appendLookup(dst, form)
	}
	slot := memoSlot(form, lookupMemoSize)
	if out, ok := l.lookups.get(dst, form, slot); ok {
		return out
	}
	n0 := len(dst)
	dst = l.appendLookup(dst, form)
	l.lookups.put(form, slot, dst[n0:])
	return dst
}

// appendLookup is AppendLookup without the memo.
func (l *Lexicon) appendLookup(dst []Cand, form string) []Cand {
	var b0, b1 [maxWord + 8]byte
	w0 := l.cs.encode(b0[:0], form, asIs)
	if len(w0) > maxWord {
		return dst
	}
	dst = l.lookupCode(dst, w0)
	var modes [3]caseMode
	for _, cm := range variantModes(form, modes[:0])[1:] {
		w := l.cs.encode(b1[:0], form, cm)
		if len(w) > maxWord || bytes.Equal(w, w0) {
			continue
		}
		dst = l.lookupCode(dst, w)
	}
	return dst
}

// maxAbbr is the longest capitalised word that is also looked up in
// capitals, as an abbreviation written like a name (Нато → НАТО).
const maxAbbr = 5

// variantModes lists the case changes under which form is looked up.
func variantModes(form string, dst []caseMode) []caseMode {
	dst = append(dst, asIs)
	switch classify(form) {
	case caseTitle:
		dst = append(dst, lower)
		if len(form) <= 2*maxAbbr {
			dst = append(dst, upper)
		}
	case caseUpper:
		dst = append(dst, lower, title)
	case caseMixed:
		dst = append(dst, lower)
	}
	return dst
}

// lookupCode appends the analyses of the coded word w.
func (l *Lexicon) lookupCode(dst []Cand, w []byte) []Cand {
	n := len(w)
	var hp [maxWord + 9]uint32
	h := uint32(fnvBasis)
	hp[0] = h
	for i, x := range w {
		h = (h ^ uint32(x)) * fnvPrime
		hp[i+1] = h
	}
	// First the endings w has, then the filters of the stems before
	// them, then the stems that pass, a batch at a time: the loads of
	// one step do not wait for each other, so that their cache misses
	// overlap.
	var found [lookupBatch]uint64 // cut << 32 | ending id
	var filters [lookupBatch]uint32
	k := 0
	he := uint32(fnvBasis)
	low := max(0, n-l.maxEnd)
	for i := n; i >= low; i-- {
		if i < n {
			he = (he ^ uint32(w[i])) * fnvPrime
		}
		if eid, ok := l.findEnding(w[i:], he); ok {
			found[k] = uint64(i)<<32 | uint64(eid)
			k++
		}
		if k == len(found) || i == low && k > 0 {
			for j, x := range found[:k] {
				filters[j] = l.buckets.at(2*int(mix(hp[x>>32])&l.bucketMask) + 1)
			}
			for j, x := range found[:k] {
				c := int(x >> 32)
				if bb := bloomBits(mix(hp[c])); filters[j]&bb == bb {
					dst = l.scanStem(dst, w[:c], hp[c], uint32(x))
				}
			}
			k = 0
		}
	}
	return dst
}

// lookupBatch is the most endings lookupCode takes together.
const lookupBatch = 16

// findEnding returns the id of ending e, whose hashRev is h.
func (l *Lexicon) findEnding(e []byte, h uint32) (uint32, bool) {
	s := mix(h) & l.endMask
	for {
		v := l.endTab[s]
		if v == 0 {
			return 0, false
		}
		// Only an ending of the same hash needs its bytes compared.
		if uint32(v>>32) == h {
			id := uint32(v) - 1
			if bytes.Equal(l.endBlob[l.endOff[int(id)]:l.endOff[int(id)+1]], e) {
				return id, true
			}
		}
		s = (s + 1) & l.endMask
	}
}

func (l *Lexicon) ending(id uint32) []byte {
	return l.endBlob[l.endOff[int(id)]:l.endOff[int(id)+1]]
}

// scanStem appends the analyses of the lexemes with this stem whose
// paradigm has ending eid; the stem has passed its bucket's filter.
func (l *Lexicon) scanStem(dst []Cand, stem []byte, h uint32, eid uint32) []Cand {
	b := int(mix(h) & l.bucketMask)
	p, end := int(l.buckets.at(2*b)), int(l.buckets.at(2*b+2))
	for p < end {
		rs, cnt, ids := l.rec(p)
		if bytes.Equal(rs, stem) {
			for k := range cnt {
				dst = l.appendSlots(dst, l.paraID(ids+k*l.paraBytes), eid, LexemeID(p<<8|k))
			}
		}
		p = ids + cnt*l.paraBytes
	}
	return dst
}

// rec reads the record at p: a header byte (stem length, and in the top
// bit whether a count byte follows; else the count is 1), the stem, the
// count, the paradigm ids. It returns the stem, the count and the offset
// of the first id.
func (l *Lexicon) rec(p int) (stem []byte, cnt, ids int) {
	h := int(l.recs[p])
	q := p + 1 + h&0x7F
	if h&0x80 == 0 {
		return l.recs[p+1 : q], 1, q
	}
	return l.recs[p+1 : q], int(l.recs[q]), q + 1
}

func (l *Lexicon) paraID(r int) int {
	if l.paraBytes == 2 {
		return int(l.recs[r]) | int(l.recs[r+1])<<8
	}
	return int(l.recs[r]) | int(l.recs[r+1])<<8 | int(l.recs[r+2])<<16
}

// appendSlots appends the slots of paradigm para with ending eid.
func (l *Lexicon) appendSlots(dst []Cand, para int, eid uint32, lx LexemeID) []Cand {
	lo, hi := int(l.paraOff[para]), int(l.paraOff[para+1])
	key := eid << l.tagBits
	// First slot >= key.
	a, b := lo, hi
	for a < b {
		m := int(uint(a+b) >> 1)
		if l.paraSlots[m] < key {
			a = m + 1
		} else {
			b = m
		}
	}
	for ; a < hi; a++ {
		s := l.paraSlots[a]
		if s>>l.tagBits != eid {
			break
		}
		dst = append(dst, Cand{lx, TagID(s & l.tagMask)})
	}
	return dst
}

// record returns the stem code and paradigm of a lexeme.
func (l *Lexicon) record(id LexemeID) (stem []byte, para int, ok bool) {
	p, k := int(id>>8), int(id&0xFF)
	stem, cnt, ids, ok := l.recAt(p, len(l.recs))
	if !ok || k >= cnt {
		return nil, 0, false
	}
	para = l.paraID(ids + k*l.paraBytes)
	if para >= len(l.paraLemma) {
		return nil, 0, false
	}
	return stem, para, true
}

// AppendLemma appends the lemma of a lexeme to dst.
func (l *Lexicon) AppendLemma(dst []byte, id LexemeID) []byte {
	stem, para, ok := l.record(id)
	if !ok {
		return dst
	}
	dst = l.cs.decode(dst, stem)
	return append(dst, l.lemmaEnd[para]...)
}

// Lemma returns the lemma of a lexeme.
func (l *Lexicon) Lemma(id LexemeID) string {
	var buf [64]byte
	return string(l.AppendLemma(buf[:0], id))
}

// Forms calls fn with every form of a lexeme and its tag, in paradigm
// order.
func (l *Lexicon) Forms(id LexemeID, fn func(form string, tag TagID)) {
	stem, para, ok := l.record(id)
	if !ok {
		return
	}
	l.paraForms(stem, para, fn)
}

func (l *Lexicon) paraForms(stem []byte, para int, fn func(form string, tag TagID)) {
	// Guesses made from a word's shape (digits, hyphenated compounds)
	// carry no paradigm.
	if para < 0 || para+1 >= len(l.paraOff) {
		return
	}
	var buf [maxWord * 2]byte
	base := l.cs.decode(buf[:0], stem)
	for s := int(l.paraOff[para]); s < int(l.paraOff[para+1]); s++ {
		v := l.paraSlots[s]
		w := l.cs.decode(base, l.ending(v>>l.tagBits))
		fn(string(w), TagID(v&l.tagMask))
	}
}

// lookupMemo remembers the analyses of the forms looked up last: the
// tagger looks up each new form of a document, and the entity
// lemmatizer then asks for many of them again. It is direct-mapped (a
// form takes the slot of its hash) and keeps the form and its analyses
// in the slot, so that remembering allocates nothing; a form too long
// or with too many analyses for a slot is looked up each time. Its
// 1,024 slots take 180 KB, made at the first lookup.
type lookupMemo struct {
	mu    sync.Mutex
	slots *[lookupMemoSize]lookupSlot
}

type lookupSlot struct {
	n     uint8 // the bytes of form; 0 in an empty slot
	nc    uint8 // the analyses in cands
	form  [lookupMemoForm]byte
	cands [lookupMemoCands]Cand
}

const (
	lookupMemoSize  = 1 << 10
	lookupMemoForm  = 46 // longest form in bytes
	lookupMemoCands = 16 // most analyses
)

// memoizable reports whether form fits a slot of a lookupMemo.
func memoizable(form string) bool { return form != "" && len(form) <= lookupMemoForm }

// get appends the analyses of form to dst, if slot holds them.
func (m *lookupMemo) get(dst []Cand, form string, slot int) ([]Cand, bool) {
	m.mu.Lock()
	ok := m.slots != nil && string(m.slots[slot].form[:m.slots[slot].n]) == form
	if ok {
		sl := &m.slots[slot]
		dst = append(dst, sl.cands[:sl.nc]...)
	}
	m.mu.Unlock()
	return dst, ok
}

// put remembers the analyses cs of form in slot.
func (m *lookupMemo) put(form string, slot int, cs []Cand) {
	if len(cs) > lookupMemoCands {
		return
	}
	m.mu.Lock()
	if m.slots == nil {
		m.slots = new([lookupMemoSize]lookupSlot)
	}
	sl := &m.slots[slot]
	sl.n = uint8(copy(sl.form[:], form))
	sl.nc = uint8(copy(sl.cands[:], cs))
	m.mu.Unlock()
}
