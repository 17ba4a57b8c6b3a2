package tag

import (
	"slices"
	"unicode/utf8"
)

// cand is one candidate analysis of a token in the tagger's terms.
type cand struct {
	tag   *tagInfo
	lemma string
	guess bool
	added bool  // the gold analysis, added for training only
	rank  uint8 // the rank of cf[0], as rankFeature takes it
	// The tag's case, kind, gender and person, copied by finishCands
	// into room the struct has anyway: best reads them for every
	// candidate of every token, and the tag's own copies, a cache line
	// of a struct elsewhere, mostly missed the cache.
	caseIdx     uint8
	kind        tagKind
	gen, person byte
	cf          [3]uint64 // static candidate features (0: none); their label is allLabel
}

// The highest ranks of rankFeature: the candidates after them share it.
const (
	maxRank      = 3
	maxGuessRank = 6
)

// rankFeature returns the feature of a candidate's rank among those of
// its token, of a guess or of a word the lexicon knows.
func rankFeature(guess bool, rank uint8) uint64 {
	if guess {
		return f1(cfGuessRank, uint64(rank))
	}
	return f1(cfRank, uint64(rank))
}

// token is a token of the sentence being tagged, with what the features
// need precomputed.
type token struct {
	text   string
	lower  []byte
	hForm  uint64
	hSuf   [4]uint64 // last 1..4 runes
	hPre   uint64    // first 3 runes
	hShape uint64
	hAmb   uint64 // the set of candidate tags
	hAmbC  uint64 // the set of candidate parts of speech with case
	cands  []cand
	gold   int32 // training: index of the gold candidate
	// static holds, when not nil, the weights of the token's own
	// features (staticFeatures) for the labels of its candidates in
	// candLabels order, and then, one a candidate, the weights of the
	// candidates' own features (cand.cf): tagging looks a form's
	// features up once, not at every occurrence. Weights are small
	// integers, so their float32 sums are exact in any order.
	static []float32
	// labels and slot are, with static, what candLabels gives for the
	// token's candidates, kept with the form for the same reason.
	labels []uint16
	slot   [][numParts]int16
	// near, when hasNear is set, holds where the model keeps the weights
	// of the features the token gives its neighbours (nearFeatures): a
	// form's are looked up once, not at every token next to it.
	near    [numNear]ref
	shape   uint32
	guess   bool // every candidate is a guess
	verb    bool // some candidate is a verb
	hasNear bool
}

// word is a token at its place in the sentence being tagged: the token,
// which tagging shares between the occurrences of a form, and what
// depends on the place.
type word struct {
	*token
	// nextVerb is the index of the next token on the right, in the same
	// clause, that may be a verb, or -1 (see nextVerbHash).
	nextVerb int32
}

// words returns the tokens of toks at their places.
func words(toks []token) []word {
	ws := make([]word, len(toks))
	for i := range toks {
		ws[i].token = &toks[i]
	}
	lookRight(ws)
	return ws
}

// Feature templates. A feature's hash mixes its template with the hashes
// of its values; changing a number changes every model.
const (
	fBias = iota + 1
	fForm
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre3
	fShape
	fAmb
	fPrevForm
	fNextForm
	fPrev2Form
	fNext2Form
	fNextAmb
	fNext2Amb
	fNextAmbC
	fPrevTag
	fPrev2Tag
	fPrevTags
	fPrevPOSForm
	fPrevCoarse
	fPrep
	fPrepSuf2
	fAdj
	fAdjSuf2
	fSubj
	fVerb
	fFirst
	fLast
	fPrevFormForm
	fFormNextForm
	fSuf3Shape
	fPrevCoarseAmb
	fPrevPOSSuf3
	fNextAmbSuf2
	fGuessSuf2
	fClause
	fClauseAmbC
	fNextVerb
	fVerbPG
	fCoord
	fPrevAmb
	fVerbNear

	cfRank
	cfGuessRank
	cfRule
	cfRuleSuf
	cfLemma
	cfAgree
)

