package morph

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// The guesser analyses words the lexicon does not know. It learned, from
// every form of every lexeme, which (paradigm, slot) pairs end in each
// suffix of up to GuessSuffix characters, separately for lower-case,
// capitalised and all-caps words. An unknown word takes the longest of
// its suffixes that the guesser has, and each (paradigm, slot) there
// gives a reading: the stem is the word without the slot's ending, the
// lemma is the stem with the paradigm's lemma ending, the tag is the
// slot's. Because a guess names a paradigm, a guessed word can also be
// inflected (Блінкена → Блінкен → Блінкеном).

// GuessConfig tunes the guesser.
type GuessConfig struct {
	MaxSuffix int // longest suffix in characters; default 5
	MinCount  int // fewest form types behind a suffix; default 15
	TopN      int // (paradigm, slot) pairs kept per suffix; default 8
	MinStem   int // shortest stem in characters a guess may leave; default 2
}

func (c *GuessConfig) defaults() {
	if c.MaxSuffix == 0 {
		c.MaxSuffix = 5
	}
	if c.MinCount == 0 {
		c.MinCount = 15
	}
	if c.TopN == 0 {
		c.TopN = 8
	}
	if c.MinStem == 0 {
		c.MinStem = 2
	}
}

// guesser is the opened guesser tables.
type guesser struct {
	hash      u32s
	mask      uint32
	keyOff    u32s
	keys      []byte
	entOff    u32s
	ents      u32s   // paradigm << slotBits | slot index
	weights   []byte // one a entry, relative to the key's best
	slotBits  uint
	maxSuffix int
	minStem   int
}

func (g *guesser) open(secs map[uint32][]byte, params u32s) error {
	g.hash, g.keyOff, g.keys = u32s(secs[secGuessHash]), u32s(secs[secGuessKeyOff]), secs[secGuessKeys]
	g.entOff, g.ents, g.weights = u32s(secs[secGuessEntOff]), u32s(secs[secGuessEnts]), secs[secGuessWeights]
	if g.hash.len() == 0 {
		return nil // a lexicon without a guesser
	}
	if !pow2(g.hash.len()) || g.keyOff.len() != g.entOff.len() || g.keyOff.len() < 1 ||
		int(g.keyOff.at(g.keyOff.len()-1)) > len(g.keys) || int(g.entOff.at(g.entOff.len()-1)) > g.ents.len() || g.ents.len() != len(g.weights) {
		return fmt.Errorf("%w: bad guesser tables", errFormat)
	}
	// Every offset and id in range, so that no guess reads outside the
	// tables of a damaged file.
	n := g.keyOff.len() - 1
	for i := range n {
		if g.keyOff.at(i) > g.keyOff.at(i+1) || g.entOff.at(i) > g.entOff.at(i+1) {
			return fmt.Errorf("%w: bad guesser offsets", errFormat)
		}
	}
	for i := range g.hash.len() {
		if int(g.hash.at(i)) > n {
			return fmt.Errorf("%w: guesser key %d out of range", errFormat, i)
		}
	}
	g.mask = uint32(g.hash.len() - 1)
	g.maxSuffix = int(params.at(paramGuessMaxSuffix) & 0xFF)
	g.minStem = int(params.at(paramGuessMaxSuffix) >> 8 & 0xFF)
	g.slotBits = uint(params.at(paramGuessMaxSuffix) >> 16 & 0xFF)
	return nil
}

// find returns the entry range of a key.
func (g *guesser) find(key []byte) (lo, hi int, ok bool) {
	if g.hash.len() == 0 {
		return 0, 0, false
	}
	s := mix(hashFwd(key)) & g.mask
	for {
		v := g.hash.at(int(s))
		if v == 0 {
			return 0, 0, false
		}
		id := int(v - 1)
		if bytes.Equal(g.keys[g.keyOff.at(id):g.keyOff.at(id+1)], key) {
			return int(g.entOff.at(id)), int(g.entOff.at(id + 1)), true
		}
		s = (s + 1) & g.mask
	}
}

// guessKey builds a key: the case class, then the code of the suffix.
func guessKey(dst []byte, cc caseClass, suffix []byte) []byte {
	dst = append(dst, byte(cc))
	return append(dst, suffix...)
}

type guessEnt struct {
	para, slot uint32
	w          float64
}

