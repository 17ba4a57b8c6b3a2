package ner

// The features of two or three words together (w-1w0, w0w+1, sh-1w0,
// w-1sh0, sh-1sh0sh+1) are looked up for every token: hashed, and found
// in a table too large for the processor's caches. Each word keeps the
// last few of them it took part in, keyed by the word next to it or by
// the shapes around it, which take few values: names recur with the same
// neighbours, and most words stand between a few shapes (x, Xx, «, ,).
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
	sh3   [pairSlots]shape3Key // sh-1sh0sh+1, by the shapes before and after it
}

type biPair struct {
	next   *wordInfo
	e0, e1 uint32 // w-1w0 of next; w0w+1 of the word
}

type shapePair struct {
	sid uint16 // 0 for none
	e   uint32
}

type shape3Key struct {
	prev, next uint16 // shape ids; prev 0 for none
	e          uint32
}

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

// bigram returns what f.out holds for w-1w0 of b after a and for w0w+1 of
// a before b.
func (f *featurizer) bigram(a, b *wordInfo) (e0, e1 uint32) {
	c := &a.pairs.bi
	for k := range c {
		if c[k].next == b {
			return c[k].e0, c[k].e1
		}
	}
	h0, h1 := str2(&tBi, a.lower, b.lower)
	e0, e1 = f.emit(h0), f.emit(h1)
	copy(c[1:], c[:])
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
// next.
func (f *featurizer) shape3(prev, w, next *wordInfo) uint32 {
	c := &w.pairs.sh3
	keep := prev.sid != 0 && next.sid != 0
	if keep {
		for k := range c {
			if c[k].prev == prev.sid && c[k].next == next.sid {
				return c[k].e
			}
		}
	}
	e := f.emit(tShape3.str(prev.shape).str(w.shape).str(next.shape))
	if keep {
		copy(c[1:], c[:])
		c[0] = shape3Key{prev: prev.sid, next: next.sid, e: e}
	}
	return e
}
