package tag

import (
	"slices"

	"github.com/vistka/vistka/internal/scan"
)

// tagSource maps tag strings to what the tagger knows of them.
type tagSource interface {
	info(tag string) *tagInfo
}

// registry is the tagSource of training: it gives every new tag and label
// a number.
type registry struct {
	labels   []string
	labelIdx map[string]uint16
	tags     []*tagInfo
	tagIdx   map[string]*tagInfo
}

func newRegistry() *registry {
	r := &registry{labelIdx: make(map[string]uint16), tagIdx: make(map[string]*tagInfo)}
	r.label("*") // allLabel
	return r
}

func (r *registry) label(name string) uint16 {
	if l, ok := r.labelIdx[name]; ok {
		return l
	}
	if len(r.labels) >= noLabel {
		return noLabel
	}
	l := uint16(len(r.labels))
	r.labels = append(r.labels, name)
	r.labelIdx[name] = l
	return l
}

func (r *registry) info(tag string) *tagInfo {
	if t, ok := r.tagIdx[tag]; ok {
		return t
	}
	t := newTagInfo(tag, r.label)
	r.tags = append(r.tags, t)
	r.tagIdx[tag] = t
	return t
}

// candidates returns the candidates of a token (text, lower-cased lower)
// appended to dst: from sp when it is not a Cyrillic word, otherwise from
// the lexicon (from its guesser when guess is set). buf is scratch for
// the lexicon's answers.
func candidates(dst []cand, text string, lower []byte, lex Lexicon, guess bool, sp specials, ts tagSource, buf []Candidate, kb []byte) ([]cand, []Candidate) {
	if prefix, word, ok := scan.LatinPrefixed(text); ok && lex != nil {
		n := len(dst)
		if dst, buf = latinCompoundCands(dst, prefix, word, lex, ts, buf); len(dst) > n {
			return dst, buf
		}
	}
	if !isWord(text) {
		for _, c := range sp.lookup(text, kb) {
			dst = append(dst, cand{tag: ts.info(c.tag), lemma: c.rule.apply(text, lower)})
		}
		return dst, buf
	}
	buf = buf[:0]
	if g, ok := lex.(Guesser); ok && guess {
		buf = g.Guess(text, buf)
	} else if lex != nil {
		buf = lex.Analyze(text, buf)
	}
	start := len(dst)
	for _, c := range buf {
		if c.Tag == "" || c.Lemma == "" {
			continue
		}
		ti := ts.info(c.Tag)
		dup := false
		for _, d := range dst[start:] {
			if d.tag == ti && d.lemma == c.Lemma {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, cand{tag: ti, lemma: c.Lemma, guess: c.Guess})
		}
	}
	if len(dst) == start {
		for _, c := range fallbackSpecial(text) {
			dst = append(dst, cand{tag: ts.info(c.tag), lemma: text, guess: true})
		}
	}
	return dst, buf
}

// latinCompoundCands appends to dst the candidates of a word of a Latin
// prefix and a Cyrillic word (see scan.LatinPrefixed): the Cyrillic word's
// analyses, each lemma after the prefix as written (FPV-дронів:
// FPV-дрон, noun:inanim:m:p:v_rod), where the non-word rules would guess
// from the shape alone (Fpv-дроніа, feminine). It appends nothing when
// the lexicon has no analysis of the word.
func latinCompoundCands(dst []cand, prefix, word string, lex Lexicon, ts tagSource, buf []Candidate) ([]cand, []Candidate) {
	buf = lex.Analyze(word, buf[:0])
	start := len(dst)
	for _, c := range buf {
		if c.Tag == "" || c.Lemma == "" || c.Guess {
			continue
		}
		ti, lemma := ts.info(c.Tag), prefix+"-"+c.Lemma
		if !slices.ContainsFunc(dst[start:], func(d cand) bool { return d.tag == ti && d.lemma == lemma }) {
			dst = append(dst, cand{tag: ti, lemma: lemma})
		}
	}
	return dst, buf
}
