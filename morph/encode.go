package morph

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// encoder turns the collected triples into the sections of a lexicon.
type encoder struct {
	cs      *charset
	tags    []string
	tagID   map[string]uint32
	tagBits uint

	ends    []string // ending codes by id
	endID   map[string]uint32
	maxEnd  int
	paraKey map[string]uint32
	paras   []paradigm

	lexemes []lexeme // in lemma order
}

type paradigm struct {
	lemma uint32   // ending id of the lemma suffix
	slots []uint32 // ending id << tagBits | tag id, sorted
}

type lexeme struct {
	stem string // code
	para uint32
}

// newEncoder encodes the triples, sorted by lemma; extraTags are tags
// the tag table needs besides theirs.
func newEncoder(ts []triple, extraTags []string) (*encoder, error) {
	e := &encoder{tagID: map[string]uint32{}, endID: map[string]uint32{}, paraKey: map[string]uint32{}}
	// Character code: the most frequent non-ASCII characters.
	freq := map[rune]int{}
	tagSet := map[string]bool{}
	for i := range ts {
		t := &ts[i]
		for _, r := range t.form {
			if r >= utf8.RuneSelf {
				freq[r]++
			}
		}
		if i == 0 || ts[i-1].lemma != t.lemma {
			for _, r := range t.lemma {
				if r >= utf8.RuneSelf {
					freq[r]++
				}
			}
		}
		tagSet[t.tag] = true
	}
	for _, t := range extraTags {
		tagSet[t] = true
	}
	runes := make([]rune, 0, len(freq))
	for r := range freq {
		runes = append(runes, r)
	}
	slices.SortFunc(runes, func(a, b rune) int { return cmp.Or(freq[b]-freq[a], int(a-b)) })
	e.cs = newCharset(runes)
	for t := range tagSet {
		e.tags = append(e.tags, t)
	}
	slices.Sort(e.tags)
	for i, t := range e.tags {
		e.tagID[t] = uint32(i)
	}
	e.tagBits = uint(bits.Len(uint(len(e.tags))))
	if e.tagBits == 0 {
		e.tagBits = 1
	}

	// One lexeme per lemma: the stem is what the lemma and all its forms
	// share; the paradigm holds the rest.
	var slotTmp []struct {
		end string
		tag uint32
	}
	var keyBuf []byte
	for i := 0; i < len(ts); {
		j := i + 1
		for j < len(ts) && ts[j].lemma == ts[i].lemma {
			j++
		}
		lemma := string(e.cs.encode(nil, ts[i].lemma, asIs))
		stem := lemma
		forms := make([]string, j-i)
		for k := i; k < j; k++ {
			forms[k-i] = string(e.cs.encode(nil, ts[k].form, asIs))
			stem = stem[:commonCodePrefix(stem, forms[k-i])]
		}
		if len(stem) > maxStem {
			stem = stem[:commonCodePrefix(stem[:maxStem], stem)]
		}
		slotTmp = slotTmp[:0]
		for k := i; k < j; k++ {
			slotTmp = append(slotTmp, struct {
				end string
				tag uint32
			}{forms[k-i][len(stem):], e.tagID[ts[k].tag]})
		}
		p := paradigm{lemma: e.ending(lemma[len(stem):])}
		for _, s := range slotTmp {
			p.slots = append(p.slots, e.ending(s.end)<<e.tagBits|s.tag)
		}
		slices.Sort(p.slots)
		p.slots = slices.Compact(p.slots)
		keyBuf = binary.LittleEndian.AppendUint32(keyBuf[:0], p.lemma)
		for _, s := range p.slots {
			keyBuf = binary.LittleEndian.AppendUint32(keyBuf, s)
		}
		id, ok := e.paraKey[string(keyBuf)]
		if !ok {
			id = uint32(len(e.paras))
			e.paraKey[string(keyBuf)] = id
			e.paras = append(e.paras, p)
		}
		e.lexemes = append(e.lexemes, lexeme{stem, id})
		i = j
	}
	if bits.Len(uint(len(e.ends)))+int(e.tagBits) > 32 {
		return nil, fmt.Errorf("morph: %d endings and %d tags do not fit a 32-bit slot", len(e.ends), len(e.tags))
	}
	if len(e.paras) >= 1<<24 {
		return nil, fmt.Errorf("morph: %d paradigms, more than 2^24", len(e.paras))
	}
	return e, nil
}

// commonCodePrefix returns the length of the longest common prefix of
// codes a and b that ends on a character boundary.
func commonCodePrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) {
		cl := 1
		if a[n] == codeEsc {
			_, size := utf8.DecodeRuneInString(a[n+1:])
			cl += size
		}
		if n+cl > len(b) || a[n:n+cl] != b[n:n+cl] {
			break
		}
		n += cl
	}
	return n
}

func (e *encoder) ending(s string) uint32 {
	if id, ok := e.endID[s]; ok {
		return id
	}
	id := uint32(len(e.ends))
	e.endID[s] = id
	e.ends = append(e.ends, s)
	e.maxEnd = max(e.maxEnd, len(s))
	return id
}

