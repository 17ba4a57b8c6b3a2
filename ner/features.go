package ner

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/cluster"
	"github.com/vistka/vistka/internal/scan"
)

// Feature set bits, stored in the model so that Find extracts exactly the
// features the model was trained with.
const (
	featMorph     uint32 = 1 << iota // lemma, part of speech, case, name markers from Token.Tag
	featGaz                          // gazetteer categories
	featHist                         // types predicted earlier in the document for the same stem
	featCluster                      // distributional word classes (package cluster) of the lemmas of w-1, w0, w+1
	featWideCase                     // with featMorph: the cases of w-2 and w+2
	featWideMark                     // with featMorph: the name markers of w-2 and w+2
	featWideLemma                    // with featMorph: the lemmas of w-2 and w+2
	featStack                        // the second stage of a stacked model: what the first said of the document (stack.go)
)

// tHist is the template of the history features, one per type.
var tHist = tmpl("hist")

// histHash is the hash of the history feature of type t.
func histHash(t int) uint32 { return fold(uint64(tHist.num(uint32(t)))) }

// histKey is the key under which a token's predicted types are
// remembered: its stem, for words.
func histKey(ti *tokInfo) string {
	if len(ti.lower) < 4 || !isLetter(ti.w.first) {
		return ""
	}
	return ti.stem
}

// remember records the types of the spans labels hold under the keys of
// their tokens.
func remember(hist map[string]uint16, keys []string, labels []uint8) {
	for i, l := range labels {
		if l != 0 && keys[i] != "" {
			hist[keys[i]] |= 1 << labelType(int(l))
		}
	}
}

// Gazetteer tells which name lists a word belongs to, as a bit set of
// categories; 0 for none. It is given the word as written.
type Gazetteer interface {
	Categories(word string) uint32
}

// hasher is FNV-1a over a feature's template name and values; features are
// kept only as hashes.
type hasher uint64

const (
	fnvOffset hasher = 14695981039346656037
	fnvPrime  hasher = 1099511628211
)

func (h hasher) str(s string) hasher {
	// Four bytes a round: the same hash, with a quarter of the loop's
	// tests.
	for ; len(s) >= 4; s = s[4:] {
		h = (h ^ hasher(s[0])) * fnvPrime
		h = (h ^ hasher(s[1])) * fnvPrime
		h = (h ^ hasher(s[2])) * fnvPrime
		h = (h ^ hasher(s[3])) * fnvPrime
	}
	for i := 0; i < len(s); i++ {
		h ^= hasher(s[i])
		h *= fnvPrime
	}
	h ^= 0xff // separator: no UTF-8 byte is 0xff
	h *= fnvPrime
	return h
}

func (h hasher) num(n uint32) hasher {
	for range 4 {
		h ^= hasher(n & 0xff)
		h *= fnvPrime
		n >>= 8
	}
	return h
}

func tmpl(name string) hasher { return fnvOffset.str(name) }

// str3 returns t[k].str(s) for each k, reading s once: a word gives
// several templates the same text (st-1 … st+1, l-1 … l+1).
func str3(t *[3]hasher, s string) [3]hasher {
	h0, h1, h2 := t[0], t[1], t[2]
	for i := 0; i < len(s); i++ {
		c := hasher(s[i])
		h0 = (h0 ^ c) * fnvPrime
		h1 = (h1 ^ c) * fnvPrime
		h2 = (h2 ^ c) * fnvPrime
	}
	return [3]hasher{(h0 ^ 0xff) * fnvPrime, (h1 ^ 0xff) * fnvPrime, (h2 ^ 0xff) * fnvPrime}
}

// str2 returns h[0].str(s) and h[1].str(s), reading s once: a word pair
// (w-1w0, w0w+1) gives two templates the same texts, the first word's
// hashes kept by the word (wordInfo.bi).
func str2(h [2]hasher, s string) [2]hasher {
	h0, h1 := h[0], h[1]
	for i := 0; i < len(s); i++ {
		c := hasher(s[i])
		h0 = (h0 ^ c) * fnvPrime
		h1 = (h1 ^ c) * fnvPrime
	}
	return [2]hasher{(h0 ^ 0xff) * fnvPrime, (h1 ^ 0xff) * fnvPrime}
}

// str5 is str3 for five templates (w-2 … w+2).
func str5(t *[5]hasher, s string) [5]hasher {
	h0, h1, h2, h3, h4 := t[0], t[1], t[2], t[3], t[4]
	for i := 0; i < len(s); i++ {
		c := hasher(s[i])
		h0 = (h0 ^ c) * fnvPrime
		h1 = (h1 ^ c) * fnvPrime
		h2 = (h2 ^ c) * fnvPrime
		h3 = (h3 ^ c) * fnvPrime
		h4 = (h4 ^ c) * fnvPrime
	}
	return [5]hasher{(h0 ^ 0xff) * fnvPrime, (h1 ^ 0xff) * fnvPrime, (h2 ^ 0xff) * fnvPrime, (h3 ^ 0xff) * fnvPrime, (h4 ^ 0xff) * fnvPrime}
}

// Template seeds, one per feature template.
var (
	tBias    = tmpl("bias")
	tW       = [5]hasher{tmpl("w-2"), tmpl("w-1"), tmpl("w0"), tmpl("w+1"), tmpl("w+2")}
	tBi      = [2]hasher{tmpl("w-1w0"), tmpl("w0w+1")}
	tSuf     = [5]hasher{tmpl("s1"), tmpl("s2"), tmpl("s3"), tmpl("s4"), tmpl("s5")}
	tPre     = [5]hasher{tmpl("p1"), tmpl("p2"), tmpl("p3"), tmpl("p4"), tmpl("p5")}
	tShape   = [5]hasher{tmpl("sh-2"), tmpl("sh-1"), tmpl("sh0"), tmpl("sh+1"), tmpl("sh+2")}
	tLShape  = tmpl("lsh0")
	tShape3  = tmpl("sh-1sh0sh+1")
	tSuf3N   = [2]hasher{tmpl("s3-1"), tmpl("s3+1")}
	tFirst   = tmpl("first")
	tQuote   = tmpl("q")
	tQCtx    = tmpl("qctx")
	tQOpen   = tmpl("qopen")
	tQClose  = tmpl("qclose")
	tQDist   = tmpl("qdist")
	tGaz     = [5]hasher{tmpl("g-2"), tmpl("g-1"), tmpl("g0"), tmpl("g+1"), tmpl("g+2")}
	tPOS     = [5]hasher{tmpl("pos-2"), tmpl("pos-1"), tmpl("pos0"), tmpl("pos+1"), tmpl("pos+2")}
	tCase    = [3]hasher{tmpl("c-1"), tmpl("c0"), tmpl("c+1")}
	tLemma   = [3]hasher{tmpl("l-1"), tmpl("l0"), tmpl("l+1")}
	tMark    = [3]hasher{tmpl("m-1"), tmpl("m0"), tmpl("m+1")}
	tCase2   = [2]hasher{tmpl("c-2"), tmpl("c+2")}
	tLemma2  = [2]hasher{tmpl("l-2"), tmpl("l+2")}
	tMark2   = [2]hasher{tmpl("m-2"), tmpl("m+2")}
	tPosCase = tmpl("pc0")
	tLemSuf  = tmpl("ls3")
	tShLow   = tmpl("sh-1w0")
	tW0Cap1  = tmpl("w-1sh0")
	tStem    = [3]hasher{tmpl("st-1"), tmpl("st0"), tmpl("st+1")}
	tCapRun  = tmpl("caprun")
	tDoc     = tmpl("doc")
	tDocQ    = tmpl("docq")
	tDocPrev = tmpl("docprev")
	tClu     = [3]hasher{tmpl("clu-1"), tmpl("clu0"), tmpl("clu+1")}
)