// state is what the tags chosen so far say about the phrase at hand.
type state struct {
	prev1, prev2 *tagInfo
	prep         uint64 // lemma hash of a preposition still waiting for its noun
	adj          uint64 // gender and case of the adjectives just before
	subj         uint64 // part of speech, number, person of the subject
	verb         uint64 // lemma hash of the clause's verb
	verbPG       uint64 // its number, gender, person
	verbTag      *tagInfo
	lastNoun     uint64 // part of speech and case of the last noun
	coord        bool   // the last token was a coordinating conjunction or comma
	sinceVerb    int    // tokens since the verb
	// adjTag and subjTag are the tags that set adj and subj, whose
	// refs stateRefs reads; noRefs is set once a tag without refs
	// (tagInfo.hasRefs) has come in.
	adjTag, subjTag *tagInfo
	noRefs          bool
}

var hBoundary = hashString("<S>")

func f1(t, a uint64) uint64    { return mix(mix(t, a), 0x5bd1e995) }
func f2(t, a, b uint64) uint64 { return mix(mix(t, a), b) }

// staticFeatures appends the features of t that depend on t alone.
func staticFeatures(dst []uint64, t *token) []uint64 {
	dst = append(dst,
		f1(fBias, 0),
		f1(fForm, t.hForm),
		f1(fSuf1, t.hSuf[0]),
		f1(fSuf2, t.hSuf[1]),
		f1(fSuf3, t.hSuf[2]),
		f1(fSuf4, t.hSuf[3]),
		f1(fPre3, t.hPre),
		f1(fShape, t.hShape),
		f1(fAmb, t.hAmb),
		f2(fSuf3Shape, t.hSuf[2], t.hShape),
	)
	if t.guess {
		dst = append(dst, f1(fGuessSuf2, t.hSuf[1]))
	}
	return dst
}

// The features a token gives the token it is near, by where it stands
// from that token: token.near holds them in this order.
const (
	nearPrevForm = iota // one before
	nearPrevAmb
	nearNextForm // one after
	nearNextAmb
	nearNextAmbC
	nearPrev2Form // two before
	nearNext2Form // two after
	nearNext2Amb
	numNear
)

// nearFeatures returns the features that a token of form hash form and
// ambiguity classes amb and ambC gives its neighbours, in near order,
// as features appends them; edge is the sentence boundary, which has no
// fNextAmbC (0).
func nearFeatures(form, amb, ambC uint64, edge bool) [numNear]uint64 {
	f := [numNear]uint64{
		nearPrevForm:  f1(fPrevForm, form),
		nearPrevAmb:   f1(fPrevAmb, amb),
		nearNextForm:  f1(fNextForm, form),
		nearNextAmb:   f1(fNextAmb, amb),
		nearNextAmbC:  f1(fNextAmbC, ambC),
		nearPrev2Form: f1(fPrev2Form, form),
		nearNext2Form: f1(fNext2Form, form),
		nearNext2Amb:  f1(fNext2Amb, amb),
	}
	if edge {
		f[nearNextAmbC] = 0
	}
	return f
}

// findNear returns where m keeps the weights of near features f (noRef
// for 0, no feature).
func (m *Model) findNear(f [numNear]uint64) [numNear]ref {
	var r [numNear]ref
	m.findAll(r[:0], f[:]) // fills r, which has the room
	for k, v := range f {
		if v == 0 {
			r[k] = noRef
		}
	}
	return r
}

// hasNear reports whether the tokens near token i all carry their near
// weights.
func hasNear(toks []word, i int) bool {
	for j := max(i-2, 0); j <= i+2 && j < len(toks); j++ {
		if !toks[j].hasNear {
			return false
		}
	}
	return true
}

// gatherNear returns where the weights are of the features that the
// tokens near token i give it; edge holds those of the sentence
// boundary.
func gatherNear(toks []word, i int, edge *[numNear]ref) [numNear]ref {
	at := func(j int) *[numNear]ref {
		if j < 0 || j >= len(toks) {
			return edge
		}
		return &toks[j].near
	}
	p1, n1, p2, n2 := at(i-1), at(i+1), at(i-2), at(i+2)
	return [numNear]ref{
		nearPrevForm:  p1[nearPrevForm],
		nearPrevAmb:   p1[nearPrevAmb],
		nearNextForm:  n1[nearNextForm],
		nearNextAmb:   n1[nearNextAmb],
		nearNextAmbC:  n1[nearNextAmbC],
		nearPrev2Form: p2[nearPrev2Form],
		nearNext2Form: n2[nearNext2Form],
		nearNext2Amb:  n2[nearNext2Amb],
	}
}

