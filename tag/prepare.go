package tag

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