// buildGuesser learns the guesser from the encoder's lexemes. It returns
// the guesser's sections and the number of bits of a slot index.
func (e *encoder) buildGuesser(cfg GuessConfig) ([]section, uint, error) {
	cfg.defaults()
	type pk struct{ para, slot uint32 }
	// Ending lengths in characters, for the ending-within-suffix check.
	endChars := make([]int, len(e.ends))
	for i, s := range e.ends {
		endChars[i] = codeRunes([]byte(s))
	}
	type keyEnts struct {
		key   string
		total float64
		ents  []guessEnt
	}
	var all []keyEnts
	parent := map[string][]guessEnt{} // top lists of the previous length
	var form, dec []byte
	for k := 1; k <= cfg.MaxSuffix; k++ {
		counts := map[string]map[pk]float64{}
		for _, lx := range e.lexemes {
			p := &e.paras[lx.para]
			stemChars := codeRunes([]byte(lx.stem))
			for si, slot := range p.slots {
				end := slot >> e.tagBits
				// The slot's ending must lie inside the suffix, and the
				// word must be longer than the suffix.
				if endChars[end] > k || stemChars < cfg.MinStem || stemChars+endChars[end] <= k {
					continue
				}
				form = append(append(form[:0], lx.stem...), e.ends[end]...)
				start := lastCodeRunes(form, k)
				if start < 0 {
					continue
				}
				dec = e.cs.decode(dec[:0], form)
				key := string(guessKey(nil, classify(string(dec)), form[start:]))
				m := counts[key]
				if m == nil {
					m = map[pk]float64{}
					counts[key] = m
				}
				m[pk{lx.para, uint32(si)}]++
			}
		}
		next := map[string][]guessEnt{}
		keys := make([]string, 0, len(counts))
		for key := range counts {
			keys = append(keys, key)
		}
		slices.Sort(keys)
		for _, key := range keys {
			m := counts[key]
			total := 0.0
			ents := make([]guessEnt, 0, len(m))
			for x, w := range m {
				ents = append(ents, guessEnt{x.para, x.slot, w})
				total += w
			}
			if total < float64(cfg.MinCount) {
				continue
			}
			slices.SortFunc(ents, func(a, b guessEnt) int {
				return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.para, b.para), cmp.Compare(a.slot, b.slot))
			})
			ents = ents[:min(len(ents), cfg.TopN)]
			next[key] = ents
			// A suffix that says nothing its shorter suffix does not
			// is left out: lookups fall back to the shorter one.
			if k > 1 {
				pkey := key[:1] + key[1+firstCharLen(key[1:]):]
				if pe, ok := parent[pkey]; ok && sameTop(pe, ents) {
					continue
				}
			}
			all = append(all, keyEnts{key, total, ents})
		}
		parent = next
	}
	maxSlots := 1
	for _, p := range e.paras {
		maxSlots = max(maxSlots, len(p.slots))
	}
	slotBits := uint(bits.Len(uint(maxSlots)))
	if slotBits+uint(bits.Len(uint(len(e.paras)))) > 32 {
		return nil, 0, fmt.Errorf("morph: guesser: %d paradigms of up to %d slots do not fit 32 bits", len(e.paras), maxSlots)
	}
	var keyOff, keys, entOff, ents, weights []byte
	n := 0
	for _, ke := range all {
		keyOff = appendU32s(keyOff, uint32(len(keys)))
		keys = append(keys, ke.key...)
		entOff = appendU32s(entOff, uint32(n))
		for _, x := range ke.ents {
			ents = appendU32s(ents, x.para<<slotBits|x.slot)
			weights = append(weights, byte(max(1, math.Round(255*x.w/ke.ents[0].w))))
			n++
		}
	}
	keyOff = appendU32s(keyOff, uint32(len(keys)))
	entOff = appendU32s(entOff, uint32(n))
	hash := hashTable(len(all), func(i int) uint32 { return hashFwd([]byte(all[i].key)) })
	return []section{
		{secGuessHash, hash},
		{secGuessKeyOff, keyOff},
		{secGuessKeys, keys},
		{secGuessEntOff, entOff},
		{secGuessEnts, ents},
		{secGuessWeights, weights},
	}, slotBits, nil
}

