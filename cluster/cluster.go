package cluster

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
)

// Licence is the licence of the data the classes were learnt from.
const Licence = "CC BY-NC-SA 4.0 (BRUK, the Brown Ukrainian Corpus; NER-UK 2.0 by lang-uk)"

// File format: magic, then little-endian uint32s: the number of levels,
// the number of classes of each level, the number of words and the
// length of the word list; the words, sorted, each ended by '\n'; and the
// class of each word at each level as uint16s, word by word.
const magic = "VCLU1\n"

// Clusters maps lower-cased words to their classes. It is immutable and
// safe for concurrent use.
type Clusters struct {
	sizes []int    // classes per level
	words []byte   // sorted, each ended by '\n'
	offs  []uint32 // start of each word in words, and the end
	ids   []byte   // len(sizes) uint16s per word
	// slots is an open-addressed hash table of the words: 1+i for
	// word i, 0 for an empty slot.
	slots []uint32
}

// hashWord is FNV-1a over w.
func hashWord[S string | []byte](w S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// index fills c.slots, the first of equal words in each slot. It
// reports false when the words are not sorted, as Encode writes them: a
// file that is not what it claims to be.
func (c *Clusters) index() bool {
	n := c.Len()
	for i := 1; i < n; i++ {
		if bytes.Compare(c.word(i-1), c.word(i)) > 0 {
			return false
		}
	}
	size := 1
	for size < 2*n {
		size <<= 1
	}
	c.slots = make([]uint32, size)
	mask := uint32(size - 1)
	for i := range n {
		w := c.word(i)
		for k := hashWord(w) & mask; ; k = (k + 1) & mask {
			if c.slots[k] == 0 {
				c.slots[k] = uint32(i + 1)
				break
			}
			if bytes.Equal(c.word(int(c.slots[k]-1)), w) {
				break
			}
		}
	}
	return true
}

//go:embed clusters.bin
var embedded []byte

var (
	defOnce sync.Once
	def     *Clusters
	defErr  error
)

// Default returns the embedded classes, opening them once.
func Default() (*Clusters, error) {
	defOnce.Do(func() {
		def, defErr = Open(embedded)
		if defErr != nil {
			defErr = fmt.Errorf("open embedded clusters: %w", defErr)
		}
	})
	return def, defErr
}

// Open reads classes written by Encode. It keeps data.
func Open(data []byte) (*Clusters, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("cluster: not a cluster file")
	}
	r := data[len(magic):]
	u32 := func() (uint32, bool) {
		if len(r) < 4 {
			return 0, false
		}
		v := binary.LittleEndian.Uint32(r)
		r = r[4:]
		return v, true
	}
	nl, ok := u32()
	if !ok || nl == 0 || nl > 16 {
		return nil, errors.New("cluster: bad header")
	}
	c := &Clusters{}
	for range nl {
		k, ok := u32()
		if !ok || k == 0 || k > 1<<16 {
			return nil, errors.New("cluster: bad class count")
		}
		c.sizes = append(c.sizes, int(k))
	}
	nw, ok1 := u32()
	wl, ok2 := u32()
	if !ok1 || !ok2 || uint64(wl) > uint64(len(r)) || uint64(nw)*uint64(nl)*2 != uint64(len(r))-uint64(wl) {
		return nil, errors.New("cluster: truncated")
	}
	c.words, c.ids = r[:wl], r[wl:]
	c.offs = make([]uint32, 0, nw+1)
	c.offs = append(c.offs, 0)
	for at := 0; at < len(c.words); {
		i := bytes.IndexByte(c.words[at:], '\n')
		if i < 0 {
			return nil, errors.New("cluster: word list not ended")
		}
		at += i + 1
		c.offs = append(c.offs, uint32(at))
	}
	if len(c.offs) != int(nw)+1 {
		return nil, errors.New("cluster: word count mismatch")
	}
	for w := range int(nw) {
		for l, k := range c.sizes {
			if int(binary.LittleEndian.Uint16(c.ids[(w*int(nl)+l)*2:])) >= k {
				return nil, errors.New("cluster: class out of range")
			}
		}
	}
	if !c.index() {
		return nil, errors.New("cluster: words not sorted")
	}
	return c, nil
}

// Levels returns the number of classes at each level, coarsest first.
func (c *Clusters) Levels() []int { return c.sizes }

// Len returns the number of words.
func (c *Clusters) Len() int { return len(c.offs) - 1 }

func (c *Clusters) word(i int) []byte { return c.words[c.offs[i] : c.offs[i+1]-1] }

// Lookup writes the classes of word (lower-cased, as scan.ToLower gives
// it) at each level into ids, which must have room for them, and reports
// whether the word is known.
func (c *Clusters) Lookup(word string, ids []uint16) bool {
	var i int
	mask := uint32(len(c.slots) - 1)
	for k := hashWord(word) & mask; ; k = (k + 1) & mask {
		s := c.slots[k]
		if s == 0 {
			return false
		}
		if string(c.word(int(s-1))) == word {
			i = int(s - 1)
			break
		}
	}
	nl := len(c.sizes)
	for l := range nl {
		ids[l] = binary.LittleEndian.Uint16(c.ids[(i*nl+l)*2:])
	}
	return true
}

// Encode writes words (sorted, without '\n') and their classes
// (classes[l][i] is the class of words[i] at level l of sizes[l]
// classes) in the format Open reads.
func Encode(sizes []int, words []string, classes [][]uint16) []byte {
	var wl int
	for _, w := range words {
		wl += len(w) + 1
	}
	b := []byte(magic)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(sizes)))
	for _, k := range sizes {
		b = binary.LittleEndian.AppendUint32(b, uint32(k))
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(words)))
	b = binary.LittleEndian.AppendUint32(b, uint32(wl))
	for _, w := range words {
		b = append(b, w...)
		b = append(b, '\n')
	}
	for i := range words {
		for l := range sizes {
			b = binary.LittleEndian.AppendUint16(b, classes[l][i])
		}
	}
	return b
}