// docSlot is where a word lower-cased has its wordStats: at in the
// featurizer's stats, while gen is its docGen.
type docSlot struct {
	gen uint32
	at  int32
}

// wordStats is what a document says about one word (lower-cased) across
// all its mentions: names recur, and their other mentions disambiguate.
type wordStats struct {
	capMid int         // capitalised, not sentence-initial
	lower  int         // all lower-case
	quoted int         // inside quotes
	prev   []string    // lower-cased words before its capitalised mentions (up to 4)
	prevW  []*wordInfo // the words prev holds, as written
}

// setDoc gathers wordStats over the sentences of one document into
// f.stats, reusing it, a word's case variants together (lowSlot), and
// keeps the words it looks up in f.docWords.
func (f *featurizer) setDoc(sents []vistka.Sentence) {
	if len(f.words) >= maxCached || len(f.lowers) >= maxWords {
		f.keepWords(maxKept)
	}
	if f.lowers == nil {
		f.lowers = make(map[string]int32, 1024)
	}
	f.stats = f.stats[:0]
	f.docGen++
	f.docWords = f.docWords[:0]
	f.sentAt = append(f.sentAt[:0], 0)
	for si := range sents {
		toks := sents[si].Tokens
		base := len(f.docWords)
		f.docWords = slices.Grow(f.docWords, len(toks))[:base+len(toks)]
		clear(f.docWords[base:])
		f.sentAt = append(f.sentAt, int32(len(f.docWords)))
		q := 0
		for i := range toks {
			t := toks[i].Text
			switch t {
			case "«", "„":
				q++
				continue
			case "»", "“", "”":
				if q > 0 {
					q--
				}
				continue
			}
			if !cyrillicFirst(t) && !isLetter(firstRune(t)) {
				continue
			}
			w := f.word(t)
			f.docWords[base+i] = w
			k := w.lower
			d := f.lowSlot(w)
			if d.gen != f.docGen {
				x := int32(len(f.stats))
				d.gen, d.at = f.docGen, x
				if len(f.stats) < cap(f.stats) {
					f.stats = f.stats[:x+1]
					ws := &f.stats[x]
					*ws = wordStats{prev: ws.prev[:0], prevW: ws.prevW[:0]}
				} else {
					f.stats = append(f.stats, wordStats{})
				}
			}
			ws := &f.stats[d.at]
			switch {
			case isUpper(w.first):
				if i > 0 {
					ws.capMid++
					if len(ws.prev) < 4 {
						pw := f.docWords[base+i-1]
						if pw == nil {
							pw = f.word(toks[i-1].Text)
							f.docWords[base+i-1] = pw
						}
						if !slices.Contains(ws.prev, pw.lower) {
							ws.prev = append(ws.prev, pw.lower)
							ws.prevW = append(ws.prevW, pw)
						}
					}
				}
			case k == t:
				ws.lower++
			}
			if q > 0 {
				ws.quoted++
			}
		}
	}
}

// cyrillicFirst reports whether s opens with a letter from Ѐ to ѿ (d0 or
// d1 and a continuation byte), as most words do: setDoc need not decode
// it to know it is a letter.
func cyrillicFirst(s string) bool {
	return len(s) >= 2 && s[0]|1 == 0xd1 && s[1]&0xc0 == 0x80
}

// docStats returns the index in f.stats of the document's word w
// lower-cased, and whether there is one.
func (f *featurizer) docStats(w *wordInfo) (int32, bool) {
	if w.low == 0 {
		if !isLetter(w.first) {
			return 0, false // setDoc numbers only words opened by a letter
		}
		n, ok := f.lowers[w.lower]
		if !ok {
			return 0, false // not a word of the document, nor of one before
		}
		w.low = n + 1
	}
	d := &f.lowDoc[w.low-1]
	return d.at, d.gen == f.docGen
}

// lowSlot returns the docSlot of w lower-cased, numbering w.lower on
// its first time: a word's, once while the words last.
func (f *featurizer) lowSlot(w *wordInfo) *docSlot {
	if w.low == 0 {
		n, ok := f.lowers[w.lower]
		if !ok {
			n = int32(len(f.lowDoc))
			f.lowers[w.lower] = n
			f.lowDoc = append(f.lowDoc, docSlot{})
		}
		w.low = n + 1
	}
	return &f.lowDoc[w.low-1]
}

// wordsOf returns the words setDoc looked up for the tokens of sentence
// si, read, when toks are still those tokens; nil otherwise.
func (f *featurizer) wordsOf(si int, read, toks []vistka.Token) []*wordInfo {
	if si+1 >= len(f.sentAt) || len(read) != len(toks) || len(toks) == 0 || &read[0] != &toks[0] {
		return nil
	}
	return f.docWords[f.sentAt[si]:f.sentAt[si+1]]
}

// tokInfo is what the features of one token are built from.
type tokInfo struct {
	w       *wordInfo // the word
	lw      *wordInfo // its lemma, when hasTag
	lem     *wordInfo // its lemma, when some feature reads it (lw or the gazetteer's)
	tag     *tagInfo  // its tag's parts, when hasTag
	lower   string
	stem    string // lower-cased, a case ending stripped
	gaz     uint32
	hasTag  bool
	isOpenQ bool
	isCloQ  bool
}

