package tag

import (
	"reflect"
	"slices"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/morph"
)

// tagScratch is the working memory of one Tag call; Models keep them in a
// pool. It caches the prepared tokens of the forms it has seen with one
// lexicon.
type tagScratch struct {
	dec    scratch
	ms     modelScorer
	toks   []word
	picks  []int
	buf    []Candidate
	cands  []cand // candidates being collected for a new form
	kb     []byte
	lex    Lexicon
	cache  map[string]*token
	dyn    map[string]*tagInfo // tags the model does not know
	tagsrc modelTags
	lcands []lexCand // a morph lexicon's analyses of a new form
	arena  []byte    // their lemmas
	// guesses are its guesses, when it has no analyses.
	guesses []morph.Guess
	// The tokens of new forms and their slices are cut from slabs: they
	// live as long as the cache, and one allocation for many forms
	// spares the allocator and the garbage collector.
	tokSlab   []token
	candSlab  []cand
	byteSlab  []byte
	accSlab   []float32
	labelSlab []uint16
	slotSlab  [][numParts]int16
}

// cacheMax bounds the forms a scratch remembers.
const cacheMax = 1 << 16

// modelTags is the tagSource of tagging: the model's tags, and tags it
// has not seen described on the fly.
type modelTags struct {
	m   *Model
	dyn map[string]*tagInfo
	// byID caches info by the tag numbers of the morph lexicon idLex,
	// which spares hashing the tag strings of every new form.
	byID  []*tagInfo
	idLex *morph.Lexicon
}

func (mt *modelTags) info(tag string) *tagInfo {
	if t, ok := mt.m.tagIdx[tag]; ok {
		return t
	}
	if t, ok := mt.dyn[tag]; ok {
		return t
	}
	if len(mt.dyn) >= cacheMax {
		clear(mt.dyn)
		clear(mt.byID) // it may hold tags of dyn
	}
	t := newTagInfo(strings.Clone(tag), mt.m.label)
	mt.m.setRefs(t)
	mt.dyn[t.str] = t
	return t
}

// infoID returns info(tag) for tag number id of lexicon lex.
func (mt *modelTags) infoID(lex *morph.Lexicon, id morph.TagID) *tagInfo {
	if mt.idLex != lex {
		mt.idLex = lex
		mt.byID = make([]*tagInfo, lex.NumTags())
	}
	if int(id) >= len(mt.byID) {
		return mt.info(lex.Tag(id))
	}
	if t := mt.byID[id]; t != nil {
		return t
	}
	t := mt.info(lex.Tag(id))
	mt.byID[id] = t
	return t
}

func (m *Model) scratch(lex Lexicon) *tagScratch {
	var s *tagScratch
	select {
	case s = <-m.pool:
	default:
	}
	if s == nil {
		// Sized for a few documents' forms, which it soon holds, so
		// that it does not rehash on the way there.
		s = &tagScratch{cache: make(map[string]*token, 1<<13), dyn: make(map[string]*tagInfo)}
		s.ms = newModelScorer(m)
		s.tagsrc = modelTags{m: m, dyn: s.dyn}
	}
	// The cache holds only for the lexicon that filled it; lexicons of
	// types that cannot be compared are not cached at all.
	if lex == nil || !reflect.TypeOf(lex).Comparable() || s.lex != lex {
		clear(s.cache)
		s.lex = nil
		if lex != nil && reflect.TypeOf(lex).Comparable() {
			s.lex = lex
		}
	}
	return s
}

// release gives s back to the pool. When the pool is full — a goroutine
// preempted inside Tag makes the next caller start a scratch of its own
// — the scratch with the larger cache stays: a cold one taking the place
// of a warm one would prepare the same forms all over again.
func (m *Model) release(s *tagScratch) {
	select {
	case m.pool <- s:
		return
	default:
	}
	select {
	case o := <-m.pool:
		if len(o.cache) > len(s.cache) {
			s = o
		}
	default:
	}
	select {
	case m.pool <- s:
	default:
	}
}