// features appends the features of token i to dst, without those of
// staticFeatures when the token has them summed in static, and without
// those of its neighbours' nearFeatures and of stateRefs when near is
// set. The weights are integers summed in any order, so leaving features
// out of dst to look them up apart gives the same scores.
func features(dst []uint64, toks []word, i int, st *state, near bool) []uint64 {
	t := toks[i].token
	tok := func(j int) *token {
		if j < 0 || j >= len(toks) {
			return nil
		}
		return toks[j].token
	}
	form := func(j int) uint64 {
		if u := tok(j); u != nil {
			return u.hForm
		}
		return hBoundary
	}
	amb := func(j int) uint64 {
		if u := tok(j); u != nil {
			return u.hAmb
		}
		return hBoundary
	}
	p1, p2, p1pos, p1coarse := hBoundary, hBoundary, hBoundary, hBoundary
	if st.prev1 != nil {
		p1, p1pos, p1coarse = st.prev1.hFull, st.prev1.hPOS, st.prev1.hCoarse
	}
	if st.prev2 != nil {
		p2 = st.prev2.hFull
	}
	if t.static == nil {
		dst = staticFeatures(dst, t)
	}
	// The features keep their order for the training scorer, which sums
	// float weights in it.
	if !near {
		dst = append(dst,
			f1(fPrevForm, form(i-1)),
			f1(fNextForm, form(i+1)),
			f1(fPrev2Form, form(i-2)),
			f1(fNext2Form, form(i+2)),
			f1(fNextAmb, amb(i+1)),
			f1(fNext2Amb, amb(i+2)),
			f1(fPrevTag, p1),
			f1(fPrev2Tag, p2),
			f2(fPrevTags, p1, p2),
			f2(fPrevPOSForm, p1pos, t.hForm),
			f1(fPrevCoarse, p1coarse),
		)
	} else {
		dst = append(dst,
			f2(fPrevTags, p1, p2),
			f2(fPrevPOSForm, p1pos, t.hForm),
		)
	}
	dst = append(dst,
		f2(fPrevFormForm, form(i-1), t.hForm),
		f2(fFormNextForm, t.hForm, form(i+1)),
		f2(fPrevCoarseAmb, p1coarse, t.hAmb),
		f2(fPrevPOSSuf3, p1pos, t.hSuf[2]),
		f2(fNextAmbSuf2, amb(i+1), t.hSuf[1]),
	)
	if u := tok(i + 1); u != nil && !near {
		dst = append(dst, f1(fNextAmbC, u.hAmbC))
	}
	if st.prep != 0 {
		dst = append(dst, f1(fPrep, st.prep), f2(fPrepSuf2, st.prep, t.hSuf[1]))
	}
	if st.adj != 0 {
		if !near {
			dst = append(dst, f1(fAdj, st.adj))
		}
		dst = append(dst, f2(fAdjSuf2, st.adj, t.hSuf[1]))
	}
	if st.subj != 0 && !near {
		dst = append(dst, f1(fSubj, st.subj))
	}
	if st.verb != 0 {
		dst = append(dst, f1(fVerb, st.verb))
		if !near {
			dst = append(dst, f1(fVerbPG, st.verbPG))
		}
	}
	if !near {
		dst = append(dst, f1(fPrevAmb, amb(i-1)))
	}
	if st.verb != 0 && st.sinceVerb <= 2 {
		dst = append(dst, f2(fVerbNear, st.verb, uint64(st.sinceVerb)))
	}
	if st.coord && st.lastNoun != 0 {
		dst = append(dst, f1(fCoord, st.lastNoun))
	}
	if i == 0 {
		dst = append(dst, f1(fFirst, t.hShape))
	}
	if i == len(toks)-1 && !near {
		dst = append(dst, f1(fLast, 0))
	}
	clause := st.clause()
	if !near {
		dst = append(dst, f1(fClause, clause))
	}
	dst = append(dst, f2(fClauseAmbC, clause, t.hAmbC))
	if h := nextVerbHash(toks, i); h != 0 {
		dst = append(dst, f1(fNextVerb, h))
	}
	return dst
}

// clause returns what st knows of the clause: whether it has a verb, a
// subject and a preposition waiting for its noun.
func (st *state) clause() uint64 {
	var clause uint64
	if st.verb != 0 {
		clause |= 1
	}
	if st.subj != 0 {
		clause |= 2
	}
	if st.prep != 0 {
		clause |= 4
	}
	return clause
}