// featurizer extracts features for one sentence at a time; it reuses its
// buffers and is not safe for concurrent use.
//
// Most features depend on one word alone (w-1, s3, st0, …) or on one tag,
// and are computed once for each word and tag it sees (wordInfo.feat,
// tagInfo.feat); with a table, what it keeps is the feature's entry
// there, so that tagging looks up only the features of word pairs.
// Tagging goes further and keeps the sums of a token's weights (score).
type featurizer struct {
	set uint32
	gaz Gazetteer
	clu *cluster.Clusters // word classes, with featCluster
	tab *table            // features become entries of tab; nil: hashes (training)
	// lowers numbers the featurizer's words lower-cased (wordInfo.low),
	// so that the case variants of a word share one lowDoc entry, which
	// tells its index in stats in the document setDoc read. They last as
	// long as the words (keepWords starts them afresh), so that a
	// document costs no map work for the words seen before it.
	lowers map[string]int32
	lowDoc []docSlot
	stats  []wordStats
	hist   map[string]uint16 // types predicted so far in the document; nil for none
	keys   []string          // per token: its history key
	runs   []uint32          // per token: place in a run of capitalised words, and its length
	info   []tokInfo
	out    []uint32 // per feature: its hash folded, or its entry in tab
	offs   []int
	// words and tags remember what extract computes from a word or a tag
	// alone, across the documents this featurizer sees; they are cleared
	// when they grow past maxCached entries.
	words    map[string]*wordInfo
	slab     []wordInfo  // what newWord has left of its slab
	wordBuf  []byte      // newWordInfo's scratch
	all      []*wordInfo // the words of the map, as made
	kept     []*wordInfo // keepWords' scratch
	refSlab  []blockRef  // what newRefs has left of its slab
	tags     map[string]*tagInfo
	shapeIDs map[string]uint16 // see shapeID
	plainIDs [3]uint16         // see plainShapeID
	// front is the front of words (see word).
	front *[1 << frontBits]*wordInfo
	// sh3 keeps sh-1sh0sh+1 by the three shapes' ids (see shape3).
	sh3 *[1 << shape3Bits]shape3Entry
	// shapeRows are the blocks of the features of shapes by their
	// number, tagInfo.rows those of tags, gazRows those of gazetteer
	// categories and cluRows those of word classes (typeRows).
	shapeRows [][]uint16
	gazRows   map[uint32][]uint16
	nShaped   int // the tags' shapedRows, since tags was made
	cluRows   map[[maxLevels]uint16][]uint16
	cst       *consts
	bos, eos  *wordInfo // the words before and after a sentence
	// blocks keeps, by token, what score adds for the token to the
	// scores around it (see block): nb blocks in chunks of chunkBlocks,
	// at most maxRows, of which those numbered in free are not in use
	// since it started over (keepBlocks).
	blocks [][]uint16
	nb     int
	free   []int32
	// score's buffers, per token: the weights added one by one
	// (maxLabels a token, from bias), and its block.
	rows      []int32
	tokBlocks [][]uint16
	tokTypes  []typeBlocks     // for a token without a block
	bias      [maxLabels]int32 // the weights of the bias feature, with a table
	scratch   [rowLen]int32    // a row for block and typeRow
	// The cache of the rows of the constant features of tokens
	// (constRow), and a buffer for their entries.
	constKeys *[1 << constBits]constKey
	constRows *[1 << constBits][maxLabels]int32
	constOut  []uint32

	// docWords are the words of the tokens of the document setDoc read,
	// where it looked them up (nil elsewhere), sentence si's from
	// sentAt[si] to sentAt[si+1]; known are those of the sentence
	// prepare reads, when they are (wordsOf), so that it need not look
	// them up again.
	docWords []*wordInfo
	sentAt   []int32
	known    []*wordInfo
	// docGen counts the documents setDoc has read: a wordInfo whose
	// lowDoc entry's gen is the featurizer's has its index in stats
	// (docStats).
	docGen uint32

	// With featStack: the first stage's labels of the document
	// (setStack), and the sentence whose tokens extract and score read.
	stk     *stackDoc
	stkDoc  *stackDoc // reused by setStack
	stkSent int
	scst    *stackConsts
}

// maxCached bounds the entries of each of a featurizer's caches.
const maxCached = 1 << 15

// Kinds of the features of one word, indices of wordInfo.feat.
const (
	kW       = 0  // w-2 … w+2
	kShape   = 5  // sh-2 … sh+2
	kLShape  = 10 // lsh0
	kStem    = 11 // st-1, st0, st+1
	kSuf3N   = 14 // s3-1, s3+1
	kFirst   = 16
	kQCtx    = 17
	kQOpen   = 18
	kQClose  = 19
	kDocPrev = 20
	kLemma   = 21 // l-1, l0, l+1, of a lemma
	kLemSuf  = 24 // ls3, of a lemma
	kSuf     = 25 // s1 … s5
	kPre     = 30 // p1 … p5
	kClu     = 35 // clu-1, clu0, clu+1, maxLevels each
	kLemma2  = 44 // l-2, l+2, of a lemma: kClu + 3*maxLevels
	nKinds   = kLemma2 + 2
)

// maxLevels bounds the levels of word classes the features use.
const maxLevels = 3

// Kinds of the features of one tag, indices of tagInfo.feat.
const (
	kPOS     = 0 // pos-2 … pos+2
	kCase    = 5 // c-1, c0, c+1
	kMark    = 8 // m-1, m0, m+1
	kPosCase = 11
	kCase2   = 12 // c-2, c+2
	kMark2   = 14 // m-2, m+2
	nTagKind = 16
)

// wordInfo is what the features need of one word as written.
type wordInfo struct {
	orig                             string // the word as written
	lower, shape, lshape, suf3, stem string
	runes                            int  // in lower
	first                            rune // firstRune(orig)
	gaz                              uint32
	gazDone                          bool
	cluDone, cluOK                   bool
	clu                              [maxLevels]uint16 // its word classes, when cluOK
	done                             uint64            // bit k: feat[k] is set
	feat                             [nKinds]uint32
	// blocks are the blocks of score's rows of the tokens of this
	// text, by their lemma and tag, until stale (see keepBlocks); up to
	// maxVariants, the first ones in room from a slab (newRefs).
	blocks []blockRef
	stale  bool
	// low is 1 + the number of the word lower-cased in the featurizer's
	// lowers, 0 until docStats or lowSlot looks it up.
	low int32
	// used is the featurizer's docGen when the word was last looked up
	// (word, lemmaOf), by which keepWords keeps the words used last.
	used  uint32
	sid   uint16 // the number of shape (shapeID)
	pairs pairCache
	// bi are the templates of w-1w0 and w0w+1 run over lower, where the
	// hashes of the pairs it opens start (bigram), once biDone: a word
	// opens pairs with many words, and its part of their hashes is
	// computed once.
	bi     [2]hasher
	biDone bool
	// lemma and tag are the lemma and tag of the word's last token (see
	// lemmaOf, tagOf).
	lemma *wordInfo
	tag   *tagInfo
	// moved is the copy keepWords made of the word, while it keeps words.
	moved *wordInfo
}

// categories returns the gazetteer categories of the word, looking them
// up once.
func (w *wordInfo) categories(g Gazetteer) uint32 {
	if !w.gazDone {
		w.gaz, w.gazDone = g.Categories(w.orig), true
	}
	return w.gaz
}

type tagInfo struct {
	tag             string
	pos, cas, marks string
	done            uint16
	feat            [nTagKind]uint32
	rows            []uint16     // with a table: see typeRows
	shaped          []shapedRows // with a shape's rows (featurizer.shapedRows)
}

// shapedRows are the rows of a tag and a shape summed (see
// featurizer.shapedRows).
type shapedRows struct {
	sid  uint16
	rows []uint16
}

// consts are the features that take a small number: the bias, runs of
// capitals, history, quotes, the document and the gazetteer.
type consts struct {
	bias   uint32
	capRun [64]uint32
	hist   [16]uint32
	quote  uint32
	qdist  [5]uint32
	doc    [16]uint32
	docQ   [2]uint32
	gaz    [5][32]uint32
}

