package tag

import (
	"reflect"
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// tagScratch is the working memory of one Tag call; Models keep them in a
// pool. It caches the prepared tokens of the forms it has seen with one
// lexicon.
type tagScratch struct {
	dec    scratch
	ms     modelScorer
	toks   []token
	picks  []int
	buf    []Candidate
	cands  []cand // candidates being collected for a new form
	kb     []byte
	lex    Lexicon
	cache  map[string]*token
	dyn    map[string]*tagInfo // tags the model does not know
	tagsrc modelTags
}

// cacheMax bounds the forms a scratch remembers.
const cacheMax = 1 << 16

// modelTags is the tagSource of tagging: the model's tags, and tags it
// has not seen described on the fly.
type modelTags struct {
	m   *Model
	dyn map[string]*tagInfo
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
	}
	t := newTagInfo(strings.Clone(tag), mt.m.label)
	mt.dyn[t.str] = t
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
		s.ms = modelScorer{m: m, mark: new([1 << 16]int16)}
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
	text = strings.Clone(text) // the cache must not keep the document alive
	t := &token{gold: -1}
	// Lower-casing keeps the length of most words.
	lower := prepareToken(t, text, make([]byte, 0, len(text)))
	t.lower = lower
	// Collected in scratch, the candidates take one allocation of the
	// size they need.
	s.cands, s.buf = candidates(s.cands[:0], text, t.lower, lex, false, sp, &s.tagsrc, s.buf, s.kb)
	if len(s.cands) > 0 {
		t.cands = slices.Clone(s.cands)
	}
	finishCands(t)
	if len(t.cands) > 1 {
		s.dec.sumStatic(t, &s.ms)
	}
	if s.lex != nil {
		if len(s.cache) >= cacheMax {
			clear(s.cache)
		}
		s.cache[text] = t
	}
	return t
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
		s.toks = append(s.toks, *s.token(toks[i].Text, lex, m.specials))
	}
	lookRight(s.toks)
	s.picks = decodeGreedy(s.toks, &s.ms, &s.dec, s.picks)
	for i, p := range s.picks {
		c := &s.toks[i].cands[p]
		toks[i].Lemma, toks[i].Tag = c.lemma, c.tag.str
	}
}