// The features of a token that depend on the state alone, in the order
// stateRefs gives where their weights are.
const (
	statePrevTag = iota
	statePrev2Tag
	statePrevCoarse
	stateAdj
	stateSubj
	stateVerbPG
	stateClause
	stateLast
	numState
)

// stateRefs returns where m keeps the weights of the features of the
// token after state st that features leaves out when near is set: those
// the tags of st give it (tagFeatures; the sentence boundary's for the
// tags not there), that of the clause, and fLast when last is set. Every
// tag of st must carry its refs for m (!st.noRefs).
func (m *Model) stateRefs(st *state, last bool) [numState]ref {
	p1, p2 := &m.boundary, &m.boundary
	if st.prev1 != nil {
		p1 = &st.prev1.refs
	}
	if st.prev2 != nil {
		p2 = &st.prev2.refs
	}
	r := [numState]ref{
		statePrevTag:    p1[refPrevTag],
		statePrev2Tag:   p2[refPrev2Tag],
		statePrevCoarse: p1[refPrevCoarse],
		stateAdj:        noRef,
		stateSubj:       noRef,
		stateVerbPG:     noRef,
		stateClause:     m.clause[st.clause()],
		stateLast:       noRef,
	}
	if st.adj != 0 {
		r[stateAdj] = st.adjTag.refs[refAdj]
	}
	if st.subj != 0 {
		r[stateSubj] = st.subjTag.refs[refSubj]
	}
	if st.verb != 0 {
		r[stateVerbPG] = st.verbTag.refs[refVerbPG]
	}
	if last {
		r[stateLast] = m.last
	}
	return r
}

// advance updates st after token t got candidate c.
func (st *state) advance(t *token, c *cand) {
	ti := c.tag
	st.prev2, st.prev1 = st.prev1, ti
	st.noRefs = st.noRefs || !ti.hasRefs
	st.coord = ti.coord || t.text == ","
	st.sinceVerb++

	switch ti.kind {
	case kindPrep:
		st.prep = hashString(c.lemma)
		st.adj = 0
	case kindAdj:
		st.adj, st.adjTag = ti.hGenCas, ti
	case kindNoun:
		if ti.nom {
			st.subj, st.subjTag = ti.hPG, ti
		}
		st.lastNoun = ti.hCoarseCase
		st.prep, st.adj = 0, 0
	case kindVerb:
		st.verb, st.verbPG, st.verbTag, st.sinceVerb = hashString(c.lemma), ti.hPG, ti, 0
		st.prep, st.adj = 0, 0
	case kindPunct:
		st.prep, st.adj = 0, 0
		switch t.text {
		case ".", "!", "?", ";", "…", "...", ":":
			st.subj, st.verb, st.verbPG, st.verbTag = 0, 0, 0, nil
		}
	case kindConj:
		st.adj = 0
	case kindAdv:
	default:
		st.adj = 0
	}
}

// prepareToken fills the form features of t from its text; lower is
// scratch space that t.lower will point into.
func prepareToken(t *token, text string, lower []byte) []byte {
	t.text = text
	start := len(lower)
	lower = appendLower(lower, text)
	l := lower[start:]
	t.lower = l
	t.hForm = hashBytes(l)
	// The last one to four runes: each suffix starts one rune before
	// the one before it, which is how suffixStart(l, k+1) steps back
	// from the end, without stepping over the shorter ones again.
	i := len(l)
	for k := range t.hSuf {
		if i > 0 {
			i--
			for i > 0 && !utf8.RuneStart(l[i]) {
				i--
			}
		}
		t.hSuf[k] = hashBytes(l[i:])
	}
	t.hPre = hashBytes(l[:prefixLen(l, 3)])
	t.shape = shapeOf(text)
	return lower
}

// prefixLen returns the length in bytes of the first n runes of b, as
// utf8.DecodeRune steps over them (an invalid byte is one rune). A
// two-byte sequence, as Cyrillic letters are, is stepped over without
// decoding it: a lead byte c2-df followed by a continuation byte is
// always a valid rune of two bytes.
func prefixLen(b []byte, n int) int {
	p := 0
	for ; n > 0 && p < len(b); n-- {
		switch c := b[p]; {
		case c < utf8.RuneSelf:
			p++
		case c-0xc2 < 0xe0-0xc2 && p+1 < len(b) && b[p+1]&0xc0 == 0x80:
			p += 2
		default:
			_, size := utf8.DecodeRune(b[p:])
			p += size
		}
	}
	return p
}