// emit returns what f.out holds for the feature with hash h.
func (f *featurizer) emit(h hasher) uint32 {
	if f.tab == nil {
		return fold(uint64(h))
	}
	return uint32(f.tab.find(fold(uint64(h))))
}

func (f *featurizer) init() {
	c := &consts{bias: f.emit(tBias), quote: f.emit(tQuote)}
	for i := range c.capRun {
		c.capRun[i] = f.emit(tCapRun.num(uint32(i)))
	}
	for i := range c.hist {
		c.hist[i] = f.emit(tHist.num(uint32(i)))
	}
	for i := range c.qdist {
		c.qdist[i] = f.emit(tQDist.num(uint32(i)))
	}
	for i := range c.doc {
		c.doc[i] = f.emit(tDoc.num(uint32(i)))
	}
	for i := range c.docQ {
		c.docQ[i] = f.emit(tDocQ.num(uint32(i)))
	}
	for d := range c.gaz {
		for b := range c.gaz[d] {
			c.gaz[d][b] = f.emit(tGaz[d].num(uint32(b)))
		}
	}
	f.cst = c
	if f.set&featStack != 0 {
		f.initStack()
	}
	if f.tab != nil {
		var row [rowLen]int32
		addWeights(&row, f.tab.w, []uint32{c.bias})
		f.bias = [maxLabels]int32(row[:maxLabels])
	}
	f.bos = &wordInfo{lower: "<s>", shape: "<s>"}
	f.eos = &wordInfo{lower: "</s>", shape: "</s>"}
	f.bos.sid, f.eos.sid = f.shapeID(f.bos.shape), f.shapeID(f.eos.shape)
}

// wfeat returns the feature of kind k of word w.
func (f *featurizer) wfeat(w *wordInfo, k int) uint32 {
	if w.done&(1<<k) != 0 {
		return w.feat[k] // as mostly: small enough to inline
	}
	return f.newWfeat(w, k)
}

// newWfeat is wfeat for a feature not yet computed. The features of
// one text in templates of a kind (w-2 … w+2, st-1 … st+1, l-1 … l+1)
// are computed together, the text read once: a token asks for all of
// them as it gives its features to its neighbours.
func (f *featurizer) newWfeat(w *wordInfo, k int) uint32 {
	var h hasher
	switch {
	case k < kShape:
		hs := str5(&tW, w.lower)
		f.setFeats(w, kW, hs[:])
		return w.feat[k]
	case k < kLShape:
		h = tShape[k-kShape].str(w.shape)
	case k == kLShape:
		h = tLShape.str(w.lshape)
	case k < kSuf3N:
		hs := str3(&tStem, w.stem)
		f.setFeats(w, kStem, hs[:])
		return w.feat[k]
	case k < kFirst:
		h = tSuf3N[k-kSuf3N].str(w.suf3)
	case k == kFirst:
		h = tFirst.str(w.shape)
	case k == kQCtx:
		h = tQCtx.str(w.lower)
	case k == kQOpen:
		h = tQOpen.str(w.shape)
	case k == kQClose:
		h = tQClose.str(w.shape)
	case k == kDocPrev:
		h = tDocPrev.str(w.lower)
	case k < kLemSuf:
		hs := str3(&tLemma, w.lower)
		f.setFeats(w, kLemma, hs[:])
		return w.feat[k]
	case k == kLemSuf:
		h = tLemSuf.str(w.suf3)
	case k < kClu && (k-kSuf)%(kPre-kSuf) < w.runes-1:
		// s1 … s5 and p1 … p5 of the affixes shorter than the word,
		// which own and extract read together.
		f.affixes(w)
		return w.feat[k]
	case k < kPre:
		h = tSuf[k-kSuf].str(suffix(w.lower, k-kSuf+1))
	case k < kClu:
		h = tPre[k-kPre].str(prefix(w.lower, k-kPre+1))
	case k < kLemma2:
		d, l := (k-kClu)/maxLevels, (k-kClu)%maxLevels
		h = tClu[d].num(uint32(l)<<16 | uint32(w.clu[l]))
	default:
		h = tLemma2[k-kLemma2].str(w.lower)
	}
	v := f.emit(h)
	w.feat[k] = v
	w.done |= 1 << k
	return v
}

// setFeats sets the features of w from kind k on to those of the hashes
// hs.
func (f *featurizer) setFeats(w *wordInfo, k int, hs []hasher) {
	for j, h := range hs {
		w.feat[k+j] = f.emit(h)
		w.done |= 1 << (k + j)
	}
}

// affixes sets the features s1 … s5 and p1 … p5 of w that own and
// extract read, those of the affixes shorter than w (up to five letters),
// finding the bounds of its first and last letters once, not once an
// affix.
func (f *featurizer) affixes(w *wordInfo) {
	s := w.lower
	n := min(5, w.runes-1)
	end, start := len(s), 0
	for k := range n {
		_, size := decodeLastRune(s[:end])
		end -= size
		switch c := s[start]; {
		case c < utf8.RuneSelf:
			start++
		case c-0xc2 < 0xe0-0xc2 && start+1 < len(s) && s[start+1]&0xc0 == 0x80:
			start += 2
		default:
			_, size = utf8.DecodeRuneInString(s[start:])
			start += size
		}
		w.feat[kSuf+k] = f.emit(tSuf[k].str(s[end:]))
		w.feat[kPre+k] = f.emit(tPre[k].str(s[:start]))
		w.done |= 1<<(kSuf+k) | 1<<(kPre+k)
	}
}

// classes reports whether w has word classes, looking them up once.
func (f *featurizer) classes(w *wordInfo) bool {
	if !w.cluDone {
		var ids [16]uint16 // Open allows up to 16 levels
		if lv := f.clu.Levels(); len(lv) <= len(ids) && f.clu.Lookup(w.lower, ids[:]) {
			copy(w.clu[:], ids[:])
			w.cluOK = true
		}
		w.cluDone = true
	}
	return w.cluOK
}

// tfeat returns the feature of kind k of tag t.
func (f *featurizer) tfeat(t *tagInfo, k int) uint32 {
	if t.done&(1<<k) != 0 {
		return t.feat[k]
	}
	return f.newTfeat(t, k)
}

// newTfeat is tfeat for a feature not yet computed.
func (f *featurizer) newTfeat(t *tagInfo, k int) uint32 {
	var h hasher
	switch {
	case k < kCase:
		h = tPOS[k-kPOS].str(t.pos)
	case k < kMark:
		h = tCase[k-kCase].str(t.cas)
	case k < kPosCase:
		h = tMark[k-kMark].str(t.marks)
	case k == kPosCase:
		h = tPosCase.str(t.pos).str(t.cas)
	case k < kMark2:
		h = tCase2[k-kCase2].str(t.cas)
	default:
		h = tMark2[k-kMark2].str(t.marks)
	}
	v := f.emit(h)
	t.feat[k] = v
	t.done |= 1 << k
	return v
}