// firstCharLen is the code length of the first character of b.
func firstCharLen(b string) int {
	if b == "" {
		return 0
	}
	if b[0] == codeEsc {
		return 1 + len(string([]rune(b[1:])[:1]))
	}
	return 1
}

// sameTop reports whether two entry lists agree on their readings and
// roughly on their weights.
func sameTop(a, b []guessEnt) bool {
	if len(a) != len(b) {
		return false
	}
	ta, tb := 0.0, 0.0
	for i := range a {
		ta += a[i].w
		tb += b[i].w
	}
	for i := range a {
		if a[i].para != b[i].para || a[i].slot != b[i].slot {
			return false
		}
		if d := a[i].w/ta - b[i].w/tb; d > 0.05 || d < -0.05 {
			return false
		}
	}
	return true
}

// Guess is a reading of an unknown word.
type Guess struct {
	Lemma string
	Tag   string
	TagID TagID
	Score float64 // share of the evidence, 0..1

	stem string // code of the guessed stem
	para int
}

// Guess returns up to k readings of a word the lexicon may not know,
// best first. It works on any word; for known words Lookup is better.
func (l *Lexicon) Guess(form string, k int) []Guess { return l.AppendGuess(nil, form, k) }

// AppendGuess appends what Guess returns to dst: a caller that reads the
// readings and lets them go spares a new slice for each word.
func (l *Lexicon) AppendGuess(dst []Guess, form string, k int) []Guess {
	if k <= 0 {
		return dst
	}
	if out, ok := l.recent.get(form, k); ok {
		return append(dst, out[:min(k, len(out))]...)
	}
	buf, mbuf := guessBufs.Get().(*[]Guess), guessBufs.Get().(*[]Guess)
	*buf = l.guessDepth((*buf)[:0], form, 0, false)
	*mbuf = mergeGuesses(*buf, (*mbuf)[:0])
	all := *mbuf
	normalize(all, 1)
	dst = append(dst, all[:min(k, len(all))]...)
	l.recent.put(form, all)
	putGuessBuf(buf)
	putGuessBuf(mbuf)
	return dst
}

// guessBufs holds the scratch slices of readings that Guess merges.
var guessBufs = sync.Pool{New: func() any { return new([]Guess) }}

func putGuessBuf(buf *[]Guess) {
	clear(*buf) // let the strings go
	guessBufs.Put(buf)
}

// guessMemo remembers the guesses of the forms guessed last: the tagger
// and the entity lemmatizer both guess a word the lexicon does not know.
// It is direct-mapped: a form takes the slot of its hash.
type guessMemo struct {
	mu    sync.Mutex
	slots *[guessMemoSize]guessSlot
}

type guessSlot struct {
	form     string
	gs       []Guess // the best guessKeep, merged and normalized; never changed
	complete bool    // gs holds all of them
}

const (
	guessMemoSize = 1 << 10
	guessKeep     = 16
)

// memoSlot returns the slot of form in a memo of size slots: its FNV-1a
// hash modulo size.
func memoSlot(form string, size uint32) int {
	h := uint32(2166136261)
	for i := 0; i < len(form); i++ {
		h = (h ^ uint32(form[i])) * 16777619
	}
	return int(h % size)
}

// get returns the best k guesses of form (fewer when it has fewer), if
// it holds them.
func (m *guessMemo) get(form string, k int) ([]Guess, bool) {
	i := memoSlot(form, guessMemoSize)
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.slots == nil {
		return nil, false
	}
	sl := &m.slots[i]
	if sl.gs == nil || sl.form != form || k > len(sl.gs) && !sl.complete {
		return nil, false
	}
	return sl.gs, true
}

// put remembers the best of all, the guesses of form.
func (m *guessMemo) put(form string, all []Guess) {
	if len(all) == 0 {
		return
	}
	sl := guessSlot{form: strings.Clone(form), gs: slices.Clone(all[:min(len(all), guessKeep)]), complete: len(all) <= guessKeep}
	i := memoSlot(form, guessMemoSize)
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.slots == nil {
		m.slots = new([guessMemoSize]guessSlot)
	}
	m.slots[i] = sl
}

// guessDecay is the weight of each shorter suffix the guesser backs off
// to, relative to the longer one before it; guessLowerWeight is the
// weight of lower-case readings of a capitalised word (a sentence start)
// against proper-name readings.
var (
	guessDecay       = 0.5
	guessLowerWeight = 0.2
)