// finishCands computes what depends on the candidates of t: ambiguity
// classes, the guess flag, candidate features.
func finishCands(t *token) {
	t.guess = len(t.cands) > 0
	t.verb = false
	var amb, ambC uint64
	sameTag := false // two candidates have one tag
	for i := range t.cands {
		c := &t.cands[i]
		c.caseIdx, c.kind, c.gen, c.person = c.tag.caseIdx, c.tag.kind, c.tag.gen, c.tag.person
		if !c.guess {
			t.guess = false
		}
		if c.tag.kind == kindVerb && c.tag.pos == "verb" {
			t.verb = true
		}
		// Order-independent sums, counting each tag once.
		dup := false
		for j := range i {
			if t.cands[j].tag == c.tag {
				dup = true
				break
			}
		}
		sameTag = sameTag || dup
		if !dup {
			amb += mix(c.tag.hFull, 1)
			dupC := false
			for j := range i {
				if t.cands[j].tag.hCoarseCase == c.tag.hCoarseCase {
					dupC = true
					break
				}
			}
			if !dupC {
				ambC += mix(c.tag.hCoarseCase, 2)
			}
		}
	}
	t.hAmb, t.hAmbC = amb, ambC
	sh := uint64(t.shape)
	if t.guess {
		sh |= 1 << 32
	}
	t.hShape = mix(sh, 3)
	// Candidate features.
	rank := 0
	// The rules of the lemmas met so far: guesses of several tags share
	// their lemmas.
	type lemmaKey struct {
		lemma string
		key   uint64
	}
	var kb [8]lemmaKey
	keys := kb[:0]
	for i := range t.cands {
		c := &t.cands[i]
		c.cf, c.rank = [3]uint64{}, 0
		if c.added {
			continue
		}
		if c.guess {
			r, known := uint64(0), false
			for _, k := range keys {
				if k.lemma == c.lemma {
					r, known = k.key, true
					break
				}
			}
			if !known {
				r = ruleKey(t.text, t.lower, c.lemma)
				if len(keys) < len(kb) {
					keys = append(keys, lemmaKey{c.lemma, r})
				}
			}
			c.rank = uint8(min(rank, maxGuessRank))
			c.cf[0] = rankFeature(true, c.rank)
			c.cf[1] = f1(cfRule, r)
			c.cf[2] = f2(cfRuleSuf, r, t.hSuf[1])
		} else {
			c.rank = uint8(min(rank, maxRank))
			c.cf[0] = rankFeature(false, c.rank)
			if sameTag {
				c.cf[1] = f1(cfLemma, hashString(c.lemma))
			}
		}
		rank++
	}
}

// scorer gives the weights of features for labels.
type scorer interface {
	// add adds to acc[j] the weights that the features feats have for
	// labels[j].
	add(feats []uint64, labels []uint16, acc []float32)
	// addAll adds to acc[i] the weight of feats[i] for allLabel.
	addAll(feats []uint64, acc []float32)
}

// maxCF bounds the candidate features of one candidate.
const maxCF = 4

// scratch is the working memory of tagging one sentence.
type scratch struct {
	feats  []uint64
	labels []uint16
	acc    []float32
	slot   [][numParts]int16 // per candidate, 1 + the index in labels of each part, or 0
	cscore []float32
	cfs    [][maxCF]uint64 // per candidate, its candidate features
	cflat  []uint64
	cacc   []float32
	// labelAt maps a label to 1 + its index in labels while candLabels
	// runs, and to 0 otherwise: 128 KB, of which a model's few thousand
	// labels use the first 8.
	labelAt *[1 << 16]uint16
}