// word returns the cached wordInfo of text, computing it on a miss. The
// cache keeps its own copy of text so that it does not hold on to the
// document text is cut from. A direct-mapped front holds the words last
// found in each of its slots: most tokens are common words, found there
// with a cheap hash and one comparison rather than the map's. It only
// ever holds words of the map, and is cleared with it, so that a text
// has one wordInfo.
func (f *featurizer) word(text string) *wordInfo {
	if f.front == nil {
		f.front = new([1 << frontBits]*wordInfo)
	}
	slot := &f.front[frontSlot(text)]
	if w := *slot; w != nil && w.orig == text {
		w.used = f.docGen
		return w
	}
	w, ok := f.words[text]
	if !ok {
		w = f.newWordInfo(text)
	}
	w.used = f.docGen
	*slot = w
	return w
}

// frontBits is the log2 of the slots of featurizer.front: 8,192 words,
// 64 KB.
const frontBits = 13

// frontSlot returns the slot of text in featurizer.front: a hash of its
// length and of its first and last eight bytes, or of all of a shorter
// one.
func frontSlot(s string) uint32 {
	h := uint64(len(s))
	if len(s) >= 8 {
		h ^= load64(s) ^ bits.RotateLeft64(load64(s[len(s)-8:]), 31)
	} else {
		for i := 0; i < len(s); i++ {
			h = h<<8 ^ uint64(s[i])
		}
	}
	return uint32((h * 0x9e3779b97f4a7c15) >> (64 - frontBits))
}

// load64 returns the first eight bytes of s, which has as many, little
// endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// maxWords bounds the words of one document a featurizer keeps; between
// documents it keeps maxCached (see setDoc).
const maxWords = 8 * maxCached

// forgetWords starts the featurizer's words afresh. Words point at each
// other (a word's lemma, its neighbours, its blocks), and a word kept by
// a new one keeps the slab it came from (newWord) and all the words that
// point from there: forgotten in the middle of a document, the words of
// the document's first part, which the second part's point at, would
// keep each earlier generation alive, and a long text grew the heap
// without bound. So setDoc forgets them between documents, when no word
// of the new one can point at an old one (all but the ones keepWords
// copies), and newWordInfo only when one document alone has more than
// maxWords.
func (f *featurizer) forgetWords() {
	// Words forgotten once mostly grow to maxCached again, and a
	// document's more: the map is made that big at once rather than
	// growing to it table by table.
	n := 1024
	if len(f.words) >= maxCached {
		n = maxCached + maxCached/4
	}
	f.words = make(map[string]*wordInfo, n)
	clear(f.all)
	f.all = f.all[:0]
	if f.front != nil {
		clear(f.front[:])
	}
	f.slab = nil
	clear(f.docWords[:cap(f.docWords)])
}

// maxKept bounds the words keepWords keeps when the featurizer forgets
// the others between documents. On BenchmarkExtractUnseen, keeping an
// eighth of maxCached saved 0.56% of the instructions, a quarter 0.95%,
// and a half 1.0%, with a quarter more bytes allocated in copies of
// words that did not come again.
const maxKept = maxCached / 4

// keepAges bounds the ages, in documents, by which keepWords tells the
// words used last: those of older ones count as used that long ago.
const keepAges = 1 << 10

// keepWords forgets all but the words used in the last documents, up to
// n of them (by wordInfo.used). The common words of a language come
// again in the next document, and the names of a story in the next ones:
// forgotten, they were made again, their features looked up and their
// blocks summed again. Forgetting them all instead cost
// BenchmarkExtractUnseen (which forgets twice) 1% more instructions.
//
// The words kept are copied to new slabs, so that the old ones go, with
// their links to each other (lemma, pairs, blocks); their links to the
// words forgotten are cut (see forgetWords, unlinkWords).
func (f *featurizer) keepWords(n int) {
	// The words by age: those of the youngest ages that n holds are kept,
	// which does not depend on the order of the map.
	var count [keepAges]int32
	age := func(w *wordInfo) uint32 { return min(f.docGen-w.used, keepAges-1) }
	for _, w := range f.all {
		count[age(w)]++
	}
	limit, sum := uint32(0), 0
	for ; limit < keepAges && sum+int(count[limit]) <= n; limit++ {
		sum += int(count[limit])
	}
	f.slab = nil
	kept := f.kept[:0]
	for _, w := range f.all {
		if age(w) < limit {
			c := f.newWord()
			*c = *w
			w.moved = c
			kept = append(kept, c)
		}
	}
	// A copy's links go to the copies; bos and eos stay.
	to := func(w *wordInfo) *wordInfo {
		if w == nil || w == f.bos || w == f.eos {
			return w
		}
		return w.moved
	}
	for _, c := range kept {
		c.lemma = to(c.lemma)
		for k := range c.pairs.bi {
			p := &c.pairs.bi[k]
			if p.next != nil {
				if p.next = to(p.next); p.next == nil {
					*p = biPair{}
				}
			}
		}
		refs := c.blocks
		c.blocks = nil
		for _, r := range refs {
			if r.lem != nil {
				if r.lem = to(r.lem); r.lem == nil {
					continue
				}
			}
			if c.blocks == nil {
				c.blocks = f.newRefs()
			}
			c.blocks = append(c.blocks, r)
		}
	}
	f.unlinkWords()
	slab := f.slab
	f.forgetWords()
	f.slab = slab
	// The kept words are numbered again as they are looked up, so that
	// lowers holds no words but theirs and those of the words to come.
	clear(f.lowers)
	f.lowDoc = f.lowDoc[:0]
	for _, c := range kept {
		c.moved = nil
		c.low = 0
		f.words[c.orig] = c
		f.all = append(f.all, c)
	}
	clear(kept)
	f.kept = kept[:0]
}

// unlinkWords cuts the links of the featurizer's words to other words,
// so that a word still held somewhere (a buffer's stale slot) holds no
// more than its own slab. Only between documents: the links are caches
// of what the document's sentences are reading.
func (f *featurizer) unlinkWords() {
	for _, w := range f.all {
		w.lemma, w.tag, w.blocks, w.pairs, w.moved = nil, nil, nil, pairCache{}, nil
	}
	for _, w := range []*wordInfo{f.bos, f.eos} {
		if w != nil {
			w.pairs = pairCache{}
		}
	}
	// The buffers that outlive a document keep words past their length.
	stats := f.stats[:cap(f.stats)]
	for i := range stats {
		clear(stats[i].prevW[:cap(stats[i].prevW)])
	}
	clear(f.info[:cap(f.info)])
}