// token returns the prepared token of text, from the cache when it can.
func (s *tagScratch) token(text string, lex Lexicon, sp specials) *token {
	if t, ok := s.cache[text]; ok {
		return t
	}
	t := &take(&s.tokSlab, 1, 64)[0]
	t.gold = -1
	ml, isMorph := lex.(*MorphLexicon)
	isMorph = isMorph && isWord(text)
	if isMorph {
		// The text goes into one string with the lemmas, which the
		// cache may keep without keeping the document.
		s.cands, text = s.morphCands(s.cands[:0], text, ml)
	} else {
		text = strings.Clone(text) // the cache must not keep the document alive
	}
	// Lower-casing keeps the length of most words.
	lower := prepareToken(t, text, take(&s.byteSlab, len(text), 4096)[:0])
	t.lower = lower
	if !isMorph {
		s.cands, s.buf = candidates(s.cands[:0], text, t.lower, lex, false, sp, &s.tagsrc, s.buf, s.kb)
	}
	// Collected in scratch, the candidates take the room they need.
	if len(s.cands) > 0 {
		t.cands = take(&s.candSlab, len(s.cands), 256)
		copy(t.cands, s.cands)
	}
	finishCands(t)
	if len(t.cands) > 1 {
		s.sumStatic(t)
	}
	t.near = s.ms.m.findNear(nearFeatures(t.hForm, t.hAmb, t.hAmbC, false))
	t.hasNear = true
	if s.lex != nil {
		if len(s.cache) >= cacheMax {
			clear(s.cache)
		}
		s.cache[text] = t
	}
	return t
}

// sumStatic fills t.static with the weights of the features of
// staticFeatures for the labels of its candidates and with those of the
// candidates' own features, and t.labels and t.slot with what candLabels
// gives.
func (s *tagScratch) sumStatic(t *token) {
	d := &s.dec
	n := len(t.cands)
	d.candLabels(t)
	d.feats = staticFeatures(d.feats[:0], t)
	t.static = take(&s.accSlab, len(d.labels)+n, 2048)
	s.ms.add(d.feats, d.labels, t.static[:len(d.labels)])
	t.labels = take(&s.labelSlab, len(d.labels), 2048)
	copy(t.labels, d.labels)
	t.slot = take(&s.slotSlab, n, 512)
	copy(t.slot, d.slot)
	// And the weights of the candidates' own features (cand.cf): of
	// the rank (cf[0]) from the model's table, of the others looked up.
	d.cflat = d.cflat[:0]
	for _, c := range t.cands {
		for _, f := range c.cf[1:] {
			if f != 0 {
				d.cflat = append(d.cflat, f)
			}
		}
	}
	d.cacc = slices.Grow(d.cacc[:0], len(d.cflat))[:len(d.cflat)]
	clear(d.cacc)
	s.ms.addAll(d.cflat, d.cacc)
	cstatic := t.static[len(d.labels):]
	k := 0
	for ci, c := range t.cands {
		if c.cf[0] != 0 {
			g := 0
			if c.guess {
				g = 1
			}
			cstatic[ci] += s.ms.m.rankWeight[g][c.rank]
		}
		for _, f := range c.cf[1:] {
			if f != 0 {
				cstatic[ci] += d.cacc[k]
				k++
			}
		}
	}
}

// take cuts n zeroed elements off *free, which it refills with chunks of
// chunk elements (a longer slice gets an allocation of its own). The
// slice it returns is never nil.
func take[T any](free *[]T, n, chunk int) []T {
	if n > len(*free) || *free == nil {
		if n > chunk/4 {
			return make([]T, n)
		}
		*free = make([]T, chunk)
	}
	x := (*free)[:n:n]
	*free = (*free)[n:]
	return x
}

// Tag fills the Lemma and Tag of every token of one sentence, asking lex
// for the candidates of words. It reads only Text: the tokens may come
// from package tokenize or from pre-tokenised input. Tag is safe for
// concurrent use when lex is.
func (m *Model) Tag(toks []vistka.Token, lex Lexicon) {
	if len(toks) == 0 {
		return
	}
	s := m.scratch(lex)
	defer m.release(s)
	s.toks = s.toks[:0]
	for i := range toks {
		s.toks = append(s.toks, word{token: s.token(toks[i].Text, lex, m.specials)})
	}
	lookRight(s.toks)
	s.picks = decodeGreedy(s.toks, &s.ms, &s.dec, s.picks)
	titleComplements(s.toks, s.picks)
	guessedTitles(s.toks, s.picks)
	for i, p := range s.picks {
		c := &s.toks[i].cands[p]
		toks[i].Lemma, toks[i].Tag = c.lemma, c.tag.str
	}
	singularTitles(toks)
}