// guessAll returns all the readings the guesser has for form, each
// (lemma, tag) once for every paradigm that gives it, best first.
func (l *Lexicon) guessAll(form string) []Guess {
	return l.guessDepth(nil, form, 0, true)
}

// maxCompoundDepth bounds the parts of a compound the guesser splits.
const maxCompoundDepth = 3

// guessDepth appends the readings of form, a part at depth of a
// compound, to out, best first when sorted is set. Callers that merge
// them (mergeGuesses) need no order.
func (l *Lexicon) guessDepth(out []Guess, form string, depth int, sorted bool) []Guess {
	base := len(out)
	if hasDigit(form) {
		return l.guessShape(out, form)
	}
	var b [maxWord + 8]byte
	known := false
	if depth < maxCompoundDepth {
		out, known = l.guessCompound(out, form, depth)
		for i := base; i < len(out); i++ {
			out[i].Score *= compoundWeight
		}
	}
	n0 := len(out)
	if known && classify(form) == caseLower {
		// The lexicon knows the last part of a common word, and the
		// parts agree: the readings of the whole form's ending would
		// make up forms the last part has not (прем'єр-міністерка read
		// as the genitive plural of a "міністерок"). (Names keep them:
		// the parts of Польща-Білорусь-Україна are not common words.)
		normalize(out[base:], 1)
		if sorted {
			sortGuesses(out[base:])
		}
		return out
	}
	switch cc := classify(form); cc {
	case caseUpper:
		// A headline word or an abbreviation.
		out = l.guessCode(out, l.cs.encode(b[:0], form, asIs), caseUpper, 1)
		out = l.guessCode(out, l.cs.encode(b[:0], form, title), caseTitle, 1)
	case caseTitle:
		out = l.guessCode(out, l.cs.encode(b[:0], form, asIs), caseTitle, 1)
		out = l.guessCode(out, l.cs.encode(b[:0], form, lower), caseLower, guessLowerWeight)
	case caseMixed:
		out = l.guessCode(out, l.cs.encode(b[:0], form, asIs), caseMixed, 1)
		out = l.guessCode(out, l.cs.encode(b[:0], form, title), caseTitle, 0.5)
	default:
		out = l.guessCode(out, l.cs.encode(b[:0], form, asIs), cc, 1)
	}
	if n0 > base {
		normalize(out[n0:], 1-compoundWeight)
	} else {
		normalize(out[base:], 1)
	}
	if sorted {
		sortGuesses(out[base:])
	}
	return out
}

// sortGuesses sorts gs best first.
func sortGuesses(gs []Guess) {
	slices.SortStableFunc(gs, func(a, b Guess) int {
		// Each comparison only when the ones before it tie: cmp.Or
		// would make them all.
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		if c := strings.Compare(a.Lemma, b.Lemma); c != 0 {
			return c
		}
		if c := cmp.Compare(a.TagID, b.TagID); c != 0 {
			return c
		}
		return cmp.Compare(a.para, b.para)
	})
}

// compoundWeight is the weight of the readings made from the parts of a
// hyphenated word (each scored by how likely both parts' readings are)
// against those from its suffix.
const compoundWeight = 0.9

// normalize scales the scores of gs to sum to total.
func normalize(gs []Guess, total float64) {
	sum := 0.0
	for _, g := range gs {
		sum += g.Score
	}
	if sum == 0 {
		return
	}
	for i := range gs {
		gs[i].Score *= total / sum
	}
}