// newWordInfo computes the wordInfo of text and puts it in the map.
func (f *featurizer) newWordInfo(text string) *wordInfo {
	if f.words == nil || len(f.words) >= maxWords {
		f.forgetWords()
	}
	// One string holds the word, its shapes and, where it differs, the
	// word lower-cased: one allocation for a word not seen before. They
	// are put together in f.wordBuf, which, unlike an array on the stack,
	// need not be zeroed for each word.
	b := append(f.wordBuf[:0], text...)
	var short int
	n, upper, plain := plainCyrillic(text)
	if plain {
		b, short = appendPlainShapes(b, n, upper)
	} else {
		b, short = appendOtherShapes(b, text)
	}
	long := len(b)
	// A word of lower-case Cyrillic letters is its own lower case.
	same := plain && !upper
	if !same {
		b = scan.AppendLower(b, text)
		same = string(b[long:]) == text
	}
	if same {
		b = b[:long]
	}
	all := string(b)
	f.wordBuf = b
	text = all[:len(text)]
	w := f.newWord()
	w.orig = text
	w.shape, w.lshape = all[len(text):short], all[short:long]
	w.lower = text
	if !same {
		w.lower = all[long:]
	}
	w.runes = n
	if !plain {
		w.runes = scan.RuneCount(w.lower)
	}
	w.first = firstRune(text)
	if plain {
		w.sid = f.plainShapeID(w.shape)
	} else {
		w.sid = f.shapeID(w.shape)
	}
	if plain { // two bytes a letter, lower-cased too
		w.suf3 = w.lower[len(w.lower)-2*min(n, 3):]
	} else {
		w.suf3 = suffix(w.lower, 3)
	}
	w.stem = stemOf(w.lower, w.runes)
	f.words[text] = w
	f.all = append(f.all, w)
	return w
}

// wordSlab is the number of wordInfos newWord allocates at a time.
const wordSlab = 128

// newWord returns a new, zero wordInfo. It takes them from a slab, one
// allocation for many words: a text the featurizer has not seen is
// mostly words it has not seen, and allocating a wordInfo each cost
// more than computing it. A slab lives as long as any of its words.
func (f *featurizer) newWord() *wordInfo {
	if len(f.slab) == 0 {
		f.slab = make([]wordInfo, wordSlab)
	}
	w := &f.slab[0]
	f.slab = f.slab[1:]
	return w
}

// lemmaOf is f.word(lemma) for a token of w: a word mostly has the
// lemma it had last time, and comparing it costs less than a lookup.
func (f *featurizer) lemmaOf(w *wordInfo, lemma string) *wordInfo {
	if w.lemma == nil || w.lemma.orig != lemma {
		w.lemma = f.word(lemma)
	}
	w.lemma.used = f.docGen
	return w.lemma
}

// tagOf is f.tagParts(tag) for a token of w, as lemmaOf is f.word.
func (f *featurizer) tagOf(w *wordInfo, tag string) *tagInfo {
	if w.tag == nil || w.tag.tag != tag {
		w.tag = f.tagParts(tag)
	}
	return w.tag
}

// tagParts returns the cached parts of tag.
func (f *featurizer) tagParts(tag string) *tagInfo {
	if p, ok := f.tags[tag]; ok {
		return p
	}
	if f.tags == nil || len(f.tags) >= maxCached {
		f.tags = make(map[string]*tagInfo, 256)
		f.nShaped = 0
	}
	tag = strings.Clone(tag)
	p := &tagInfo{tag: tag}
	p.pos, p.cas, p.marks = tagParts(tag)
	f.tags[tag] = p
	return p
}

// appendShapes appends to b the short shape of w, then the long one,
// and returns b and where the long one starts. ASCII and the letters
// from Ѐ to џ, most of a text, are told apart in place, without
// decoding them.
func appendShapes(b []byte, w string) ([]byte, int) {
	if n, upper, ok := plainCyrillic(w); ok {
		return appendPlainShapes(b, n, upper)
	}
	return appendOtherShapes(b, w)
}

// appendOtherShapes is appendShapes for a word plainCyrillic does not
// pass, rune by rune.
func appendOtherShapes(b []byte, w string) ([]byte, int) {
	var sbuf, lbuf [64]byte
	sb, lb := sbuf[:0], lbuf[:0]
	var prev rune
	run := 0
	for i := 0; i < len(w); {
		var k rune
		switch c := w[i]; {
		case c < utf8.RuneSelf:
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				k = 'X'
			case 'a' <= c && c <= 'z':
				k = 'x'
			case '0' <= c && c <= '9':
				k = 'd'
			default:
				k = rune(c)
			}
		case c == 0xd0 && i+1 < len(w) && w[i+1]&0xc0 == 0x80:
			// Ѐ to п: upper case up to Я (0xd0 0xaf).
			k = 'x'
			if w[i+1] < 0xb0 {
				k = 'X'
			}
			i += 2
		case c == 0xd1 && i+1 < len(w) && w[i+1]-0x80 < 0xa0-0x80:
			k = 'x' // р to џ
			i += 2
		default:
			c, size := scan.DecodeRune(w[i:])
			i += size
			switch {
			case isUpper(c):
				k = 'X'
			case isLetter(c):
				k = 'x'
			case isDigit(c):
				k = 'd'
			default:
				k = c
			}
		}
		if k == prev {
			run++
		} else {
			run = 1
			sb = utf8.AppendRune(sb, k)
		}
		if run <= 3 {
			lb = utf8.AppendRune(lb, k)
		}
		prev = k
	}
	b = append(b, sb...)
	long := len(b)
	return append(b, lb...), long
}

// appendPlainShapes is appendShapes for a word of n letters that
// plainCyrillic passes, upper when the first is upper case: "x" and
// "xxx", or "Xx" and "Xxxx", cut to n letters.
func appendPlainShapes(b []byte, n int, upper bool) ([]byte, int) {
	if upper {
		b = append(b, "Xx"[:min(n, 2)]...)
		return append(b, "Xxxx"[:min(n, 4)]...), len(b)
	}
	b = append(b, 'x')
	return append(b, "xxx"[:min(n, 3)]...), len(b)
}

// plainCyrillic reports whether w is n letters from Ѐ to џ, all lower
// case past the first, and whether the first is upper case: the words
// whose shapes appendShapes writes without its loop.
func plainCyrillic(w string) (n int, upper, ok bool) {
	if len(w) < 2 || len(w)%2 != 0 {
		return 0, false, false
	}
	switch c, d := w[0], w[1]; {
	case c == 0xd0 && d&0xc0 == 0x80:
		upper = d < 0xb0 // Ѐ to Я
	case c == 0xd1 && d-0x80 < 0x20: // р to џ
	default:
		return 0, false, false
	}
	for i := 2; i+1 < len(w); i += 2 {
		// а to п, р to џ
		if c, d := w[i], w[i+1]; !(c == 0xd0 && d-0xb0 < 0x10 || c == 0xd1 && d-0x80 < 0x20) {
			return 0, false, false
		}
	}
	return len(w) / 2, upper, true
}

func tagParts(tag string) (pos, cas, marks string) {
	if tag == "" {
		return
	}
	i := strings.IndexByte(tag, ':')
	if i < 0 {
		return tag, "", ""
	}
	pos = tag[:i]
	var m []string
	for p := range strings.SplitSeq(tag[i+1:], ":") {
		switch {
		case strings.HasPrefix(p, "v_"):
			if cas == "" {
				cas = p
			}
		case p == "prop", p == "fname", p == "lname", p == "pname", p == "geo", p == "abbr", p == "anim", p == "org", p == "nv":
			m = append(m, p)
		}
	}
	return pos, cas, strings.Join(m, ",")
}

