package ner

// The features of two or three words together (w-1w0, w0w+1, sh-1w0,
// w-1sh0, sh-1sh0sh+1) are looked up for every token: hashed, and found
// in a table too large for the processor's caches. Each word keeps the
// last few of them it took part in, keyed by the word next to it or by
// the shape next to it, which takes few values: names recur with the
// same neighbours, and most words stand next to a few shapes (x, Xx, «,
// ,). The shapes of three words together take few values too, and the
// featurizer keeps those for all words, a word seen for the first time
// included.
// A featurizer's caches give a word one wordInfo, so a word next to
// another is the same pointer wherever the pair recurs; a dropped
// wordInfo only misses the pairs it kept.

// pairSlots is the number of pairs of each kind a word keeps.
const pairSlots = 2

// pairCache is what a word keeps of the features it shares with the
// words around it; the most recent first.
type pairCache struct {
	bi    [pairSlots]biPair    // with the word after it: w-1w0 there, w0w+1 here
	after [pairSlots]shapePair // w-1sh0 of the word after it, by its shape
	low   [pairSlots]shapePair // sh-1w0, by the shape of the word before it
}

type biPair struct {
	next   *wordInfo
	e0, e1 uint32 // w-1w0 of next; w0w+1 of the word
}

type shapePair struct {
	sid uint16 // 0 for none
	e   uint32
}

// A shape3Entry is sh-1sh0sh+1 of three shapes, keyed by their ids,
// each 16 bits: key 0 is an empty slot.
type shape3Entry struct {
	key uint64
	e   uint32
}

// shape3Bits is the log2 of the slots of featurizer.sh3: 8,192 of 16
// bytes, 128 KB.
const shape3Bits = 13

// maxShapes bounds the shapes a featurizer numbers; the shapes past it
// get id 0 and their pairs are not kept.
const maxShapes = 1 << 15

// shapeID returns the number of shape, from 1, numbering it on first
// sight, or 0 when there are too many.
func (f *featurizer) shapeID(shape string) uint16 {
	if id, ok := f.shapeIDs[shape]; ok {
		return id
	}
	if f.shapeIDs == nil {
		f.shapeIDs = make(map[string]uint16, 64)
	}
	if len(f.shapeIDs) >= maxShapes {
		return 0
	}
	id := uint16(len(f.shapeIDs) + 1)
	f.shapeIDs[shape] = id
	return id
}

// plainShapeID is shapeID for the short shape of a word plainCyrillic
// passes, x, X or Xx, kept in f.plainIDs: most new words have one, and
// need no lookup.
func (f *featurizer) plainShapeID(shape string) uint16 {
	k := len(shape) - 1 // X 0, Xx 1
	if shape[0] == 'x' {
		k = 2
	}
	if f.plainIDs[k] == 0 {
		f.plainIDs[k] = f.shapeID(shape)
	}
	return f.plainIDs[k]
}

// bigram returns what f.out holds for w-1w0 of b after a and for w0w+1 of
// a before b.
func (f *featurizer) bigram(a, b *wordInfo) (e0, e1 uint32) {
	c := &a.pairs.bi
	for k := range c {
		if c[k].next == b {
			return c[k].e0, c[k].e1
		}
	}
	if !a.biDone {
		a.bi, a.biDone = str2(tBi, a.lower), true
	}
	h := str2(a.bi, b.lower)
	e0, e1 = f.emit(h[0]), f.emit(h[1])
	// The older pairs move down one by one: copy would call the
	// runtime's typed copy, for the pointers.
	for k := len(c) - 1; k > 0; k-- {
		c[k] = c[k-1]
	}
	c[0] = biPair{next: b, e0: e0, e1: e1}
	return e0, e1
}

// capAfter returns what f.out holds for w-1sh0 of w after prev.
func (f *featurizer) capAfter(prev, w *wordInfo) uint32 {
	c := &prev.pairs.after
	if w.sid != 0 {
		for k := range c {
			if c[k].sid == w.sid {
				return c[k].e
			}
		}
	}
	e := f.emit(tW0Cap1.str(prev.lower).str(w.shape))
	if w.sid != 0 {
		copy(c[1:], c[:])
		c[0] = shapePair{sid: w.sid, e: e}
	}
	return e
}

// shapeLow returns what f.out holds for sh-1w0 of w after prev.
func (f *featurizer) shapeLow(prev, w *wordInfo) uint32 {
	c := &w.pairs.low
	if prev.sid != 0 {
		for k := range c {
			if c[k].sid == prev.sid {
				return c[k].e
			}
		}
	}
	e := f.emit(tShLow.str(prev.shape).str(w.lower))
	if prev.sid != 0 {
		copy(c[1:], c[:])
		c[0] = shapePair{sid: prev.sid, e: e}
	}
	return e
}

// shape3 returns what f.out holds for sh-1sh0sh+1 of w between prev and
// next, from the direct-mapped f.sh3: a shape's id stands for the shape
// as long as the featurizer lives (shapeID).
func (f *featurizer) shape3(prev, w, next *wordInfo) uint32 {
	var slot *shape3Entry
	key := uint64(prev.sid)<<32 | uint64(w.sid)<<16 | uint64(next.sid)
	keep := prev.sid != 0 && w.sid != 0 && next.sid != 0
	if keep {
		if f.sh3 == nil {
			f.sh3 = new([1 << shape3Bits]shape3Entry)
		}
		slot = &f.sh3[key*0x9e3779b97f4a7c15>>(64-shape3Bits)]
		if slot.key == key {
			return slot.e
		}
	}
	e := f.emit(tShape3.str(prev.shape).str(w.shape).str(next.shape))
	if keep {
		*slot = shape3Entry{key: key, e: e}
	}
	return e
}