// best scores the candidates of token i and returns the index of the
// best one. It leaves the features in s.feats and, unless the token is
// prepared (static) and w a modelScorer, s.cfs.
func (s *scratch) best(toks []word, i int, st *state, w scorer) int {
	t := toks[i].token
	ms, isMS := w.(*modelScorer)
	near := isMS && !st.noRefs && hasNear(toks, i)
	s.feats = features(s.feats[:0], toks, i, st, near)
	n := len(t.cands)
	labels, slot := t.labels, t.slot
	if t.static == nil {
		s.candLabels(t)
		labels, slot = s.labels, s.slot
	}
	s.cfs = slices.Grow(s.cfs[:0], n)[:n]
	s.cflat = s.cflat[:0]
	var right *token
	if next := toks[i].nextVerb; next >= 0 {
		right = toks[next].token
	}
	subj := uint64(0)
	if st.subj != 0 {
		subj = 1
	}
	// With t.static only the agreement features are left to look up,
	// and with the model's table (Model.agree) not even those.
	var cstatic []float32
	if t.static != nil {
		cstatic = t.static[len(labels):]
	}
	table := isMS && cstatic != nil
	if !table {
		for ci := range t.cands {
			c := &t.cands[ci]
			cf := &s.cfs[ci]
			*cf = [maxCF]uint64{c.cf[0], c.cf[1], c.cf[2]}
			if ti := c.tag; ti.caseIdx != 0 {
				cf[3] = agreeFeature(ti.caseIdx, ti.kind, agreeKey(ti, right, st.verbTag, subj))
			}
			if cstatic != nil {
				if cf[3] != 0 {
					s.cflat = append(s.cflat, cf[3])
				}
				continue
			}
			for _, f := range cf {
				if f != 0 {
					s.cflat = append(s.cflat, f)
				}
			}
		}
	}
	// acc[0] is a sum that stays 0, for the parts a candidate lacks
	// (slot 0); the sums of the labels follow it.
	s.acc = slices.Grow(s.acc[:0], len(labels)+1)[:len(labels)+1]
	sums := s.acc[1:]
	if t.static != nil {
		s.acc[0] = 0
		copy(sums, t.static[:len(labels)])
	} else {
		clear(s.acc)
	}
	if near {
		var found [numNear + numState]ref
		*(*[numNear]ref)(found[:]) = gatherNear(toks, i, &ms.m.edge)
		*(*[numState]ref)(found[numNear:]) = ms.m.stateRefs(st, i == len(toks)-1)
		ms.addFound(s.feats, found[:], labels, sums)
	} else {
		w.add(s.feats, labels, sums)
	}
	s.cscore = slices.Grow(s.cscore[:0], n)[:n]
	acc := s.acc
	best := 0
	if table {
		agreeW := &ms.m.agree
		// A candidate's agreement depends on its gender and person
		// alone (agree), which the candidates of a form often share.
		var gp uint16 = 1 << 15 // none yet
		var key uint64
		scores, slot, cstatic := s.cscore[:n], slot[:n], cstatic[:n]
		var top float32 // scores[best]
		for ci := range t.cands {
			sl := &slot[ci] // seven parts
			sc := acc[sl[0]] + acc[sl[1]] + acc[sl[2]] + acc[sl[3]] + acc[sl[4]] + acc[sl[5]] + acc[sl[6]]
			sc += cstatic[ci]
			// The candidate's copies of its tag's case, kind, gender
			// and person (finishCands has set them: t is prepared).
			if c := &t.cands[ci]; c.caseIdx != 0 {
				if g := uint16(c.gen)<<8 | uint16(c.person); g != gp {
					gp, key = g, agreeKey(c.tag, right, st.verbTag, subj)
				}
				sc += agreeW[agreeAt(c.caseIdx, c.kind, key)]
			}
			scores[ci] = sc
			if ci == 0 || sc > top {
				best, top = ci, sc
			}
		}
		return best
	}
	s.cacc = slices.Grow(s.cacc[:0], len(s.cflat))[:len(s.cflat)]
	clear(s.cacc)
	w.addAll(s.cflat, s.cacc)
	k := 0
	for ci := range t.cands {
		sl := &slot[ci] // seven parts
		sc := acc[sl[0]] + acc[sl[1]] + acc[sl[2]] + acc[sl[3]] + acc[sl[4]] + acc[sl[5]] + acc[sl[6]]
		if cstatic != nil {
			sc += cstatic[ci]
			if s.cfs[ci][3] != 0 {
				sc += s.cacc[k]
				k++
			}
		} else {
			for _, f := range s.cfs[ci] {
				if f != 0 {
					sc += s.cacc[k]
					k++
				}
			}
		}
		s.cscore[ci] = sc
		if sc > s.cscore[best] {
			best = ci
		}
	}
	return best
}