// maxStem is the longest stem code a record holds.
const maxStem = 127

// paraBytes is the size of a paradigm id in a stem record.
func (e *encoder) paraBytes() int {
	if len(e.paras) <= 1<<16 {
		return 2
	}
	return 3
}

// sections returns the lexicon sections (without the guesser's).
func (e *encoder) sections(meta string) []section {
	var secs []section
	add := func(id uint32, b []byte) { secs = append(secs, section{id, b}) }
	add(secMeta, []byte(meta))
	var chars []byte
	for i := range e.cs.n {
		chars = appendU32s(chars, uint32(e.cs.runes[i]))
	}
	add(secChars, chars)
	off, blob := stringTable(e.tags)
	add(secTagOff, off)
	add(secTagBlob, blob)
	off, blob = stringTable(e.ends)
	add(secEndOff, off)
	add(secEndBlob, blob)
	add(secEndHash, hashTable(len(e.ends), func(i int) uint32 { return hashRev([]byte(e.ends[i])) }))

	var paraOff, paraLemma, paraSlots []byte
	n := 0
	for _, p := range e.paras {
		paraOff = appendU32s(paraOff, uint32(n))
		paraLemma = appendU32s(paraLemma, p.lemma)
		paraSlots = appendU32s(paraSlots, p.slots...)
		n += len(p.slots)
	}
	paraOff = appendU32s(paraOff, uint32(n))
	add(secParaOff, paraOff)
	add(secParaLemma, paraLemma)
	add(secParaSlots, paraSlots)

	// Stem records: one per stem (or per 255 paradigms of it), grouped
	// into hash buckets, sorted inside a bucket.
	byStem := map[string][]uint32{}
	for _, lx := range e.lexemes {
		byStem[lx.stem] = append(byStem[lx.stem], lx.para)
	}
	stems := make([]string, 0, len(byStem))
	for s := range byStem {
		stems = append(stems, s)
	}
	nb := 1
	for nb*3 < len(stems) {
		nb <<= 1
	}
	mask := uint32(nb - 1)
	bucket := func(s string) uint32 { return mix(hashFwd([]byte(s))) & mask }
	slices.SortFunc(stems, func(a, b string) int {
		return cmp.Or(cmp.Compare(bucket(a), bucket(b)), strings.Compare(a, b))
	})
	var buckets, recs []byte
	pb := e.paraBytes()
	si := 0
	for b := range uint32(nb) {
		buckets = appendU32s(buckets, uint32(len(recs)))
		var bloom uint32
		for sj := si; sj < len(stems) && bucket(stems[sj]) == b; sj++ {
			bloom |= bloomBits(mix(hashFwd([]byte(stems[sj]))))
		}
		buckets = appendU32s(buckets, bloom)
		for ; si < len(stems) && bucket(stems[si]) == b; si++ {
			ps := byStem[stems[si]]
			slices.Sort(ps)
			ps = slices.Compact(ps)
			for len(ps) > 0 {
				k := min(len(ps), 255)
				if k == 1 {
					recs = append(recs, byte(len(stems[si])))
					recs = append(recs, stems[si]...)
				} else {
					recs = append(recs, byte(len(stems[si]))|0x80)
					recs = append(recs, stems[si]...)
					recs = append(recs, byte(k))
				}
				for _, p := range ps[:k] {
					recs = append(recs, byte(p), byte(p>>8))
					if pb == 3 {
						recs = append(recs, byte(p>>16))
					}
				}
				ps = ps[k:]
			}
		}
	}
	buckets = appendU32s(buckets, uint32(len(recs)))
	add(secStemBucket, buckets)
	add(secStemRecs, recs)
	return secs
}

// bloomBits are the two bits a stem sets in its bucket's filter.
func bloomBits(m uint32) uint32 {
	return 1<<(m>>27) | 1<<(m>>22&31)
}

func stringTable(ss []string) (off, blob []byte) {
	for _, s := range ss {
		off = appendU32s(off, uint32(len(blob)))
		blob = append(blob, s...)
	}
	off = appendU32s(off, uint32(len(blob)))
	return off, blob
}

// hashTable builds an open-addressing table of n keys with linear
// probing; slot values are key index + 1.
func hashTable(n int, hash func(i int) uint32) []byte {
	size := 1
	for size < n*2 {
		size <<= 1
	}
	slots := make([]uint32, size)
	mask := uint32(size - 1)
	for i := range n {
		s := mix(hash(i)) & mask
		for slots[s] != 0 {
			s = (s + 1) & mask
		}
		slots[s] = uint32(i + 1)
	}
	return appendU32s(nil, slots...)
}

// lexiconStats describes an encoded lexicon.
func (e *encoder) describe() string {
	slots := 0
	for _, p := range e.paras {
		slots += len(p.slots)
	}
	return fmt.Sprintf("%d lexemes, %d paradigms (%d slots), %d endings (longest %d bytes), %d tags, %d mapped characters",
		len(e.lexemes), len(e.paras), slots, len(e.ends), e.maxEnd, len(e.tags), e.cs.n)
}
