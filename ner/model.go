package ner

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/cluster"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
)

// Model is a trained entity tagger. It is immutable and safe for
// concurrent use; Open reads it in place from the model file's bytes.
type Model struct {
	data    []byte
	set     uint32
	meta    string
	nl      int       // number of labels
	scale   float32   // weight = int16 value × scale
	trans   []float32 // (nl+2)×nl: row nl is start, row nl+1 is end (end[l] at [nl+1][l])
	index   []byte    // (1<<16)+1 little-endian uint32: first key of each bucket
	keys    []byte    // nFeat uint16: low half of the feature hash
	woff    []byte    // nFeat+1 uint32: first weight of each feature
	wlabel  []byte    // nW labels
	wval    []byte    // nW int16 values
	allowed [][]uint8 // for each label, the labels that may precede it
	groups  transGroups
	gaz     Gazetteer
	clu     *cluster.Clusters // with featCluster
	lemmas  Lemmatizer
	tab     *lazyTable // shared by the copies WithGazetteer and WithLemmatizer make
	// first is the first stage of a stacked model (featStack), whose
	// labels of a document the features of this one read; nil for none.
	first *Model
	// free keeps a few findStates, whose caches hold what the features of
	// thousands of words are: a sync.Pool alone drops them at every
	// other collection, and tagging then starts over cold. pool takes
	// the states beyond them. The state put back last is taken first:
	// its caches are the warmest, and when one Find at a time runs,
	// all of them use one state and its caches.
	mu   sync.Mutex
	free []*findState
	pool sync.Pool
}

// keptStates is how many findStates a model keeps past collections.
const keptStates = 4

// lazyTable builds a model's table on first use: a model opened and never
// used for tagging (to write it out, or read its metadata) costs no more
// than its file.
type lazyTable struct {
	once sync.Once
	t    *table
}

// table returns the feature table laid out for tagging.
func (m *Model) table() *table {
	m.tab.once.Do(func() { m.tab.t = newTable(m) })
	return m.tab.t
}

const (
	magic      = "VNER"
	version    = 1
	bucketBits = 16
)

// Meta returns the model's metadata: training data, its licence, options.
func (m *Model) Meta() string { return m.meta }

// UsesMorphology reports whether the model was trained with morphology
// features; Find then expects Token.Lemma and Token.Tag filled.
func (m *Model) UsesMorphology() bool { return m.set&featMorph != 0 }

// UsesGazetteer reports whether the model wants a Gazetteer (WithGazetteer).
func (m *Model) UsesGazetteer() bool { return m.set&featGaz != 0 }

// WithGazetteer returns a copy of m that looks words up in g. A model
// trained with gazetteer features needs the same lists to find well.
func (m *Model) WithGazetteer(g Gazetteer) *Model {
	c := m.clone()
	c.gaz = g
	if c.first != nil {
		c.first = c.first.WithGazetteer(g)
	}
	if k, ok := g.(interface{ KnownAs(name, typ string) bool }); ok && c.lemmas.Known == nil {
		c.lemmas.Known = k.KnownAs
	}
	return c
}

// WithLemmatizer returns a copy of m that computes base forms with lz (a
// lexicon and a list of known names make them better than suffix rules
// alone). WithGazetteer sets lz.Known when the gazetteer has a
// KnownAs method and lz has none.
func (m *Model) WithLemmatizer(lz Lemmatizer) *Model {
	c := m.clone()
	c.lemmas = lz
	return c
}

func (m *Model) clone() *Model {
	return &Model{data: m.data, set: m.set, meta: m.meta, nl: m.nl, scale: m.scale, trans: m.trans,
		index: m.index, keys: m.keys, woff: m.woff, wlabel: m.wlabel, wval: m.wval, allowed: m.allowed, groups: m.groups,
		gaz: m.gaz, clu: m.clu, lemmas: m.lemmas, tab: m.tab, first: m.first}
}

// Size returns the size of the model file in bytes.
func (m *Model) Size() int { return len(m.data) }

// WriteTo writes the model file.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(m.data)
	return int64(n), err
}

// modelParts is a model before serialisation.
type modelParts struct {
	set    uint32
	meta   string
	trans  []float32
	hashes []uint32  // sorted feature hashes
	wts    [][]int16 // per feature: dense weights by label, quantised
	scale  float32
	first  []byte // with featStack: the first stage's model file
}

func (p *modelParts) encode() []byte {
	nl := numLabels
	le := binary.LittleEndian
	var b []byte
	b = append(b, magic...)
	b = le.AppendUint32(b, version)
	b = le.AppendUint32(b, p.set)
	b = le.AppendUint32(b, uint32(nl))
	names := strings.Join(Types, ",")
	b = le.AppendUint32(b, uint32(len(names)))
	b = append(b, names...)
	b = le.AppendUint32(b, uint32(len(p.meta)))
	b = append(b, p.meta...)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	b = le.AppendUint32(b, math.Float32bits(p.scale))
	for _, x := range p.trans {
		b = le.AppendUint32(b, math.Float32bits(x))
	}
	n := len(p.hashes)
	b = le.AppendUint32(b, uint32(n))
	// bucket index
	j := 0
	for bk := 0; bk <= 1<<bucketBits; bk++ {
		for j < n && int(p.hashes[j]>>(32-bucketBits)) < bk {
			j++
		}
		b = le.AppendUint32(b, uint32(j))
	}
	for _, h := range p.hashes {
		b = le.AppendUint16(b, uint16(h))
	}
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	off := 0
	var labels []byte
	var vals []byte
	for _, w := range p.wts {
		b = le.AppendUint32(b, uint32(off))
		for l, v := range w {
			if v != 0 {
				labels = append(labels, byte(l))
				vals = le.AppendUint16(vals, uint16(v))
				off++
			}
		}
	}
	b = le.AppendUint32(b, uint32(off))
	b = le.AppendUint32(b, uint32(off))
	b = append(b, labels...)
	for len(b)%2 != 0 {
		b = append(b, 0)
	}
	b = append(b, vals...)
	if p.set&featStack != 0 {
		for len(b)%4 != 0 {
			b = append(b, 0)
		}
		b = le.AppendUint32(b, uint32(len(p.first)))
		b = append(b, p.first...)
	}
	return b
}

// Open reads a model file. It keeps data and reads the weights from it in
// place; data must not change afterwards.
func Open(data []byte) (*Model, error) {
	m, err := open(data, nil)
	if err != nil {
		return nil, vistka.Errorf(vistka.EINVALID, "open entity model: %v", err)
	}
	return m, nil
}

// open reads a model; a model with word-class features uses clu, or the
// embedded classes when clu is nil.
func open(data []byte, clu *cluster.Clusters) (*Model, error) {
	le := binary.LittleEndian
	r := reader{b: data}
	if string(r.bytes(4)) != magic {
		return nil, fmt.Errorf("not an entity model")
	}
	if v := r.u32(); v != version {
		return nil, fmt.Errorf("model version %d, want %d", v, version)
	}
	m := &Model{data: data}
	m.set = r.u32()
	if m.set&featCluster != 0 {
		if clu == nil {
			var err error
			if clu, err = cluster.Default(); err != nil {
				return nil, err
			}
		}
		m.clu = clu
	}
	m.nl = int(r.u32())
	if m.nl != numLabels || m.nl > maxLabels {
		return nil, fmt.Errorf("model has %d labels, want %d", m.nl, numLabels)
	}
	names := string(r.bytes(int(r.u32())))
	if names != strings.Join(Types, ",") {
		return nil, fmt.Errorf("model types %q differ", names)
	}
	m.meta = string(r.bytes(int(r.u32())))
	r.align(4)
	m.scale = math.Float32frombits(r.u32())
	m.trans = make([]float32, (m.nl+2)*m.nl)
	for i := range m.trans {
		m.trans[i] = math.Float32frombits(r.u32())
	}
	n := int(r.u32())
	m.index = r.bytes(4 * (1<<bucketBits + 1))
	m.keys = r.bytes(2 * n)
	r.align(4)
	m.woff = r.bytes(4 * (n + 1))
	nw := int(r.u32())
	m.wlabel = r.bytes(nw)
	r.align(2)
	m.wval = r.bytes(2 * nw)
	if m.set&featStack != 0 {
		r.align(4)
		inner := r.bytes(int(r.u32()))
		if r.err != nil {
			return nil, r.err
		}
		first, err := open(inner, clu)
		if err != nil {
			return nil, fmt.Errorf("first stage: %v", err)
		}
		if first.set&featStack != 0 {
			return nil, fmt.Errorf("first stage is stacked")
		}
		m.first = first
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.off != len(data) {
		return nil, fmt.Errorf("%d trailing bytes", len(data)-r.off)
	}
	// Validate the index so that lookups never go out of range.
	prev := uint32(0)
	for i := 0; i <= 1<<bucketBits; i++ {
		v := le.Uint32(m.index[4*i:])
		if v < prev || int(v) > n {
			return nil, fmt.Errorf("corrupt feature index")
		}
		prev = v
	}
	if int(prev) != n {
		return nil, fmt.Errorf("corrupt feature index")
	}
	// The keys of a bucket ascend: the file's lookup is a binary search,
	// and the table's stops at a larger hash (table.find).
	for bk := range 1 << bucketBits {
		lo, hi := int(le.Uint32(m.index[4*bk:])), int(le.Uint32(m.index[4*bk+4:]))
		for j := lo + 1; j < hi; j++ {
			if le.Uint16(m.keys[2*j:]) < le.Uint16(m.keys[2*j-2:]) {
				return nil, fmt.Errorf("feature keys out of order")
			}
		}
	}
	if nw > maxWeights {
		return nil, fmt.Errorf("%d weights, at most %d", nw, maxWeights)
	}
	prev = 0
	for i := 0; i <= n; i++ {
		v := le.Uint32(m.woff[4*i:])
		if v < prev || int(v) > nw || (i > 0 && v-prev > uint32(m.nl)) {
			return nil, fmt.Errorf("corrupt weight offsets")
		}
		prev = v
	}
	for _, l := range m.wlabel {
		if int(l) >= m.nl {
			return nil, fmt.Errorf("corrupt weight label %d", l)
		}
	}
	m.allowed = allowedTransitions()
	m.groups = groupTransitions(m.trans, m.allowed)
	m.tab = &lazyTable{}
	return m, nil
}

type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.off {
		r.err = fmt.Errorf("truncated at byte %d", r.off)
		return nil
	}
	s := r.b[r.off : r.off+n : r.off+n]
	r.off += n
	return s
}