// agreeKey returns the values of the agreement feature of a candidate of
// tag ti (which has a case): whether it agrees with the clause's verb
// vt, with the next possible verb right (nil for none), and whether the
// clause has its subject (subj 1) or not (0). Below agreeKeys. Of ti it
// reads only what agree reads: its gender and person.
func agreeKey(ti *tagInfo, right *token, vt *tagInfo, subj uint64) uint64 {
	r := agreeNone
	if right != nil {
		r = agreeNo
		for k := range right.cands {
			if v := right.cands[k].tag; v.kind == kindVerb {
				if a := agree(ti, v); a == agreeYes || (a == agreeNeutral && r == agreeNo) {
					r = a
				}
			}
		}
	}
	return uint64(agree(ti, vt)) | uint64(r)<<2 | subj<<4
}

// agreeFeature returns the agreement feature of a candidate whose tag has
// case caseIdx and kind, with values key (agreeKey).
func agreeFeature(caseIdx uint8, kind tagKind, key uint64) uint64 {
	return f2(cfAgree, uint64(caseIdx)|uint64(kind)<<4, key)
}

// The number of caseIdx values, of tag kinds and of agreeKey values:
// Model.agree has a weight for each of them all.
const (
	numCaseIdx = 8
	numKinds   = 8
	agreeKeys  = 32
	numAgree   = numCaseIdx * numKinds * agreeKeys
)

// These fail to compile when the caseIdx values or the kinds outgrow
// the table.
const (
	_ uint = numCaseIdx - uint(len(caseNames))
	_ uint = numKinds - 1 - uint(kindAdv)
)

// agreeIndex returns the place in Model.agree of the agreement feature of
// a candidate of tag ti with values key.
func agreeIndex(ti *tagInfo, key uint64) int { return agreeAt(ti.caseIdx, ti.kind, key) }

// agreeAt is agreeIndex for a tag of case caseIdx and kind.
func agreeAt(caseIdx uint8, kind tagKind, key uint64) int {
	return (int(caseIdx)*numKinds+int(kind))*agreeKeys + int(key)
}

// A tag has the seven parts that best sums one by one: these fail to
// compile otherwise.
const (
	_ uint = numParts - 7
	_ uint = 7 - numParts
)

// candLabels sets s.labels to the labels of the parts of t's candidates,
// each once, in candidate order, and s.slot[ci][p] to 1 + the index in
// s.labels of part p of candidate ci, or to 0 for none (best keeps a
// zero sum there).
func (s *scratch) candLabels(t *token) {
	n := len(t.cands)
	s.slot = slices.Grow(s.slot[:0], n)[:n]
	if s.labelAt == nil {
		s.labelAt = new([1 << 16]uint16)
	}
	at, labels := s.labelAt, s.labels[:0]
	for ci := range t.cands {
		row := &s.slot[ci]
		for p, l := range &t.cands[ci].tag.labels {
			// at[noLabel] stays 0, the slot of none.
			k := at[l]
			if k == 0 && l != noLabel {
				labels = append(labels, l)
				k = uint16(len(labels))
				at[l] = k
			}
			row[p] = int16(k)
		}
	}
	for _, l := range labels {
		at[l] = 0
	}
	s.labels = labels
}

// lookRight fills the features of toks that depend on the tokens to their
// right but not on any decision: the next possible verb of the clause.
func lookRight(toks []word) {
	next := -1 // index of the nearest possible verb on the right, in the clause
	for i := len(toks) - 1; i >= 0; i-- {
		t := &toks[i]
		t.nextVerb = -1
		if next >= 0 && next-i <= 8 {
			t.nextVerb = int32(next)
		}
		switch {
		case t.verb:
			next = i
		case isClauseEnd(t.text):
			next = -1
		}
	}
}

// nextVerbHash returns the ambiguity class and distance of the next
// possible verb of token i's clause, or 0 for none. Computed where it is
// used, it does not take room in every token.
func nextVerbHash(toks []word, i int) uint64 {
	next := int(toks[i].nextVerb)
	if next < 0 {
		return 0
	}
	return mix(toks[next].hAmb, uint64(min(next-i, 4)))
}

func isClauseEnd(text string) bool {
	switch text {
	case ",", ".", "!", "?", ";", ":", "—", "–", "-", "(", ")", "«", "»", "…", "...":
		return true
	}
	return false
}