// guessCompound appends readings of a hyphenated word made from its
// parts: the first part's reading with the lemmas of both parts joined,
// when the parts agree in case (жінкою-послом → жінка-посол
// noun:anim:f:v_oru). It reports whether the lexicon knows the last part
// and the parts agreed.
func (l *Lexicon) guessCompound(out []Guess, form string, depth int) ([]Guess, bool) {
	// The first hyphen or en dash (strings.IndexAny, without its
	// search of every rune of form for the dash).
	i := strings.IndexByte(form, '-')
	if j := strings.Index(form, "–"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 {
		return out, false
	}
	_, sl := utf8.DecodeRuneInString(form[i:])
	p1, p2 := form[:i], form[i+sl:]
	if p2 == "" || strings.HasPrefix(p2, "-") {
		return out, false
	}
	a1, a2 := l.partReadings(p1, depth), l.partReadings(p2, depth)
	n0 := len(out)
	for _, x := range a1 {
		for _, y := range a2 {
			if vtag.Case(x.Tag) != vtag.Case(y.Tag) || vtag.Case(x.Tag) == "" && tagPOS(x.Tag) != tagPOS(y.Tag) {
				continue
			}
			out = append(out, Guess{Lemma: x.Lemma + "-" + y.Lemma, Tag: x.Tag, TagID: x.TagID, Score: x.Score * y.Score, para: -1})
		}
	}
	agreed := len(out) > n0 && l.Known(p2)
	// A name whose first part stays in the nominative (Касим-Жомартом):
	// the second part's readings.
	for _, x := range a1 {
		if tagPOS(x.Tag) != "noun" || vtag.Case(x.Tag) != "v_naz" {
			continue
		}
		for _, y := range a2 {
			if tagPOS(y.Tag) == "noun" && vtag.Case(y.Tag) != "v_naz" && vtag.Case(y.Tag) != "" {
				out = append(out, Guess{Lemma: x.Lemma + "-" + y.Lemma, Tag: y.Tag, TagID: y.TagID, Score: x.Score * y.Score / 2, para: -1})
			}
		}
	}
	// A first part that does not inflect (культурно-гуманітарного,
	// етико-філософських): the second part's readings.
	if uninflectedPart(p1, a1) {
		for _, y := range a2 {
			if tagPOS(y.Tag) != "adj" {
				continue
			}
			first := p1
			if classify(y.Lemma) == caseLower {
				first = scan.ToLower(p1)
			}
			out = append(out, Guess{Lemma: first + "-" + y.Lemma, Tag: y.Tag, TagID: y.TagID, Score: y.Score, para: -1})
		}
	}
	if len(out) == n0 {
		// The second part does not inflect with the first (Харків-1,
		// Боброк-людина): keep it as written.
		for _, x := range a1 {
			out = append(out, Guess{Lemma: x.Lemma + "-" + p2, Tag: x.Tag, TagID: x.TagID, Score: x.Score / 4, para: -1})
		}
	}
	return mergeGuesses(out[n0:len(out):len(out)], out[:n0]), agreed
}

// uninflectedPart reports whether the first part of a compound is a stem
// in -о/-е (культурно-, етико-) rather than an inflected word.
func uninflectedPart(p string, readings []Guess) bool {
	if lp := scan.ToLower(p); !strings.HasSuffix(lp, "о") && !strings.HasSuffix(lp, "е") {
		return false
	}
	for _, r := range readings {
		switch tagPOS(r.Tag) {
		case "adv", "noninfl":
			return true
		}
	}
	return len(readings) == 0 || readings[0].para != -1 // guessed, not known
}

// partReadings returns the readings of one part of a compound: the
// lexicon's, else the guesser's best.
func (l *Lexicon) partReadings(p string, depth int) []Guess {
	var buf [32]Cand
	cs := l.AppendLookup(buf[:0], p)
	if len(cs) > 0 {
		out := make([]Guess, 0, len(cs))
		for _, c := range cs {
			out = append(out, Guess{Lemma: l.Lemma(c.Lexeme), Tag: l.tags[c.Tag], TagID: c.Tag, Score: 1 / float64(len(cs)), para: -1})
		}
		return out
	}
	gb := guessBufs.Get().(*[]Guess)
	*gb = l.guessDepth((*gb)[:0], p, depth+1, false)
	gs := mergeGuesses(*gb, nil)
	putGuessBuf(gb)
	return gs[:min(len(gs), 5)]
}

// mergeGuesses merges the readings that agree on lemma and tag, adding
// their scores, best first, and appends them to dst. Each merged reading
// is the group's best, the lowest paradigm among equals (the first of
// out among those), and its score adds the group's scores in that order,
// whatever order out is in. out may share its array with dst's room: the
// merged readings go to dst only when out has been read.
func mergeGuesses(out []Guess, dst []Guess) []Guess {
	n := len(out)
	if n == 0 {
		return dst
	}
	// Group the readings by lemma and tag in a small hash table: gid[i]
	// is the group of out[i], numbered in order of first appearance.
	var gb [128]int32
	var tb [256]int32
	var gid, tab []int32
	size := 1
	for size < 2*n {
		size *= 2
	}
	if size <= len(tb) {
		tab = tb[:size]
	} else {
		tab = make([]int32, size)
	}
	if n <= len(gb) {
		gid = gb[:n]
	} else {
		gid = make([]int32, n)
	}
	var fb [128]int32 // the first reading of each group
	first := fb[:0]
	mask := uint32(size - 1)
	for i := range out {
		g := &out[i]
		h := uint32(g.TagID)*0x9E3779B1 ^ uint32(len(g.Lemma))*0x85EBCA77
		if k := len(g.Lemma); k > 0 {
			h ^= uint32(g.Lemma[k-1])*0xC2B2AE3D ^ uint32(g.Lemma[k/2])*0x27D4EB2F
		}
		h ^= h >> 15
		for s := h & mask; ; s = (s + 1) & mask {
			e := tab[s]
			if e == 0 {
				tab[s] = int32(len(first)) + 1
				gid[i] = int32(len(first))
				first = append(first, int32(i))
				break
			}
			if f := &out[first[e-1]]; f.TagID == g.TagID && f.Lemma == g.Lemma {
				gid[i] = e - 1
				break
			}
		}
	}
	// The members of each group, in the order of out (a counting sort),
	// then each group in merge order: best score first, lowest paradigm
	// among equals; an insertion sort keeps the order of out on ties.
	ng := len(first)
	var cb [129]int32
	var ob [128]int32
	var cnt, ord []int32
	if ng+1 <= len(cb) {
		cnt = cb[:ng+1]
	} else {
		cnt = make([]int32, ng+1)
	}
	if n <= len(ob) {
		ord = ob[:n]
	} else {
		ord = make([]int32, n)
	}
	for _, g := range gid {
		cnt[g+1]++
	}
	for k := 1; k <= ng; k++ {
		cnt[k] += cnt[k-1]
	}
	for i, g := range gid {
		ord[cnt[g]] = int32(i)
		cnt[g]++
	}
	// cnt[g] is now the end of group g in ord.
	var mb [64]Guess
	merged := mb[:0]
	from := int32(0)
	for g := range ng {
		m := ord[from:cnt[g]]
		from = cnt[g]
		for a := 1; a < len(m); a++ {
			for b := a; b > 0 && mergeBefore(&out[m[b]], &out[m[b-1]]); b-- {
				m[b], m[b-1] = m[b-1], m[b]
			}
		}
		r := out[m[0]]
		for _, i := range m[1:] {
			r.Score += out[i].Score
		}
		merged = append(merged, r)
	}
	// Best first. Lemma and tag tell any two merged readings apart, so
	// the order is the same however it is reached.
	var ib [64]int32
	for _, i := range guessOrder(ib[:0], merged) {
		dst = append(dst, merged[i])
	}
	return dst
}

// mergeBefore reports whether a reading of a group comes before another
// in a merge: a higher score, or the same and a lower paradigm.
func mergeBefore(a, b *Guess) bool {
	if c := cmp.Compare(b.Score, a.Score); c != 0 {
		return c < 0
	}
	return a.para < b.para
}

// guessOrder appends to idx the indices of merged readings gs best
// first: a higher score, then the lemma, then the tag. No two of them
// agree on lemma and tag, so any sort gives the same order; guessOrder
// sorts by insertion (stable, for callers that would have ties), as the
// readings are few. Sorting indices moves no reading, which is nine words.
func guessOrder(idx []int32, gs []Guess) []int32 {
	n0 := len(idx)
	for i := range gs {
		idx = append(idx, int32(i))
	}
	o := idx[n0:]
	for a := 1; a < len(o); a++ {
		for b := a; b > 0; b-- {
			// Scores are never NaN: no cmp.Compare.
			x, y := &gs[o[b]], &gs[o[b-1]]
			if x.Score < y.Score || x.Score == y.Score && !tieBefore(x, y) {
				break
			}
			o[b], o[b-1] = o[b-1], o[b]
		}
	}
	return idx
}

// tieBefore reports whether merged reading a goes before b of the same
// score.
func tieBefore(a, b *Guess) bool {
	if a.Lemma != b.Lemma {
		return a.Lemma < b.Lemma
	}
	return a.TagID < b.TagID
}

// guessCode appends the readings of coded word w from the suffixes of
// case class cc, with weights scaled by wt.
func (l *Lexicon) guessCode(out []Guess, w []byte, cc caseClass, wt float64) []Guess {
	g := &l.guess
	if len(w) > maxWord || g.hash.len() == 0 {
		return out
	}
	// The characters of w: where each starts, how many come before each
	// byte, and where each starts in w decoded (dw): a stem is a prefix
	// of w, and it decodes to a prefix of dw.
	var sb [maxWord + 1]int32
	var nb, ob [maxWord + 1]int16 // per byte of w: characters before it, and its offset in dw (-1: inside a character)
	var db [4 * maxWord]byte
	starts, dw := sb[:0], db[:0]
	for i := 0; i < len(w); i++ {
		nb[i], ob[i] = int16(len(starts)), int16(len(dw))
		starts = append(starts, int32(i))
		j := i + 1
		if w[i] == codeEsc {
			_, size := utf8.DecodeRune(w[i+1:])
			j += size
		}
		dw = l.cs.decode(dw, w[i:j])
		for k := i + 1; k < j && k < len(w); k++ {
			ob[k] = -1
		}
		i = j - 1
	}
	n := len(starts)
	nb[len(w)], ob[len(w)] = int16(n), int16(len(dw))
	var kb [maxWord + 9]byte
	// The lemmas and stems of all the readings go into one string, made
	// once at the end: stems are prefixes of w, which leads the arena,
	// and spans records where each lemma starts and ends in it and how
	// long its stem is. A reading of the stem and lemma ending of the one
	// made before it shares its lemma, as the slots of a paradigm do.
	var ab [1024]byte
	var sb2 [64][3]int32
	arena, spans := append(ab[:0], w...), sb2[:0]
	lastCut, lastEnd := -1, uint32(0)
	var last [3]int32
	n0 := len(out)
	found := 0
	for k := min(g.maxSuffix, n); k >= 1 && found < guessLevels; k-- {
		start := int(starts[n-k])
		lo, hi, ok := g.find(guessKey(kb[:0], cc, w[start:]))
		if !ok {
			continue
		}
		if found > 0 {
			wt *= guessDecay
		}
		found++
		total := 0.0
		for i := lo; i < hi; i++ {
			total += float64(g.weights[i])
		}
		out = slices.Grow(out, hi-lo)
		for i := lo; i < hi; i++ {
			v := g.ents.at(i)
			para := int(v >> g.slotBits)
			slot := int(v & (1<<g.slotBits - 1))
			wgt := float64(g.weights[i])
			if para >= len(l.paraLemma) {
				continue
			}
			si := int(l.paraOff[para]) + slot
			if si >= int(l.paraOff[para+1]) {
				continue
			}
			sv := l.paraSlots[si]
			end := l.ending(sv >> l.tagBits)
			if !bytes.HasSuffix(w, end) {
				continue
			}
			c := len(w) - len(end)
			stem := w[:c]
			off := ob[c] // < 0: the ending cuts a character in two
			if off >= 0 && int(nb[c]) < g.minStem || off < 0 && codeRunes(stem) < g.minStem {
				continue
			}
			if c != lastCut || l.paraLemma[para] != lastEnd {
				from := len(arena)
				if off >= 0 {
					arena = append(arena, dw[:off]...)
				} else {
					arena = l.cs.decode(arena, stem)
				}
				arena = append(arena, l.lemmaEnd[para]...)
				last = [3]int32{int32(from), int32(len(arena)), int32(c)}
				lastCut, lastEnd = c, l.paraLemma[para]
			}
			spans = append(spans, last)
			tag := TagID(sv & l.tagMask)
			out = append(out, Guess{
				Tag: l.tags[tag], TagID: tag,
				Score: wt * wgt / total, para: para,
			})
		}
	}
	if len(spans) == 0 {
		return out
	}
	s := string(arena)
	for i, sp := range spans {
		g := &out[n0+i]
		g.Lemma, g.stem = s[sp[0]:sp[1]], s[:sp[2]]
	}
	return out
}

// guessLevels is how many suffix lengths a guess draws on.
const guessLevels = 3