func (r *reader) u32() uint32 {
	s := r.bytes(4)
	if s == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(s)
}

func (r *reader) align(k int) {
	for r.err == nil && r.off%k != 0 {
		r.bytes(1)
	}
}

// allowedTransitions gives the BILOU grammar as the labels that may
// precede each label: after O, L or U come O, B, U; after B or I of a
// type come I or L of the same type.
func allowedTransitions() [][]uint8 {
	nl := numLabels
	a := make([][]uint8, nl)
	for c := range nl {
		for p := range nl {
			if legal(p, c) {
				a[c] = append(a[c], uint8(p))
			}
		}
	}
	return a
}

func legal(p, c int) bool {
	open := p != 0 && (labelPos(p) == bTag || labelPos(p) == iTag)
	if open {
		return c != 0 && labelType(c) == labelType(p) && (labelPos(c) == iTag || labelPos(c) == lTag)
	}
	return c == 0 || labelPos(c) == bTag || labelPos(c) == uTag
}

func legalStart(c int) bool { return c == 0 || labelPos(c) == bTag || labelPos(c) == uTag }

func legalEnd(c int) bool { return c == 0 || labelPos(c) == lTag || labelPos(c) == uTag }

// starts and ends are legalStart and legalEnd by label, which begin and
// backtrace ask of every label of a sentence.
var starts, ends = legalTable(legalStart), legalTable(legalEnd)

func legalTable(legal func(int) bool) (t [maxLabels]bool) {
	for c := range t {
		t[c] = legal(c)
	}
	return t
}

func fold(h uint64) uint32 { return uint32(h ^ h>>32) }

type findState struct {
	f      featurizer
	hist   map[string]uint16
	sums   []int32 // per token and label: the weights summed before scaling
	labels []uint8
	// bases remembers the base forms of spans by their type and tokens
	// (text, lemma, tag): names recur across documents, and a base form
	// depends on nothing else. It is cleared when it grows past maxCached.
	bases map[string]string
	key   []byte
	words wordMemo // the words of spans base forms read
	vit   viterbi
}

// Find tags each sentence and returns the entity spans found, outermost
// only, in code points into the text the sentences were read from. The
// sentences are one document: mentions of a word elsewhere in them are
// features. The tokens should carry Lemma and Tag when UsesMorphology
// reports true (base forms use them too). Span.Text is the span's tokens
// joined as the offsets say (one space where the text has any gap);
// Span.Lemma is the base form for PERS, LOC, ORG, MISC and JOB, the text
// otherwise.
func (m *Model) Find(sentences []vistka.Sentence) []vistka.Span {
	spans, _ := m.find(sentences, false)
	return spans
}

// docState returns a tagging state set up for the document of
// sentences: the model's feature set, gazetteer and word classes, the
// document's statistics and an empty history. setDoc sees the
// pipeline's tokens; the few Refine would split do not matter to it.
func (m *Model) docState(sentences []vistka.Sentence) *findState {
	st := m.state()
	st.f.set, st.f.gaz, st.f.clu = m.set, m.gaz, m.clu
	st.f.setDoc(sentences)
	if m.set&featHist != 0 {
		if st.hist == nil || len(st.hist) > maxCached {
			st.hist = map[string]uint16{}
		} else {
			clear(st.hist)
		}
		st.f.hist = st.hist
	}
	return st
}

// find is Find; with keep, it returns the refined sentences too.
func (m *Model) find(sentences []vistka.Sentence, keep bool) ([]vistka.Span, []vistka.Sentence) {
	st := m.docState(sentences)
	var spans []vistka.Span
	var refined []vistka.Sentence
	if keep || m.first != nil {
		refined = make([]vistka.Sentence, len(sentences))
	}
	if m.first != nil {
		// The second stage of a stacked model reads what the first
		// said of the whole document.
		for i := range sentences {
			refined[i] = Refine(sentences[i])
		}
		st.f.setStack(refined, m.first.labelDoc(sentences, withGuillemets(refined)))
	}
	for i := range sentences {
		var rs vistka.Sentence
		if m.first != nil {
			rs = refined[i]
		} else {
			rs = Refine(sentences[i])
			if keep {
				refined[i] = rs
			}
		}
		s := &rs
		if len(s.Tokens) == 0 {
			continue
		}
		asWritten := s.Tokens // the tokens with their straight quotation marks, if any
		if straightQuotes(s.Tokens) {
			s.Tokens = guillemets(s.Tokens)
		}
		st.f.known = st.f.wordsOf(i, sentences[i].Tokens, s.Tokens)
		st.f.stkSent = i
		st.labels = m.tag(st, s, st.labels)
		st.f.known = nil
		if st.f.hist != nil {
			remember(st.f.hist, st.f.keys, st.labels)
		}
		n := len(spans)
		spans = decode(s, nil, st.labels, spans)
		spans = joinParticles(s, spans, n)
		spans = trimSpans(s, spans, n)
		if geoBackoff {
			spans = addGeoNames(s, spans, n)
		}
		gated := gates
		var bits sentBits
		if gated {
			bits = summarize(s.Tokens)
		}
		// the span bits are made anew only after a rule has run: a
		// skipped rule leaves the spans as they were
		fresh := false
		for i := range spanRules {
			r := &spanRules[i]
			if !*r.on {
				continue
			}
			if need := r.need; need != 0 && gated {
				if need&spanBits != 0 && !fresh {
					bits = bits&^spanBits | spanSum(spans[n:])
					fresh = true
				}
				if bits&need == 0 {
					if gateCheck {
						checkGate(r.rule, s.Tokens, spans, n)
					}
					continue
				}
			}
			spans = r.rule(s.Tokens, spans, n)
			fresh = false
		}
		if &asWritten[0] != &s.Tokens[0] {
			// the names as written: the quotation marks are the text's
			s.Tokens = asWritten
			for k := n; k < len(spans); k++ {
				if from, to := vistka.TokensIn(s.Tokens, spans[k].Start, spans[k].End); to > from {
					spans[k].Text = joinTokens(s.Tokens[from:to])
				}
			}
		}
		for k := n; k < len(spans); k++ {
			sp := &spans[k]
			if !lemmaType(sp.Type) {
				sp.Lemma = sp.Text // what BaseForm gives them
				continue
			}
			from, to := vistka.TokensIn(s.Tokens, sp.Start, sp.End)
			sp.Lemma = m.baseForm(st, sp.Type, sp.Text, s.Tokens[from:to])
			if parts := Conjuncts(s.Tokens[from:to]); sp.Type == "PERS" && len(parts) > 1 {
				// "Миколу та Ларису Онул": each name in its base form
				sp.Lemma = m.joinedBase(st, sp.Type, s.Tokens[from:to], parts)
			}
			if sp.Type == "PERS" && (notDative(s.Tokens, from, to) || titledSubject(s.Tokens, from, to) || womansSurname(s.Tokens, from, to) || womansNameBeside(s.Tokens, from, to) || titledNominative(s.Tokens, spans[n:k], from, to) || foreignWomen && indeclinableName(s.Tokens, from, to) || titledCaseClash(s.Tokens, from, to) || nominativeBeside(s.Tokens, from, to)) {
				sp.Lemma = sp.Text
			}
			if sp.Type == "PERS" && to-from > 1 && sp.Lemma == sp.Text {
				sp.Lemma = afterPreposition(s.Tokens, from, to, sp.Lemma)
			}
			if sp.Type == "PERS" && to-from > 1 {
				m.fixCountryName(sp, s.Tokens[from:to])
				if l := sharedSurname(s.Tokens, from, to, sp.Lemma); l != sp.Lemma {
					sp.Lemma = l
					if k > n {
						giveSurname(&spans[k-1], s.Tokens, from-1, s.Tokens[to-1].Lemma)
					}
				}
			}
			if sp.Type == "ORG" && countriesAsBodies && countryAsBody(s.Tokens, from, sp.Lemma) {
				sp.Type = "LOC"
			}
			if sp.Type == "LOC" && routePlace(s.Tokens, from, to) {
				sp.Lemma = sp.Text // «Шегині – Медика»: as written
			}
			if sp.Type == "LOC" {
				sp.Lemma = m.lemmas.kindApposition(s.Tokens, from, to, sp.Lemma)
				sp.Lemma = m.lemmas.streetName(s.Tokens, from, to, sp.Lemma)
				if name, ok := worldRegionName(s.Tokens[from:to]); ok && worldRegions {
					sp.Lemma = name
				}
			}
		}
		if regionLists {
			regionListBases(s.Tokens, spans[n:])
			abbrevRegionBases(s.Tokens, spans[n:])
		}
	}
	m.release(st)
	if spelledAcronyms {
		spans = addSpelledAcronyms(sentences, spans, m.lemmas.BaseForm)
	}
	m.fixCountries(spans)
	if placeBases {
		m.harmonizePlaceBases(sentences, spans)
	}
	var proven []string
	if kindProven {
		proven = provenCompanies(sentences, spans)
	}
	if harmonize {
		harmonizeTypes(spans)
	}
	spreadProvenCompanies(proven, spans)
	if placeNames {
		harmonizePlaces(spans)
	}
	if propagate {
		spans = m.propagate(sentences, spans)
	}
	if placeFormsOn {
		spans = m.linkPlaceForms(sentences, spans)
	}
	if surnamePlaces {
		surnamesNotPlaces(spans)
		placesNotSurnames(spans)
	}
	if miscToOrg {
		spans = orgOverMisc(spans)
	}
	if quoteSplits {
		spans = joinSplitQuotes(sentences, spans)
	}
	if jobSpreads {
		spans = spreadJobs(sentences, spans, m.lemmas.BaseForm)
	}
	return spans, refined
}