// suffix returns the last n runes of s (all of s if shorter).
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := decodeLastRune(s[:i])
		i -= sz
	}
	return s[i:]
}

// decodeLastRune is utf8.DecodeLastRuneInString with ASCII and the
// two-byte sequences, Cyrillic letters among them, decoded in place
// rather than by the general decoder.
func decodeLastRune(s string) (rune, int) {
	n := len(s)
	if n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	if n >= 2 && s[n-1]&0xc0 == 0x80 && s[n-2]-0xc2 < 0xe0-0xc2 {
		return rune(s[n-2]&0x1f)<<6 | rune(s[n-1]&0x3f), 2
	}
	return utf8.DecodeLastRuneInString(s)
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

// prepare reads what the features of the tokens of s are made of into
// f.info, f.keys and f.runs.
func (f *featurizer) prepare(s *vistka.Sentence) {
	if f.cst == nil {
		f.init()
	}
	toks := s.Tokens
	n := len(toks)
	// Each token's info is set in its place, and its history key with it.
	f.info = slices.Grow(f.info[:0], n)[:n]
	f.keys = slices.Grow(f.keys[:0], n)[:n]
	useGaz := f.set&featGaz != 0 && f.gaz != nil
	morph := f.set&featMorph != 0
	for i := range toks {
		t := &toks[i]
		ti := &f.info[i]
		*ti = tokInfo{}
		var w *wordInfo
		if f.known != nil {
			w = f.known[i]
		}
		if w == nil {
			w = f.word(t.Text)
		}
		ti.w, ti.lower, ti.stem = w, w.lower, w.stem
		same := morph && t.Lemma == t.Text // compared once for both uses
		if useGaz {
			// The morphological lemma finds the listed name of an
			// inflected form better than the gazetteer's own guess.
			if morph && t.Lemma != "" && !same {
				ti.lem = f.lemmaOf(w, t.Lemma)
				ti.gaz = ti.lem.categories(f.gaz) & 0xffff
			}
			if ti.gaz == 0 {
				ti.gaz = w.categories(f.gaz)
			}
		}
		if morph && t.Tag != "" {
			ti.hasTag = true
			ti.tag = f.tagOf(w, t.Tag)
			// What f.word(t.Lemma) returns, without looking it up again.
			switch {
			case ti.lem != nil:
				ti.lw = ti.lem
			case same:
				ti.lw = w
			default:
				ti.lw = f.lemmaOf(w, t.Lemma)
			}
			ti.lem = ti.lw
		}
		switch t.Text {
		case "«", "„", "‹":
			ti.isOpenQ = true
		case "»", "“", "”", "›":
			ti.isCloQ = true
		case "\"":
			// A straight quote opens when not after a word, and
			// closes otherwise.
			if i == 0 || toks[i-1].REnd < t.RStart || f.info[i-1].isOpenQ {
				ti.isOpenQ = true
			} else {
				ti.isCloQ = true
			}
		}
		f.keys[i] = histKey(ti)
	}
	// Runs of capitalised words: names are such runs, and where a token
	// stands in one says much about B, I, L.
	f.runs = f.runs[:0]
	for i := 0; i < n; {
		if !isUpper(f.info[i].w.first) {
			f.runs = append(f.runs, 0)
			i++
			continue
		}
		j := i
		for j < n && isUpper(f.info[j].w.first) {
			j++
		}
		for k := i; k < j; k++ {
			pos := uint32(1) // inside
			switch {
			case j-i == 1:
				pos = 0
			case k == i:
				pos = 2
			case k == j-1:
				pos = 3
			}
			f.runs = append(f.runs, pos<<4|uint32(min(j-i, 4)))
		}
		i = j
	}
}

// extract computes the features of every token of s, as hashes or, with
// a table, as its entries: the features of token i are
// f.out[f.offs[i]:f.offs[i+1]].
func (f *featurizer) extract(s *vistka.Sentence) {
	f.prepare(s)
	c := f.cst
	toks := s.Tokens
	n := len(toks)
	morph := f.set&featMorph != 0
	f.out = f.out[:0]
	f.offs = append(f.offs[:0], 0)
	at := func(i int) *tokInfo {
		if i < 0 || i >= n {
			return nil
		}
		return &f.info[i]
	}
	word := func(i int) *wordInfo { return f.wordAt(i, n) }
	// The order of the features is the order of the weights they add to
	// a score: it must not change, or the sums round differently.
	var q quoteState
	out := f.out
	for i := range toks {
		ti := &f.info[i]
		w := ti.w
		prev, next := word(i-1), word(i+1)
		out = append(out, c.bias)
		for d := -2; d <= 2; d++ {
			out = append(out, f.wfeat(word(i+d), kW+d+2))
		}
		b0, _ := f.bigram(prev, w)
		_, b1 := f.bigram(w, next)
		out = append(out, b0, b1)
		for k := 1; k <= 5 && k < w.runes; k++ {
			out = append(out, f.wfeat(w, kSuf+k-1), f.wfeat(w, kPre+k-1))
		}
		for d := -2; d <= 2; d++ {
			out = append(out, f.wfeat(word(i+d), kShape+d+2))
		}
		out = append(out, f.wfeat(w, kLShape))
		out = f.joint(out, i, prev, w, next, nil)
		for d := -1; d <= 1; d++ {
			if p := at(i + d); p != nil {
				out = append(out, f.wfeat(p.w, kStem+d+1))
			}
		}
		if p := at(i - 1); p != nil {
			out = append(out, f.wfeat(p.w, kSuf3N))
		}
		if p := at(i + 1); p != nil {
			out = append(out, f.wfeat(p.w, kSuf3N+1))
		}
		out = f.context(toks, i, prev, &q, out, nil)
		if f.set&featGaz != 0 {
			for d := -2; d <= 2; d++ {
				if p := at(i + d); p != nil && p.gaz != 0 {
					for b := range 32 {
						if p.gaz&(1<<b) != 0 {
							out = append(out, c.gaz[d+2][b])
						}
					}
				}
			}
		}
		if morph {
			for d := -2; d <= 2; d++ {
				if p := at(i + d); p != nil && p.hasTag {
					out = append(out, f.tfeat(p.tag, kPOS+d+2))
				}
			}
			for d := -1; d <= 1; d++ {
				p := at(i + d)
				if p == nil || !p.hasTag {
					continue
				}
				if p.tag.cas != "" {
					out = append(out, f.tfeat(p.tag, kCase+d+1))
				}
				out = append(out, f.wfeat(p.lw, kLemma+d+1))
				if p.tag.marks != "" {
					out = append(out, f.tfeat(p.tag, kMark+d+1))
				}
			}
			if ti.hasTag {
				out = append(out, f.tfeat(ti.tag, kPosCase), f.wfeat(ti.lw, kLemSuf))
			}
			if f.set&(featWideCase|featWideMark|featWideLemma) != 0 {
				for j, d := range [2]int{-2, 2} {
					p := at(i + d)
					if p == nil || !p.hasTag {
						continue
					}
					if f.set&featWideCase != 0 && p.tag.cas != "" {
						out = append(out, f.tfeat(p.tag, kCase2+j))
					}
					if f.set&featWideLemma != 0 {
						out = append(out, f.wfeat(p.lw, kLemma2+j))
					}
					if f.set&featWideMark != 0 && p.tag.marks != "" {
						out = append(out, f.tfeat(p.tag, kMark2+j))
					}
				}
			}
		}
		if f.clu != nil {
			nlev := min(len(f.clu.Levels()), maxLevels)
			// Classes of lemmas: one class stands for all the forms of
			// a word, and they were learnt from four times the text of
			// the training documents.
			for d := -1; d <= 1; d++ {
				p := at(i + d)
				if p == nil {
					continue
				}
				cw := p.w
				if p.hasTag {
					cw = p.lw
				}
				if f.classes(cw) {
					for l := range nlev {
						out = append(out, f.wfeat(cw, kClu+(d+1)*maxLevels+l))
					}
				}
			}
		}
		f.offs = append(f.offs, len(out))
	}
	f.out = out
}

// quoteState is where extract and score are in the quotes of a sentence.
type quoteState struct {
	depth, start int       // how many quotes are open; the token of the outermost
	ctx          *wordInfo // the word before it
}

// context appends to out the features of token i of toks (as prepare
// read them) that depend on where it stands: first in its sentence, in
// quotes, and what the document says of its word. prev is the word
// before it; q follows the quotes from token to token. With ck, it
// leaves the constants of the featurizer out and records them in ck.
// wordAt returns the word at i of a sentence of n tokens, or the
// sentence's bounds around it.
func (f *featurizer) wordAt(i, n int) *wordInfo {
	if i < 0 {
		return f.bos
	}
	if i >= n {
		return f.eos
	}
	return f.info[i].w
}

// joint appends the features of token i that the words around it and the
// document decide together: the run of capitals it stands in, the types
// predicted for its word before, and the shapes and words of its
// neighbours with its own. extract and score read them at the same place.
//
// With ck, it leaves the constants of the featurizer (consts) out and
// records them in ck instead, as context does.
func (f *featurizer) joint(out []uint32, i int, prev, w, next *wordInfo, ck *constKey) []uint32 {
	c := f.cst
	if ck != nil {
		if f.hist != nil && f.keys[i] != "" {
			ck.bits |= uint64(f.hist[f.keys[i]]) << ckHist
		}
		ck.bits |= uint64(f.runs[i]) << ckRun // below 64, as capRun
	} else {
		if f.runs[i] != 0 {
			out = append(out, c.capRun[f.runs[i]])
		}
		if f.hist != nil && f.keys[i] != "" {
			for b, seen := 0, f.hist[f.keys[i]]; seen != 0; b, seen = b+1, seen>>1 {
				if seen&1 != 0 {
					out = append(out, c.hist[b])
				}
			}
		}
	}
	if f.stk != nil {
		out = f.stackFeats(out, i)
	}
	if ck != nil {
		ck.shape3 = f.shape3(prev, w, next)
		return append(out, f.shapeLow(prev, w), f.capAfter(prev, w))
	}
	return append(out, f.shape3(prev, w, next), f.shapeLow(prev, w), f.capAfter(prev, w))
}

func (f *featurizer) context(toks []vistka.Token, i int, prev *wordInfo, q *quoteState, out []uint32, ck *constKey) []uint32 {
	c := f.cst
	ti := &f.info[i]
	w := ti.w
	if i == 0 {
		out = append(out, f.wfeat(w, kFirst))
	}
	// Quotes: names of works, laws and companies stand in «».
	if ti.isOpenQ {
		q.depth++
		if q.depth == 1 {
			q.start = i
			q.ctx = prev
		}
	}
	if q.depth > 0 && !ti.isOpenQ {
		if ck != nil {
			ck.bits |= uint64(1+min(i-q.start, 4)) << ckQDist
			out = append(out, f.wfeat(q.ctx, kQCtx))
		} else {
			out = append(out, c.quote, f.wfeat(q.ctx, kQCtx), c.qdist[min(i-q.start, 4)])
		}
	}
	if i > 0 && f.info[i-1].isOpenQ {
		out = append(out, f.wfeat(w, kQOpen))
	}
	if i+1 < len(toks) && f.info[i+1].isCloQ {
		out = append(out, f.wfeat(w, kQClose))
	}
	if ti.isCloQ && q.depth > 0 {
		q.depth--
	}
	if x, ok := f.docStats(w); ok {
		ws := &f.stats[x]
		var k uint32
		if isUpper(w.first) { // the token's first rune, w being its word
			k |= 1
		}
		if i == 0 {
			k |= 2
		}
		if ws.capMid > 0 {
			k |= 4
		}
		if ws.lower > 0 {
			k |= 8
		}
		quoted := ws.quoted > 0 && q.depth == 0
		if ck != nil {
			ck.bits |= uint64(1+k) << ckDoc
			if quoted {
				ck.bits |= uint64(1+k&1) << ckDocQ
			}
		} else {
			out = append(out, c.doc[k])
			if quoted {
				out = append(out, c.docQ[k&1])
			}
		}
		for _, p := range ws.prevW {
			out = append(out, f.wfeat(p, kDocPrev))
		}
	}
	return out
}

// stemEndings are inflectional endings stem strips, longest first.
var stemEndings = []string{
	"ами", "ями", "ові", "еві", "єві", "ого", "ому", "ими", "ої", "ою", "ею", "єю", "ом", "ем", "єм",
	"ій", "ий", "их", "им", "ах", "ях", "ам", "ям", "ів", "їв", "ії", "ію", "ія",
	"а", "я", "у", "ю", "і", "ї", "и", "е", "є", "о", "ь", "й",
}

// stemEnding is one of stemEndings and its length in letters.
type stemEnding struct {
	s string
	n int
}

// stemFirst and stemLast bound the last letters of stemEndings: а to ї.
const stemFirst, stemLast = 'а', 'ї'

// endingsByLast holds stemEndings by their last letter (from stemFirst),
// each list in the order of stemEndings, so that stem tries only the
// endings a word can have.
var endingsByLast = func() (t [stemLast - stemFirst + 1][]stemEnding) {
	for _, e := range stemEndings {
		r, _ := utf8.DecodeLastRuneInString(e)
		t[r-stemFirst] = append(t[r-stemFirst], stemEnding{e, scan.RuneCount(e)})
	}
	return t
}()

// stem strips one inflectional ending from a lower-cased word of five or
// more letters so that the cases of a name share a feature: Блінкеном,
// Блінкена → блінкен. It strips the first of stemEndings that fits.
func stem(w string) string { return stemOf(w, scan.RuneCount(w)) }

// stemOf is stem(w) for w of n runes, which the caller has counted.
func stemOf(w string, n int) string {
	r, _ := decodeLastRune(w)
	if r < stemFirst || r > stemLast {
		return w // no ending ends so
	}
	if n < 5 {
		return w
	}
	for _, e := range endingsByLast[r-stemFirst] {
		if s, ok := strings.CutSuffix(w, e.s); ok && n-e.n >= 3 {
			return s
		}
	}
	return w
}