// labelDoc returns the labels the model gives the tokens of refined,
// the sentences of one document as Refine leaves them, as find tags
// them: the first stage of a stacked model.
func (m *Model) labelDoc(sentences, refined []vistka.Sentence) [][]uint8 {
	st := m.docState(sentences)
	out := make([][]uint8, len(refined))
	for i := range refined {
		s := &refined[i]
		if len(s.Tokens) == 0 {
			continue
		}
		st.f.known = st.f.wordsOf(i, sentences[i].Tokens, s.Tokens)
		out[i] = m.tag(st, s, nil)
		st.f.known = nil
		if st.f.hist != nil {
			remember(st.f.hist, st.f.keys, out[i])
		}
	}
	m.release(st)
	return out
}

// release gives back a findState that state returned.
func (m *Model) release(st *findState) {
	st.f.hist, st.f.stk = nil, nil
	m.mu.Lock()
	if len(m.free) < keptStates {
		m.free = append(m.free, st)
		st = nil
	}
	m.mu.Unlock()
	if st != nil {
		m.pool.Put(st)
	}
}

// state returns a findState to tag with.
func (m *Model) state() *findState {
	m.mu.Lock()
	if n := len(m.free); n > 0 {
		st := m.free[n-1]
		m.free[n-1] = nil
		m.free = m.free[:n-1]
		m.mu.Unlock()
		return st
	}
	m.mu.Unlock()
	if st, ok := m.pool.Get().(*findState); ok {
		return st
	}
	return &findState{f: featurizer{tab: m.table()}}
}

// tag predicts the labels of one sentence.
func (m *Model) tag(st *findState, s *vistka.Sentence, labels []uint8) []uint8 {
	n, nl := len(s.Tokens), m.nl
	// Room past the sums for the rows decodeGroups reads (rowLen).
	st.sums = slices.Grow(st.sums[:0], n*nl+rowLen)[:n*nl]
	// The weights are integers of one scale: summed as integers and
	// scaled once, they cost no conversion each.
	st.f.score(s, nl, st.sums)
	return st.vit.decodeGroups(st.sums, m.scale, n, nl, m.trans, &m.groups, labels)
}

type viterbi struct {
	delta []float32
	back  []uint8
	order []uint8 // contenders: indices of predecessors
}

// decode finds the best legal label sequence for emission scores em (n×nl)
// and transitions trans.
func (v *viterbi) decode(em []float32, n, nl int, trans []float32, allowed [][]uint8, labels []uint8) []uint8 {
	end := v.begin(em, n, nl, trans)
	for i := 1; i < n; i++ {
		prev := v.delta[(i-1)*nl : i*nl]
		cur := v.delta[i*nl : (i+1)*nl]
		back := v.back[i*nl : (i+1)*nl]
		for c := range nl {
			best, arg := neg, 0
			for _, p := range allowed[c] {
				if s := prev[p] + trans[int(p)*nl+c]; s > best {
					best, arg = s, int(p)
				}
			}
			cur[c] = best + em[i*nl+c]
			back[c] = uint8(arg)
		}
	}
	return v.backtrace(n, nl, end, labels)
}

// neg is the score of what may not be.
const neg = float32(-1e30)

// begin sizes the lattice for n tokens, scores the first token's labels
// with the start transitions and returns the end transitions.
func (v *viterbi) begin(em []float32, n, nl int, trans []float32) (end []float32) {
	v.delta = slices.Grow(v.delta[:0], n*nl)[:n*nl]
	v.back = slices.Grow(v.back[:0], n*nl)[:n*nl]
	start := trans[nl*nl : nl*nl+nl]
	for c := range nl {
		if starts[c] {
			v.delta[c] = em[c] + start[c]
		} else {
			v.delta[c] = neg
		}
	}
	return trans[(nl+1)*nl : (nl+2)*nl]
}

// backtrace picks the best label that may end a sentence of n tokens and
// follows the back pointers from it.
func (v *viterbi) backtrace(n, nl int, end []float32, labels []uint8) []uint8 {
	best, arg := neg, 0
	last := v.delta[(n-1)*nl : n*nl]
	for c := range nl {
		if !ends[c] {
			continue
		}
		if s := last[c] + end[c]; s > best {
			best, arg = s, c
		}
	}
	labels = slices.Grow(labels[:0], n)[:n]
	for i := n - 1; i >= 0; i-- {
		labels[i] = uint8(arg)
		arg = int(v.back[i*nl+arg])
	}
	return labels
}

// harmonize turns on harmonizeTypes; a variable for experiments.
var harmonize = true

// harmonizeTypes gives every span of the same text in a document the type
// most of them have: a name keeps its type across mentions. Ties keep
// what the tagger said.
func harmonizeTypes(spans []vistka.Span) {
	// The spans by their text lower-cased (most are names): the group of
	// each, then the spans of each group together.
	groups := make(map[string]int32, len(spans))
	group := make([]int32, len(spans))
	var sizes []int32
	var buf [64]byte
	low := buf[:0] // the text lower-cased: a string is made for new keys only
	for i := range spans {
		low = scan.AppendLower(low[:0], spans[i].Text)
		g, ok := groups[string(low)]
		if !ok {
			g = int32(len(sizes))
			if t := spans[i].Text; string(low) == t {
				groups[t] = g // lower case already: the text is the key
			} else {
				groups[string(low)] = g
			}
			sizes = append(sizes, 0)
		}
		group[i] = g
		sizes[g]++
	}
	if len(sizes) == len(spans) {
		return // no text twice
	}
	at := make([]int32, len(sizes)+1) // the group's first in order
	for g, n := range sizes {
		at[g+1] = at[g] + n
	}
	order := make([]int32, len(spans))
	next := slices.Clone(at[:len(sizes)])
	for i, g := range group {
		order[next[g]] = int32(i)
		next[g]++
	}
	type vote struct {
		typ string
		n   int
	}
	var votes []vote
	count := func(typ string) int {
		for _, v := range votes {
			if v.typ == typ {
				return v.n
			}
		}
		return 0
	}
	for g := range sizes {
		members := order[at[g]:at[g+1]]
		if len(members) < 2 {
			continue
		}
		votes = votes[:0]
		for _, i := range members {
			k := slices.IndexFunc(votes, func(v vote) bool { return v.typ == spans[i].Type })
			if k < 0 {
				votes = append(votes, vote{spans[i].Type, 1})
			} else {
				votes[k].n++
			}
		}
		if len(votes) < 2 {
			continue
		}
		for _, i := range members {
			best, n := spans[i].Type, count(spans[i].Type)
			for _, t := range Types {
				if c := count(t); c > n {
					best, n = t, c
				}
			}
			spans[i].Type = best
		}
	}
}

// spanRules are the rules after decoding that read a sentence's tagged
// tokens, in the order they run, each with the variable that turns it on
// for experiments. A rule changes or adds spans among spans[from:], the
// sentence's.
var spanRules = []struct {
	on   *bool
	rule func(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span
	// need is what a sentence must hold for the rule to fire on it:
	// one of these sentBits at least (none: the rule always runs).
	need sentBits
}{
	{&seats, tagSeats, seatsNeed}, {&branches, joinBranches, 0}, {&namedAfterRule, joinNamedAfter, 0}, {&numericDates, fixNumericDates, numericDatesNeed}, {&periods, makePeriods, 0},
	{&streets, addStreetWords, 0}, {&firstNames, joinFirstNames, 0}, {&orgAnd, joinOrgAnd, 0},
	{&surnames, addSurnames, 0}, {&personMisc, miscPersons, 0}, {&placeKinds, retypePlaceKinds, 0}, {&placesIn, retypePlacesIn, 0}, {&townObjects, retypeTownObjects, 0}, {&womensTitles, addWomensTitles, womensTitlesNeed}, {&arabicNames, joinArabicParticles, 0},
	{&mediaSources, retypeMediaSources, 0}, {&streetLists, retypeStreetLists, streetListsNeed}, {&orgKinds, retypeOrgKinds, 0},
	{&sharedSurnames, joinSharedSurnames, sbPERS}, {&sharedHeads, joinSharedHeads, 0}, {&possessives, addPossessives, possessivesNeed},
	{&rateUnits, joinRateUnits, 0}, {&stateBodies, retypeStateBodies, 0}, {&stateAbbrevs, retypeStateAbbrevs, 0}, {&ages, dropAges, 0},
	{&titleBodies, splitTitleBodies, 0}, {&runOns, cutRunOns, 0}, {&countedTails, cutCountedTails, sbDigit}, {&conjBodies, cutConjoinedBodies, sbORG}, {&weekdayTails, cutWeekdayTails, 0}, {&possessiveHeads, cutPossessiveHeads, 0},
	{&jobAdjectives, addJobAdjectives, 0}, {&quotedPlaces, retypeQuotedPlaces, quotedPlacesNeed}, {&quotedWorks, retypeQuotedWorks, quotedPlacesNeed},
	{&monthRanges, addMonthRanges, monthRangesNeed}, {&nameTitles, splitNameTitles, sbPERS}, {&titlePersons, addTitlePersons, titlePersonsNeed}, {&ministerFields, addMinisterFields, 0}, {&ministryFields, addMinistryFields, 0}, {&commonOrgs, retypeCommonOrgs, 0},
	{&scriptures, retypeScriptures, 0}, {&namedLandmarks, joinNamedLandmarks, sbPERS | sbLOC}, {&capsAbbrevs, cutCapsAbbrevs, sbPERS}, {&capsPersons, retypeCapsPersons, sbPERS}, {&commonAcronyms, dropCommonAcronyms, 0},
	{&bracketCuts, cutOpenBrackets, bracketCutsNeed}, {&quoteCloses, closeQuotedNames, quoteClosesNeed}, {&glossTypes, retypeGlosses, 0}, {&latinRuns, joinLatinRuns, 0}, {&latinPersons, retypeLatinPersons, latinPersonsNeed}, {&latinCompanies, retypeLatinCompanies, 0}, {&degrees, addDegrees, 0},
	{&quotedLists, tagQuotedLists, quotedListsNeed}, {&initialDots, addInitialDots, 0}, {&placeAdjectives, addPlaceAdjectives, 0},
	{&slashAgencies, retypeSlashAgencies, 0}, {&capitalHeads, joinBodyHeads, 0}, {&adjBodies, addAdjBodies, adjBodiesNeed}, {&adjTails, addAdjTails, adjTailsNeed}, {&titleCountries, addTitleCountries, titleCountriesNeed}, {&bodyCountries, joinBodyCountries, bodyCountriesNeed},
	{&reportSources, addReportSources, 0}, {&newsrooms, retypeNewsrooms, newsroomsNeed}, {&quotedBodies, retypeQuotedBodies, 0}, {&bodyPlaces, retypeBodyPlaces, 0},
	{&adminAbbrevs, addAdminAbbrevs, adminAbbrevsNeed}, {&councils, joinCouncils, councilsNeed}, {&persNouns, retypePersNouns, 0}, {&adjLandmarks, joinAdjLandmarks, 0},
	{&titleOrgs, addTitleOrgs, titleOrgsNeed}, {&coordJobs, addCoordinatedJobs, 0}, {&teacherSubjects, addTeacherSubjects, teacherSubjectsNeed}, {&dollarCountries, joinDollarCountries, 0}, {&deputyTitles, addDeputyTitles, 0},
	{&measures, addMeasures, measuresNeed}, {&patronymics, joinPatronymics, 0}, {&initialCuts, cutAfterInitials, 0}, {&settlements, addSettlements, 0}, {&regnals, addRegnals, 0}, {&unitTypes, retypeUnitSpans, 0}, {&unitTypes, addPercents, percentsNeed}, {&clockTimes, addClockTimes, clockTimesNeed}, {&monthsIn, addMonthsIn, monthsInNeed}, {&platformCuts, cutPlatforms, 0},
	{&quotedSpeeches, dropQuotedSpeech, 0}, {&parliaments, tagParliaments, parliamentsNeed}, {&orgTails, addOrgTails, 0}, {&missionPlaces, joinMissionPlaces, sbLOC}, {&fieldOrgs, addFieldOrgs, 0}, {&regionLists, splitRegionLists, sbLOC}, {&codeArticles, addCodeArticles, codeArticlesNeed}, {&durations, addDurations, durationsNeed}, {&forces, addForces, sbForce}, {&bodyTails, joinBodyTails, bodyTailsNeed}, {&unitAcronyms, joinUnitAcronyms, unitAcronymsNeed}, {&currencies, addCurrencies, currenciesNeed}, {&orgPersons, cutOrgPersons, orgPersonsNeed}, {&headGenitives, cutHeadGenitives, sbORG}, {&womensTitles, addWomensTitles, womensTitlesNeed}, {&memberJobs, splitMemberJobs, 0}, {&initialAdjectives, dropInitialAdjectives, sbLOC},
	{&moneyDates, splitMoneyDates, moneyDatesNeed}, {&citedOutlets, retypeCitedOutlets, 0}, {&countryPersons, splitCountryPersons, sbPERS}, {&firstNameRuns, joinFirstNameRuns, sbPERS}, {&middleNames, joinMiddleNames, sbPERS}, {&unknownPairs, joinUnknownPairs, sbPERS}, {&titleNames, addTitleNames, 0}, {&foreignParliaments, tagForeignParliaments, 0}, {&asciiQuotes, closeASCIIQuoted, 0},
	{&eventNames, retypeEvents, 0}, {&countAmounts, dropCountAmounts, 0}, {&actNumbers, addActNumbers, sbDigit}, {&orgPairs, splitOrgPairs, 0}, {&caseSeams, splitCaseSeams, sbORG}, {&initialTitles, splitInitialTitles, 0}, {&forceOwners, joinForceOwners, sbORG}, {&halfPeriods, retypeHalfPeriods, 0}, {&bands, retypeBands, 0},
	{&finalDots, cutFinalDots, 0}, {&weapons, retypeWeapons, 0}, {&quotedTitles, addQuotedTitles, quotedPlacesNeed}, {&quotedEvents, retypeQuotedEvents, quotedPlacesNeed}, {&placePersons, splitPlacePersons, sbPERS}, {&hromadas, retypeHromadas, sbORG}, {&areas, retypeAreas, 0}, {&militaryUnits, addMilitaryUnits, sbDigit},
	{&initialAcronyms, addInitialAcronyms, 0},
	{&dativeCountries, cutDativeCountries, sbORG},
	{&placeHeads, widenPlaceHeads, sbLOC},
	{&worldRegions, addWorldRegions, 0},
	{&foreignWomen, retypeForeignWomen, sbLOC},
	{&placeFirstNames, joinPlaceFirstNames, sbLOC},
	{&titledSurnames, retypeTitledSurnames, sbLOC},
	{&officeNames, tagOfficeNames, officeNamesNeed},
	{&titleSurnames, splitTitleSurnames, sbPERS},
	{&seats, tagSeats, seatsNeed},
	{&stateGroups, addStateGroups, 0},
	{&commonAbbrevs, dropCommonAbbrevs, 0},
	{&quoteOpeners, dropQuoteOpeners, 0},
	{&quotedFirms, addQuotedFirms, 0},
	{&adjPersons, dropAdjPersons, sbPERS},
	{&commonCities, addCommonCities, 0},
	{&adjNouns, retypeAdjNouns, sbPERS},
	{&abbrPersons, cutAbbrPersons, sbPERS},
	{&callSigns, tagCallSigns, sbQuote},
	{&degreeCuts, cutDegreeWords, sbORG},
	{&seeTitles, addSeeTitles, 0},
	{&proceduralLeads, cutProceduralLeads, sbORG},
	{&personOrgs, retypePersonOrgs, sbORG},
	{&outletAdjectives, cutOutletAdjectives, sbPERS},
	{&remitClauses, joinRemitClauses, 0},
	{&datelineTowns, addDatelineTowns, 0},
	{&kindCuts, cutKindWords, sbORG},
	{&peopleHeads, cutPeopleHeads, sbORG | sbLOC},
	{&commonHeads, cutCommonHeads, sbORG | sbLOC},
	{&titledPlaces, splitTitledPlaces, sbLOC},
	{&plantNames, widenPlantNames, sbUpperAdj},
	{&latinCommons, dropLatinCommons, 0},
	{&siteNames, joinSiteNames, 0},
	{&routePlaces, splitRoutePlaces, 0},
}

// placeNames turns on harmonizePlaces; a variable for experiments.
var placeNames = true

// harmonizePlaces makes a one-word PERS span a LOC when its base form is
// that of a LOC span in the same document and the gazetteer lists it as a
// settlement: "порт в Ізмаїлі" then "інфраструктуру Ізмаїла", which the
// tagger may read as the first name Ізмаїл.
func harmonizePlaces(spans []vistka.Span) {
	places := map[string]bool{}
	for _, s := range spans {
		if s.Type == "LOC" && !strings.Contains(s.Text, " ") {
			places[s.Lemma] = true
		}
	}
	if len(places) == 0 {
		return
	}
	for i := range spans {
		s := &spans[i]
		if s.Type == "PERS" && !strings.Contains(s.Text, " ") && places[s.Lemma] && gazetteer.Lookup(s.Lemma)&gazetteer.Settlement != 0 {
			s.Type = "LOC"
		}
	}
}

var propagate = true

// surnameAlone turns on propagating the surname of a full name, in its
// base form, to where it stands alone; a variable for experiments.
var surnameAlone = true

// geoBackoff turns on addGeoNames.
var geoBackoff = true

// propagate adds, for every capitalised single-word or multi-word name the
// tagger found, the other mentions of exactly the same tokens that it
// missed in the document.
func (m *Model) propagate(sents []vistka.Sentence, spans []vistka.Span) []vistka.Span {
	// The names, each its words in words, from one array for all; those
	// of one first word are linked in order of first appearance, the
	// first of them in heads.
	type name struct {
		from, to int32 // in words
		next     int32 // the next name of the same first word, or -1
		typ      string
	}
	var words []string
	var list []name
	heads := make(map[string]int32, len(spans))
	add := func(from int, typ string) {
		k := int32(len(list))
		list = append(list, name{int32(from), int32(len(words)), -1, typ})
		h, ok := heads[words[from]]
		if !ok {
			heads[words[from]] = k
			return
		}
		for list[h].next >= 0 {
			h = list[h].next
		}
		list[h].next = k
	}
	seen := make(map[string]bool, len(spans))
	var retype []string // initials of bodies, which the model may have read as a thing
	for _, s := range spans {
		if s.Type != "PERS" && s.Type != "LOC" && s.Type != "ORG" {
			continue
		}
		if seen[s.Text] || !startsUpper(s.Text) {
			continue
		}
		seen[s.Text] = true
		from := len(words)
		words = scan.AppendFields(words, s.Text)
		n := len(words) - from
		if n == 0 {
			continue
		}
		add(from, s.Type)
		if s.Type == "ORG" && orgInitials {
			// "Державного бюро розслідувань … У ДБР підтвердили": the
			// body's initials where they stand alone
			if ac := initialsOf(s.Text); ac != "" && !seen[ac] {
				seen[ac] = true
				words = append(words, ac)
				add(len(words)-1, "ORG")
				retype = append(retype, ac)
			}
		}
		if s.Type == "PERS" && n > 1 && surnameAlone {
			// "Еспеном Бартом Ейде … Ейде наголосив": the surname alone,
			// in its base form
			if l := scan.Fields(s.Lemma); len(l) == n && !seen[l[len(l)-1]] && scan.RuneCount(l[len(l)-1]) > 2 && startsUpper(l[len(l)-1]) {
				seen[l[len(l)-1]] = true
				words = append(words, l[len(l)-1])
				add(len(words)-1, "PERS")
			}
		}
	}
	if len(list) == 0 {
		return spans
	}
	for i := range spans {
		// "У ДБР підтвердили" read as an artifact's name: the body's
		// initials are the body
		if spans[i].Type == "ART" && slices.Contains(retype, spans[i].Text) {
			spans[i].Type = "ORG"
		}
	}
	n := len(spans)
	// The spans found by the model are sorted; the ones added here come
	// in text order after them.
	covered := func(a, b int) bool {
		i := sort.Search(n, func(i int) bool { return spans[i].End > a })
		if i < n && spans[i].Start < b {
			return true
		}
		return len(spans) > n && spans[len(spans)-1].End > a
	}
	for si := range sents {
		toks := sents[si].Tokens
		for i := range toks {
			if !startsUpper(toks[i].Text) {
				continue // no name starts so
			}
			h, ok := heads[toks[i].Text]
			if !ok {
				continue
			}
			for ; h >= 0; h = list[h].next {
				nm := &list[h]
				ws := words[nm.from:nm.to]
				if i+len(ws) > len(toks) || toks[i].Text != ws[0] {
					continue
				}
				ok := true
				for k, t := range ws {
					if toks[i+k].Text != t {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				a, b := toks[i].RStart, toks[i+len(ws)-1].REnd
				if covered(a, b) {
					continue
				}
				sp := vistka.Span{Start: a, End: b, Type: nm.typ, Text: joinTokens(toks[i : i+len(ws)])}
				sp.Lemma = m.lemmas.BaseForm(sp.Type, sp.Text, toks[i:i+len(ws)])
				spans = append(spans, sp)
			}
		}
	}
	if len(spans) > n {
		slices.SortFunc(spans, func(a, b vistka.Span) int { return a.Start - b.Start })
	}
	return spans
}

// surnamePlaces turns on surnamesNotPlaces; a variable for experiments.
var surnamePlaces = true

// surnamesNotPlaces retypes as a person a one-word place no gazetteer
// knows that is another case of the surname of a person named in full
// in the document: "Такесі Іваю" (base form Івай, the dative read of
// the accusative of Івая) and later "Івая, своєю чергою, наголосив",
// which the model took for a place. The two differ only in their last
// letter, after a stem of three letters or more.
func surnamesNotPlaces(spans []vistka.Span) {
	var stems []string
	for _, s := range spans {
		if s.Type != "PERS" || !strings.Contains(s.Text, " ") {
			continue
		}
		var wb [8]string
		l := scan.AppendFields(wb[:0], s.Lemma)
		if len(l) < 2 {
			continue
		}
		if stem, ok := runeStem(l[len(l)-1]); ok {
			stems = append(stems, stem)
		}
	}
	if len(stems) == 0 {
		return
	}
	for i := range spans {
		s := &spans[i]
		if s.Type != "LOC" || strings.ContainsAny(s.Text, " -") || !startsUpper(s.Text) {
			continue
		}
		if stem, ok := runeStem(s.Text); !ok || !slices.Contains(stems, stem) {
			continue
		}
		if gazetteer.Lookup(s.Text) != 0 || gazetteer.Lookup(s.Lemma) != 0 {
			continue // a place after all: Рима of Рим
		}
		s.Type = "PERS"
	}
}

// runeStem returns string([]rune(w)[:n-1]) for w of n >= 4 runes, and
// whether w has them: valid UTF-8 is cut in place, with no copies.
func runeStem(w string) (string, bool) {
	if !utf8.ValidString(w) {
		r := []rune(w) // invalid bytes become U+FFFD
		if len(r) < 4 {
			return "", false
		}
		return string(r[:len(r)-1]), true
	}
	if scan.RuneCount(w) < 4 {
		return "", false
	}
	_, size := utf8.DecodeLastRuneInString(w)
	return w[:len(w)-size], true
}

// placesNotSurnames retypes as a place a one-word person named by a
// capital that stands for its state's government and is also a surname
// (Вашингтон, Лондон), when no person of the document is named in full
// with it: "Вашингтон також попередив …, що Вашингтон готовий …", which
// the model, seeing the name twice as a subject, took for a man (not
// "Джордж Вашингтон … Вашингтон"). Other towns that are surnames
// (Михайлов, Соколов) name people far more often, and stay.
func placesNotSurnames(spans []vistka.Span) {
	for i := range spans {
		s := &spans[i]
		if s.Type != "PERS" || !capitalSurnames[s.Lemma] {
			continue
		}
		named := slices.ContainsFunc(spans, func(o vistka.Span) bool {
			return o.Type == "PERS" && strings.Contains(o.Lemma, " ") && strings.HasSuffix(o.Lemma, " "+s.Lemma)
		})
		if !named {
			s.Type = "LOC"
		}
	}
}

// capitalSurnames are the capitals that are also surnames.
var capitalSurnames = map[string]bool{"Вашингтон": true, "Лондон": true}

// Recognizer adapts a Model to a pipeline that has the text: span texts
// are then exact slices of it, and base forms keep its spacing.
type Recognizer struct {
	Model *Model
}

// Find finds the spans of a document whose sentences were read from text.
func (r Recognizer) Find(text string, sents []vistka.Sentence) []vistka.Span {
	spans, refined := r.Model.find(sents, true)
	if len(spans) == 0 {
		return spans
	}
	// Code-point offsets to byte offsets, from the tokens.
	idx := byteOffsets(text, refined)
	for i := range spans {
		s := &spans[i]
		a, ok1 := idx.at(s.Start)
		b, ok2 := idx.at(s.End)
		if !ok1 || !ok2 || a > b || b > len(text) || s.Text == text[a:b] {
			continue
		}
		old := s.Text
		s.Text = text[a:b]
		if s.Lemma == old {
			s.Lemma = s.Text
		} else if si := sentenceOf(refined, s.Start); si >= 0 {
			toks := refined[si].Tokens
			from, to := vistka.TokensIn(toks, s.Start, s.End)
			if to > from {
				s.Lemma = r.Model.lemmas.BaseForm(s.Type, s.Text, toks[from:to])
			}
		}
	}
	return spans
}

// offsets maps code-point offsets to byte offsets.
type offsets struct {
	pos []int32     // by code point: byte offset + 1, 0 for none
	m   map[int]int // instead of pos, for offsets out of the text's range
}

// byteOffsets maps the code points where the tokens of sents start and
// end to their byte offsets; where two tokens disagree, the later one
// says.
func byteOffsets(text string, sents []vistka.Sentence) offsets {
	n := 0
	// The tokens by pointer: a copy of each costs more than the tests.
	for i := range sents {
		for k := range sents[i].Tokens {
			t := &sents[i].Tokens[k]
			if !inside(t.RStart, text) || !inside(t.REnd, text) || !inside(t.Start, text) || !inside(t.End, text) {
				n = -1 // not offsets into text: keep them all in a map
				break
			}
			n = max(n, t.RStart+1, t.REnd+1)
		}
		if n < 0 {
			break
		}
	}
	var o offsets
	if n < 0 || len(text) >= math.MaxInt32 {
		o.m = map[int]int{}
		for i := range sents {
			for _, t := range sents[i].Tokens {
				o.m[t.RStart] = t.Start
				o.m[t.REnd] = t.End
			}
		}
		return o
	}
	o.pos = make([]int32, n)
	for i := range sents {
		for k := range sents[i].Tokens {
			t := &sents[i].Tokens[k]
			o.pos[t.RStart] = int32(t.Start) + 1
			o.pos[t.REnd] = int32(t.End) + 1
		}
	}
	return o
}

// inside reports whether x may be an offset into text.
func inside(x int, text string) bool { return x >= 0 && x <= len(text) }

// at returns the byte offset of code point r, if a token starts or ends
// there.
func (o offsets) at(r int) (int, bool) {
	if o.m != nil {
		b, ok := o.m[r]
		return b, ok
	}
	if r < 0 || r >= len(o.pos) || o.pos[r] == 0 {
		return 0, false
	}
	return int(o.pos[r]) - 1, true
}

func sentenceOf(sents []vistka.Sentence, pos int) int {
	for i := range sents {
		if sents[i].RStart <= pos && pos < sents[i].REnd {
			return i
		}
	}
	return -1
}

// fixCountries makes a one-word "person" that the gazetteer knows only as
// a country or region a LOC: in sports news Іспанія обіграла Італію reads
// like people, but NER-UK calls countries LOC whatever they do.
// fixCountryName retypes a PERS span of several words as LOC when its
// base form as a place is a country's name (Сполучених Штатів).
func (m *Model) fixCountryName(sp *vistka.Span, toks []vistka.Token) {
	if m.gaz == nil {
		return
	}
	for i := range toks {
		if strings.Contains(toks[i].Tag, "name") {
			return // fname, lname, pname: a person's name, as most are
		}
	}
	base := m.lemmas.BaseForm("LOC", sp.Text, toks)
	c := m.gaz.Categories(base)
	c |= c >> 16
	if c&uint32(gazetteer.Country) != 0 && c&uint32(gazetteer.Person) == 0 {
		sp.Type, sp.Lemma = "LOC", base
	}
}

// fixCountries makes a place of a country's name the model read as a
// person (one word, also when it is a first name too: Ізраїль) or as a
// MISC (the whole name).
func (m *Model) fixCountries(spans []vistka.Span) {
	if m.gaz == nil {
		return
	}
	for i := range spans {
		s := &spans[i]
		if s.Type == "MISC" && s.Lemma != "" {
			// "санкції Великої Британії" read as a MISC: a country's
			// name, whole, is a place
			if c := gazetteer.Lookup(s.Lemma); c&gazetteer.Country != 0 && c&gazetteer.Person == 0 {
				s.Type = "LOC"
			}
			continue
		}
		if s.Type != "PERS" || strings.Contains(s.Text, " ") {
			continue
		}
		if strings.Contains(s.Text, "-") {
			// Гвінея-Бісау, which the names' list also holds as a
			// person's name: a country's hyphenated name is no one's
			if hyphenCountry(s.Lemma) {
				s.Type = "LOC"
			}
			continue
		}
		c := m.gaz.Categories(s.Text)
		c |= c >> 16
		// (a country's name that is also a first name, Ізраїль, alone
		// is the country: news names people alone by the surname)
		if c&uint32(gazetteer.Country|gazetteer.Region) != 0 && c&uint32(gazetteer.Person) == 0 ||
			c&uint32(gazetteer.Country) != 0 && c&uint32(gazetteer.Person) == uint32(gazetteer.FirstName) {
			s.Type = "LOC"
			s.Lemma = m.lemmas.BaseForm(s.Type, s.Text, []vistka.Token{{Text: s.Text, RStart: s.Start, REnd: s.End}})
		}
	}
}

// baseForm is m.lemmas.BaseForm, remembered in st.
// Conjuncts returns the token ranges of the names a span's tokens join
// with і, та, й or a comma ("Миколу та Ларису Онул"), or nil when they
// join none.
func Conjuncts(toks []vistka.Token) [][2]int {
	var out [][2]int
	from := 0
	for i, t := range toks {
		if i > from && i+1 < len(toks) && (t.Text == "," || t.Text == "і" || t.Text == "та" || t.Text == "й") {
			out = append(out, [2]int{from, i})
			from = i + 1
		}
	}
	if out == nil {
		return nil
	}
	return append(out, [2]int{from, len(toks)})
}

// joinedBase gives the base form of a span of joined names: each name's
// own, with the words that join them as written.
func (m *Model) joinedBase(st *findState, typ string, toks []vistka.Token, parts [][2]int) string {
	var b strings.Builder
	for k, p := range parts {
		if k > 0 {
			if sep := toks[p[0]-1].Text; sep != "," {
				b.WriteByte(' ')
				b.WriteString(sep)
			} else {
				b.WriteString(sep)
			}
			b.WriteByte(' ')
		}
		part := toks[p[0]:p[1]]
		b.WriteString(m.baseForm(st, typ, joinTokens(part), part))
	}
	return b.String()
}

func (m *Model) baseForm(st *findState, typ, text string, toks []vistka.Token) string {
	k := append(st.key[:0], typ...)
	k = append(k, 2)
	k = append(k, text...)
	for i := range toks {
		k = append(k, 0)
		k = append(k, toks[i].Text...)
		k = append(k, 1)
		k = append(k, toks[i].Lemma...)
		k = append(k, 1)
		k = append(k, toks[i].Tag...)
	}
	st.key = k
	if b, ok := st.bases[string(k)]; ok {
		return b
	}
	lz := m.lemmas
	lz.words = &st.words
	b := lz.BaseForm(typ, text, toks)
	if st.bases == nil || len(st.bases) > maxCached {
		// Made as large as it grows, for it to grow no more.
		st.bases = make(map[string]string, maxCached)
	}
	st.bases[string(k)] = b
	return b
}

// hyphenCountry reports whether name is the short or common name of a
// country that holds a hyphen (Гвінея-Бісау, Тимор-Лешті).
func hyphenCountry(name string) bool {
	if !strings.Contains(name, "-") {
		return false
	}
	for _, c := range gazetteer.Countries() {
		if c.Name == name || c.Common == name {
			return true
		}
	}
	return false
}

// notDative reports whether the name toks[from:to], every word of which
// the tagger read as a dative in -у or -ю, cannot be one there, so that it
// is a name that does not decline (Александру Мунтяну, Ауреску): after a
// preposition that governs no dative (з Александру Мунтяну), or between a
// title in the nominative and a verb in the past that agrees with it
// (Прем'єр-міністр Молдови Александру Мунтяну заявив).
// womansSurname reports whether the one-word name toks[from:to] is a
// woman's surname in the nominative: an adjectival -ова, -єва, -іна,
// -ська form right before a verb in the past that agrees with a woman
// (Захарова погрожувала), which the lexicon reads as a man's genitive.
func womansSurname(toks []vistka.Token, from, to int) bool {
	if to-from != 1 || to >= len(toks) || !strings.HasPrefix(toks[to].Tag, "verb") || !strings.Contains(toks[to].Tag, ":past:f") {
		return false
	}
	if from > 0 && strings.HasPrefix(toks[from-1].Tag, "noun") {
		p := &toks[from-1]
		// "група Ахметова почала", "мешканка Чугуєва": a genitive on a
		// noun; a woman's title before her name (речниця Захарова) is
		// none
		switch l := scan.ToLower(p.Lemma); {
		case !strings.Contains(p.Tag, ":anim") || !strings.Contains(p.Tag, ":f:") || !strings.Contains(p.Tag, "v_naz"),
			l == "мешканка" || l == "жителька" || l == "уродженка":
			return false
		}
	}
	w := toks[from].Text
	for _, e := range [...]string{"ова", "ева", "єва", "іна", "їна", "ина", "ська", "цька", "зька"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// sharedSurname gives the base form of one person's name that ends in a
// surname in the plural, shared with a person named before and joined by
// a conjunction outside the span (Михайла Олексійовича і Констанції
// Анатоліївни Скиб): the surname in the singular and in the gender of the
// first name (Констанція Анатоліївна Скиба; Самаріних after Валентини →
// Самаріна), the tagger's lemma of the plural being the man's singular.
// The conjunction and a name right before it are what make the surname
// plural: alone, Юлія Ковалів and Єгор Гладких are surnames that do not
// decline. The name is toks[from:to]; base is returned when it is not so.
func sharedSurname(toks []vistka.Token, from, to int, base string) string {
	last := &toks[to-1]
	if !strings.Contains(last.Tag, ":p:") || !strings.Contains(last.Tag, ":lname") || !startsUpper(last.Lemma) ||
		from < 2 || !strings.HasPrefix(toks[from-1].Tag, "conj:coord") || !strings.Contains(toks[from-2].Tag, "name") {
		return base
	}
	var g byte
	for i := from; i < to-1; i++ {
		t := &toks[i]
		switch {
		case strings.HasPrefix(t.Tag, "conj"):
			return base // (two people: each has a base form of its own)
		case g == 0 && strings.Contains(t.Tag, ":fname") && strings.Contains(t.Tag, ":f:"):
			g = 'f'
		case g == 0 && strings.Contains(t.Tag, ":fname") && strings.Contains(t.Tag, ":m:"):
			g = 'm'
		}
	}
	head, _, ok := cutLastWord(base)
	if g == 0 || !ok {
		return base
	}
	sur := last.Lemma
	if g == 'f' {
		sur = womansForm(sur)
	}
	return head + " " + sur
}

// giveSurname adds to the base form of the person named right before a
// conjunction, toks[conj], by first name and patronymic alone, the surname
// a name after the conjunction shares in the plural (Михайла Олексійовича
// і Констанції Анатоліївни Скиб: Михайло Олексійович Скиба); man is the
// surname in a man's form.
func giveSurname(sp *vistka.Span, toks []vistka.Token, conj int, man string) {
	if sp.Type != "PERS" {
		return
	}
	from, to := vistka.TokensIn(toks, sp.Start, sp.End)
	if to != conj || to <= from {
		return
	}
	var g byte
	for i := from; i < to; i++ {
		tag := toks[i].Tag
		switch {
		case !strings.Contains(tag, ":fname") && !strings.Contains(tag, ":pname") && (i == from || !patronymicEnd(toks[i].Text)):
			return // (a surname of its own, or no name; Івановича may be read as either)
		case g == 0 && strings.Contains(tag, ":fname") && strings.Contains(tag, ":f:"):
			g = 'f'
		case g == 0 && strings.Contains(tag, ":fname") && strings.Contains(tag, ":m:"):
			g = 'm'
		}
	}
	switch g {
	case 'm':
		sp.Lemma += " " + man
	case 'f':
		sp.Lemma += " " + womansForm(man)
	}
}

// patronymicEnd reports whether w ends as a patronymic does (Івановича,
// Петрівною), though the tagger may read it as a surname.
func patronymicEnd(w string) bool {
	for _, e := range [...]string{"ович", "евич", "івн", "ївн"} {
		if i := strings.LastIndex(w, e); i > 0 && scan.RuneCount(w[i+len(e):]) <= 2 {
			return true
		}
	}
	return false
}

// cutLastWord splits s before its last space-separated word.
func cutLastWord(s string) (head, last string, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return "", s, false
	}
	return s[:i], s[i+1:], true
}

// womansForm turns a man's surname into a woman's: Самарін → Самаріна,
// Ковалевський → Ковалевська, Тинний → Тинна; a surname in -а, -о or a
// consonant of another kind (Скиба, Шевченко, Коваль) is both.
func womansForm(man string) string {
	for _, e := range [...]struct{ end, woman string }{
		{"ий", "а"}, {"ій", "я"}, {"ов", "ова"}, {"ев", "ева"}, {"єв", "єва"}, {"ін", "іна"}, {"їн", "їна"}, {"ин", "ина"},
	} {
		if stem, ok := strings.CutSuffix(man, e.end); ok && stem != "" {
			return stem + e.woman
		}
	}
	return man
}

// afterPreposition gives the base form of a name the lemmatizer left as
// written, toks[from:to], when a preposition before it rules out the
// nominative one of its words was read in: the words the tagger read in
// the preposition's case with a name's lemma of their own take that
// lemma, the rest stay ("з Абдель Фаттахом ас-Сісі": Абдель Фаттах
// ас-Сісі). It returns base when there is nothing to change.
func afterPreposition(toks []vistka.Token, from, to int, base string) string {
	if from == 0 || !strings.HasPrefix(toks[from-1].Tag, "prep") {
		return base
	}
	oblique := func(t *vistka.Token) bool {
		// (a first name read in the plural is none of its lemma's: з
		// Гелен Фрейзер is no genitive plural of Гелена)
		return strings.Contains(t.Tag, ":prop") && !strings.Contains(t.Tag, ":nv") && !strings.Contains(t.Tag, "v_naz") &&
			!(strings.Contains(t.Tag, ":p:") && strings.Contains(t.Tag, ":fname")) &&
			(strings.Contains(t.Tag, "v_oru") || strings.Contains(t.Tag, "v_rod")) && t.Lemma != "" && t.Lemma != t.Text
	}
	var b strings.Builder
	changed := false
	for i := from; i < to; i++ {
		t := &toks[i]
		if i > from && t.RStart > toks[i-1].REnd {
			b.WriteByte(' ')
		}
		if oblique(t) && !strings.Contains(t.Tag, ":geo") {
			b.WriteString(t.Lemma)
			changed = true
		} else {
			b.WriteString(t.Text)
		}
	}
	if !changed || strings.Join(strings.Fields(b.String()), " ") != b.String() {
		return base
	}
	return b.String()
}

// womansNameBeside reports whether the name toks[from:to] is a woman's
// name in the nominative that the tagger read as a man's genitive: a first
// name in -а or -я read as the genitive of a man's name, before a surname
// in the nominative, beside a title in the nominative (Прем'єр-міністр
// Юлія Свириденко) or before a verb in the past that agrees with a woman
// or with several people (Юлія Свириденко заявила). A man's genitive
// would decline his surname too (помічник Юлія Свириденка).
func womansNameBeside(toks []vistka.Token, from, to int) bool {
	if to-from < 2 {
		return false
	}
	first, last := &toks[from], &toks[to-1]
	// A surname that does not decline (Мелоні) tells no case: only the
	// verb tells, and only for a name that opens its clause ("Дружина
	// Джорджа Клуні заявила" is his genitive).
	nv := strings.Contains(last.Tag, ":nv") && !strings.Contains(last.Tag, "v_naz")
	if !strings.Contains(first.Tag, ":fname") || !strings.Contains(first.Tag, ":m:v_rod") ||
		!strings.HasSuffix(first.Text, "я") && !strings.HasSuffix(first.Text, "а") ||
		!strings.Contains(last.Tag, "v_naz") && !nv {
		return false
	}
	if from > 0 && !nv {
		p := &toks[from-1]
		if strings.HasPrefix(p.Tag, "noun:anim") && strings.Contains(p.Tag, "v_naz") && !strings.Contains(p.Tag, "prop") {
			return true
		}
	}
	if nv && from > 0 && toks[from-1].Kind != vistka.Punct && !strings.HasPrefix(toks[from-1].Tag, "conj") && !womansTitleBefore(toks, from) {
		return false
	}
	if to >= len(toks) || !strings.HasPrefix(toks[to].Tag, "verb") {
		return false
	}
	// A plural verb agrees with several people, not with the name alone,
	// so it tells the case only of a name that opens its clause: after a
	// noun the name is that noun's genitive complement, a man's, and the
	// verb impersonal (Справу Сергія Берестова закрили).
	return strings.Contains(toks[to].Tag, ":past:f") ||
		strings.Contains(toks[to].Tag, ":past:p") && (from == 0 || !strings.HasPrefix(toks[from-1].Tag, "noun"))
}

// womansTitleBefore reports whether a woman's title in the nominative
// (заступниця, міністерка, речниця: a feminine person's noun that is no
// name and no word of kinship) opens the words before token from, with
// only its complement between, words in the genitive and prepositions
// (Заступниця міського голови Львова з гуманітарних питань Юлія Гречко).
// Right before the name a noun is its title's complement, not a title of
// the name: Дружина Джорджа Клуні is his wife.
func womansTitleBefore(toks []vistka.Token, from int) bool {
	if from < 2 || vtag.Case(toks[from-1].Tag) != "v_rod" {
		return false
	}
	for k := from - 2; k >= 0 && from-k <= 8; k-- {
		t := &toks[k]
		if strings.HasPrefix(t.Tag, "noun:anim:f:v_naz") && !vtag.Has(t.Tag, "prop") {
			return !kinWords[scan.ToLower(t.Lemma)]
		}
		if !strings.HasPrefix(t.Tag, "prep") && vtag.Case(t.Tag) != "v_rod" {
			return false
		}
	}
	return false
}

// kinWords are the feminine nouns of kinship and company a name in the
// genitive follows: дружина Джорджа Клуні.
var kinWords = map[string]bool{
	"дружина": true, "мати": true, "донька": true, "дочка": true, "сестра": true, "вдова": true,
	"подруга": true, "наречена": true, "бабуся": true, "онука": true, "мама": true, "партнерка": true,
}

// titledNominative reports whether the name toks[from:to] stands in
// apposition to a title in the nominative, a job span among before (the
// sentence's spans before the name), with a genitive complement that
// ends in a place's or body's name right before the name (прем'єр-міністр
// Японії Сігеру Ісіба, Прем'єр Італії Джорджа Мелоні): the name agrees
// with the title, so it is in the nominative as written, whatever oblique
// case the tagger read in a foreign name (Ісіба as the genitive of some
// Ісіб). A title that opens with another case (голови Держпідприємництва
// Михайла Бродського), or after an adjective or a preposition that puts
// it in another (колишню башкан Гагаузії Євгенію Гуцул), does not count;
// nor do names in capitals.
//
// A name read as a vocative in every word after a title in any case is
// written as it is too: news does not call the people it names, so such
// a name does not decline (з міністром оборони Литви Довіле Шакалєне).
func titledNominative(toks []vistka.Token, before []vistka.Span, from, to int) bool {
	if from < 2 || strings.Contains(toks[from].Tag, "v_naz") && strings.Contains(toks[to-1].Tag, "v_naz") {
		return false
	}
	vocative := true
	for _, t := range toks[from:to] {
		if capsWord(t.Text) {
			return false
		}
		vocative = vocative && strings.Contains(t.Tag, "v_kly")
	}
	last := &toks[from-1]
	// (a body's common name may end the complement before a foreign
	// first name that does not decline: "президент Європейської ради
	// Антоніу Кошта", not the genitive of some Кошт)
	body := strings.Contains(toks[from].Tag, ":nv") && len(before) > 0 && (before[len(before)-1].Type == "ORG" || before[len(before)-1].Type == "LOC")
	if !strings.Contains(last.Tag, "v_rod") || !strings.Contains(last.Tag, ":prop") && !strings.Contains(last.Tag, ":nv") && !body {
		return false
	}
	// the spans right before the name, back to the title: each ends
	// where the next one's tokens start
	at := from // the first token of what is covered so far
	for k := len(before) - 1; k >= 0; k-- {
		sp := &before[k]
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != at || a >= b {
			return vocative && untaggedTitle(toks, at)
		}
		at = a
		if sp.Type != "JOB" {
			if !strings.Contains(toks[b-1].Tag, "v_rod") {
				return false
			}
			continue
		}
		head := &toks[a]
		// (a title's head the tagger read as a thing is a person's
		// still: Прем'єр-міністерка tagged inanimate)
		if a == from-1 || !strings.HasPrefix(head.Tag, "noun") && !strings.HasPrefix(head.Tag, "adj") ||
			!vocative && !strings.Contains(head.Tag, "v_naz") || strings.Contains(head.Tag, ":prop") {
			return false
		}
		if !vocative && genitivePerson(toks[a+1:b]) && allCase(toks[from:to], "v_rod") {
			// радник прем'єр-міністра Польщі Дональда Туска: the name
			// in the genitive is the person of the title's complement
			// (прем'єр-міністра), not the adviser in the nominative
			return false
		}
		if a > 0 && !vocative {
			p := toks[a-1].Tag
			if strings.HasPrefix(p, "prep") || (strings.HasPrefix(p, "adj") || strings.HasPrefix(p, "numr")) && !strings.Contains(p, "v_naz") {
				return false
			}
		}
		return true
	}
	return false
}

// genitivePerson reports whether toks, a title's complement, hold a
// person's noun that is no name in the genitive (прем'єр-міністра,
// радника).
func genitivePerson(toks []vistka.Token) bool {
	return slices.ContainsFunc(toks, func(t vistka.Token) bool {
		return strings.HasPrefix(t.Tag, "noun:anim") && vtag.Case(t.Tag) == "v_rod" && !vtag.Has(t.Tag, "prop")
	})
}

// allCase reports whether the tagger reads every token of toks in case c.
func allCase(toks []vistka.Token, c string) bool {
	return !slices.ContainsFunc(toks, func(t vistka.Token) bool { return vtag.Case(t.Tag) != c })
}

// untaggedTitle reports whether a title no span holds ends right before
// token at: a person's noun that is no name, with at most three common
// words in the genitive after it (міністром оборони).
func untaggedTitle(toks []vistka.Token, at int) bool {
	for k := at - 1; k >= 0 && at-k <= 4; k-- {
		t := &toks[k]
		if strings.HasPrefix(t.Tag, "noun:anim") && !strings.Contains(t.Tag, ":prop") && !strings.Contains(t.Tag, "pron") {
			return true
		}
		if !strings.Contains(t.Tag, "v_rod") || strings.Contains(t.Tag, ":prop") {
			return false
		}
	}
	return false
}

// titledSubject reports whether the name toks[from:to], of two words or
// more, is the subject in the nominative as written though the tagger
// read a word of it in another case: it stands between a title in the
// nominative and a verb in the past that agrees with a man or a woman
// (Міністр Фернанду Діаш заявив, Міністр Іглі Хасані відвідав: not the
// datives of a Фернанд, an Ігла), and each word is read in the
// nominative or ends as a foreign name that does not decline may, in -у,
// -ю, -і, -о, -е, but not in a Ukrainian dative's -ому, -ові, -еві, -єві.
func titledSubject(toks []vistka.Token, from, to int) bool {
	if to-from < 2 || from == 0 || to >= len(toks) || !strings.HasPrefix(toks[to].Tag, "verb") ||
		!strings.Contains(toks[to].Tag, ":past:m") && !strings.Contains(toks[to].Tag, ":past:f") {
		return false
	}
	oblique := false
	for _, t := range toks[from:to] {
		if strings.Contains(t.Tag, "v_naz") {
			continue
		}
		l := scan.ToLower(t.Text)
		if capsWord(t.Text) || !strings.ContainsRune("уюіое", lastRune(l)) ||
			strings.HasSuffix(l, "ому") || strings.HasSuffix(l, "ові") || strings.HasSuffix(l, "еві") || strings.HasSuffix(l, "єві") {
			return false
		}
		oblique = true
	}
	return oblique && titleBefore(toks, from)
}

// titleBefore reports whether a title in the nominative, a person's noun
// that is no name, ends at most four tokens before token from, with only
// words in the genitive or the nominative between (Прем'єр Молдови), and
// prepositions, not right before the name (Кандидат від опозиції).
func titleBefore(toks []vistka.Token, from int) bool {
	for k := from - 1; k >= 0 && from-k <= 4; k-- {
		t := &toks[k]
		if strings.HasPrefix(t.Tag, "noun:anim") && strings.Contains(t.Tag, "v_naz") && !strings.Contains(t.Tag, "prop") {
			return true // the title the name stands beside
		}
		if k < from-1 && strings.HasPrefix(t.Tag, "prep") {
			continue
		}
		if !strings.Contains(t.Tag, "v_rod") && !strings.Contains(t.Tag, "v_naz") {
			return false
		}
	}
	return false
}

func notDative(toks []vistka.Token, from, to int) bool {
	for _, t := range toks[from:to] {
		if !strings.Contains(t.Tag, "v_dav") || !strings.HasSuffix(t.Text, "у") && !strings.HasSuffix(t.Text, "ю") {
			return false
		}
	}
	if from == 0 {
		return false
	}
	prev := &toks[from-1]
	if strings.HasPrefix(prev.Tag, "prep") {
		switch scan.ToLower(prev.Text) {
		case "завдяки", "всупереч", "наперекір", "назустріч", "навздогін", "по", "к":
			return false
		}
		return true
	}
	if to >= len(toks) || !strings.Contains(toks[to].Tag, "verb") || !strings.Contains(toks[to].Tag, ":past:m") {
		return false
	}
	return titleBefore(toks, from)
}
