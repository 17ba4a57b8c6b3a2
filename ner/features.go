package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// Feature set bits, stored in the model so that Find extracts exactly the
// features the model was trained with.
const (
	featMorph uint32 = 1 << iota // lemma, part of speech, case, name markers from Token.Tag
	featGaz                      // gazetteer categories
	featHist                     // types predicted earlier in the document for the same stem
)

// tHist is the template of the history features, one per type.
var tHist = tmpl("hist")

// histHash is the hash of the history feature of type t.
func histHash(t int) uint32 { return fold(uint64(tHist.num(uint32(t)))) }

// histKey is the key under which a token's predicted types are
// remembered: its stem, for words.
func histKey(ti *tokInfo, text string) string {
	if !unicode.IsLetter(firstRune(text)) || len(ti.lower) < 4 {
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
	tPosCase = tmpl("pc0")
	tLemSuf  = tmpl("ls3")
	tShLow   = tmpl("sh-1w0")
	tW0Cap1  = tmpl("w-1sh0")
	tStem    = [3]hasher{tmpl("st-1"), tmpl("st0"), tmpl("st+1")}
	tCapRun  = tmpl("caprun")
	tDoc     = tmpl("doc")
	tDocQ    = tmpl("docq")
	tDocPrev = tmpl("docprev")
)

// wordStats is what a document says about one word (lower-cased) across
// all its mentions: names recur, and their other mentions disambiguate.
type wordStats struct {
	capMid int      // capitalised, not sentence-initial
	lower  int      // all lower-case
	quoted int      // inside quotes
	prev   []string // lower-cased words before its capitalised mentions (up to 4)
}

// docStats gathers wordStats over the sentences of one document.
func docStats(sents []vistka.Sentence) map[string]*wordStats {
	m := map[string]*wordStats{}
	for si := range sents {
		toks := sents[si].Tokens
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
			r, _ := utf8.DecodeRuneInString(t)
			if !unicode.IsLetter(r) {
				continue
			}
			k := strings.ToLower(t)
			ws := m[k]
			if ws == nil {
				ws = &wordStats{}
				m[k] = ws
			}
			switch {
			case unicode.IsUpper(r):
				if i > 0 {
					ws.capMid++
					if len(ws.prev) < 4 {
						p := strings.ToLower(toks[i-1].Text)
						if !slices.Contains(ws.prev, p) {
							ws.prev = append(ws.prev, p)
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
	return m
}

// tokInfo is what the features of one token are built from.
type tokInfo struct {
	lower   string
	shape   string // collapsed: Xx, x, d, X-Xx, …
	lshape  string // runs cut to 3
	suf3    string
	stem    string // lower-cased, a case ending stripped
	gaz     uint32
	pos     string
	cas     string
	lemma   string
	marks   string // prop/fname/lname/pname/geo/abbr joined
	hasTag  bool
	isOpenQ bool
	isCloQ  bool
}

// featurizer extracts features for one sentence at a time; it reuses its
// buffers and is not safe for concurrent use.
type featurizer struct {
	set  uint32
	gaz  Gazetteer
	doc  map[string]*wordStats // of the document being tagged; may be nil
	hist map[string]uint16     // types predicted so far in the document; nil for none
	keys []string              // per token: its history key
	runs []uint32              // per token: place in a run of capitalised words, and its length
	info []tokInfo
	out  []uint64
	offs []int
	// words and tags remember what extract computes from a word or a tag
	// alone, across the documents this featurizer sees; they are cleared
	// when they grow past maxCached entries.
	words map[string]*wordInfo
	tags  map[string]tagInfo
}

// maxCached bounds the entries of each of a featurizer's caches.
const maxCached = 1 << 15

// wordInfo is what the features need of one word as written.
type wordInfo struct {
	orig                             string // the word as written
	lower, shape, lshape, suf3, stem string
	gaz                              uint32
	gazDone                          bool
}

// categories returns the gazetteer categories of the word, looking them
// up once.
func (w *wordInfo) categories(g Gazetteer) uint32 {
	if !w.gazDone {
		w.gaz, w.gazDone = g.Categories(w.orig), true
	}
	return w.gaz
}

type tagInfo struct{ pos, cas, marks string }

// word returns the cached wordInfo of text, computing it on a miss. The
// cache keeps its own copy of text so that it does not hold on to the
// document text is cut from.
func (f *featurizer) word(text string) *wordInfo {
	if w, ok := f.words[text]; ok {
		return w
	}
	if f.words == nil || len(f.words) >= maxCached {
		f.words = make(map[string]*wordInfo, 1024)
	}
	text = strings.Clone(text)
	w := &wordInfo{orig: text}
	w.lower = strings.ToLower(text)
	w.shape, w.lshape = shapes(text)
	w.suf3 = suffix(w.lower, 3)
	w.stem = stem(w.lower)
	f.words[text] = w
	return w
}

// tagParts returns the cached parts of tag.
func (f *featurizer) tagParts(tag string) tagInfo {
	if p, ok := f.tags[tag]; ok {
		return p
	}
	if f.tags == nil || len(f.tags) >= maxCached {
		f.tags = make(map[string]tagInfo, 256)
	}
	tag = strings.Clone(tag)
	var p tagInfo
	p.pos, p.cas, p.marks = tagParts(tag)
	f.tags[tag] = p
	return p
}

func shapes(w string) (short, long string) {
	var sb, lb strings.Builder
	var prev rune
	run := 0
	for _, c := range w {
		var k rune
		switch {
		case unicode.IsUpper(c):
			k = 'X'
		case unicode.IsLetter(c):
			k = 'x'
		case unicode.IsDigit(c):
			k = 'd'
		default:
			k = c
		}
		if k == prev {
			run++
		} else {
			run = 1
			sb.WriteRune(k)
		}
		if run <= 3 {
			lb.WriteRune(k)
		}
		prev = k
	}
	return sb.String(), lb.String()
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
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

// extract computes the feature hashes of every token of s: the features of
// token i are f.out[f.offs[i]:f.offs[i+1]].
func (f *featurizer) extract(s *vistka.Sentence) {
	toks := s.Tokens
	n := len(toks)
	f.info = f.info[:0]
	useGaz := f.set&featGaz != 0 && f.gaz != nil
	for i := range toks {
		t := &toks[i]
		var ti tokInfo
		w := f.word(t.Text)
		ti.lower, ti.shape, ti.lshape, ti.suf3, ti.stem = w.lower, w.shape, w.lshape, w.suf3, w.stem
		if useGaz {
			// The morphological lemma finds the listed name of an
			// inflected form better than the gazetteer's own guess.
			if f.set&featMorph != 0 && t.Lemma != "" && t.Lemma != t.Text {
				ti.gaz = f.word(t.Lemma).categories(f.gaz) & 0xffff
			}
			if ti.gaz == 0 {
				ti.gaz = w.categories(f.gaz)
			}
		}
		if f.set&featMorph != 0 && t.Tag != "" {
			ti.hasTag = true
			tp := f.tagParts(t.Tag)
			ti.pos, ti.cas, ti.marks = tp.pos, tp.cas, tp.marks
			ti.lemma = f.word(t.Lemma).lower
		}
		switch t.Text {
		case "«", "„", "‹":
			ti.isOpenQ = true
		case "»", "“", "”", "›":
			ti.isCloQ = true
		case "\"":
			// resolved below by position
		}
		f.info = append(f.info, ti)
	}
	// Straight quotes: opening when not after a word, closing otherwise.
	for i := range toks {
		if toks[i].Text == "\"" {
			if i == 0 || toks[i-1].REnd < toks[i].RStart || f.info[i-1].isOpenQ {
				f.info[i].isOpenQ = true
			} else {
				f.info[i].isCloQ = true
			}
		}
	}
	f.keys = f.keys[:0]
	for i := range toks {
		f.keys = append(f.keys, histKey(&f.info[i], toks[i].Text))
	}
	f.out = f.out[:0]
	f.offs = append(f.offs[:0], 0)
	at := func(i int) *tokInfo {
		if i < 0 || i >= n {
			return nil
		}
		return &f.info[i]
	}
	const (
		bos = "<s>"
		eos = "</s>"
	)
	word := func(i int) string {
		if i < 0 {
			return bos
		}
		if i >= n {
			return eos
		}
		return f.info[i].lower
	}
	shape := func(i int) string {
		if i < 0 {
			return bos
		}
		if i >= n {
			return eos
		}
		return f.info[i].shape
	}
	// Runs of capitalised words: names are such runs, and where a token
	// stands in one says much about B, I, L.
	f.runs = f.runs[:0]
	for i := 0; i < n; {
		if !unicode.IsUpper(firstRune(toks[i].Text)) {
			f.runs = append(f.runs, 0)
			i++
			continue
		}
		j := i
		for j < n && unicode.IsUpper(firstRune(toks[j].Text)) {
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
	qdepth, qstart, qctx := 0, -1, ""
	for i := range toks {
		ti := &f.info[i]
		add := func(h hasher) { f.out = append(f.out, uint64(h)) }
		add(tBias)
		for d := -2; d <= 2; d++ {
			add(tW[d+2].str(word(i + d)))
		}
		add(tBi[0].str(word(i - 1)).str(ti.lower))
		add(tBi[1].str(ti.lower).str(word(i + 1)))
		r := utf8.RuneCountInString(ti.lower)
		for k := 1; k <= 5 && k < r; k++ {
			add(tSuf[k-1].str(suffix(ti.lower, k)))
			add(tPre[k-1].str(prefix(ti.lower, k)))
		}
		for d := -2; d <= 2; d++ {
			add(tShape[d+2].str(shape(i + d)))
		}
		add(tLShape.str(ti.lshape))
		if f.runs[i] != 0 {
			add(tCapRun.num(f.runs[i]))
		}
		if f.hist != nil && f.keys[i] != "" {
			for b, seen := 0, f.hist[f.keys[i]]; seen != 0; b, seen = b+1, seen>>1 {
				if seen&1 != 0 {
					add(tHist.num(uint32(b)))
				}
			}
		}
		add(tShape3.str(shape(i - 1)).str(ti.shape).str(shape(i + 1)))
		add(tShLow.str(shape(i - 1)).str(ti.lower))
		add(tW0Cap1.str(word(i - 1)).str(ti.shape))
		for d := -1; d <= 1; d++ {
			if p := at(i + d); p != nil {
				add(tStem[d+1].str(p.stem))
			}
		}
		if p := at(i - 1); p != nil {
			add(tSuf3N[0].str(p.suf3))
		}
		if p := at(i + 1); p != nil {
			add(tSuf3N[1].str(p.suf3))
		}
		if i == 0 {
			add(tFirst.str(ti.shape))
		}
		// Quotes: names of works, laws and companies stand in «».
		if ti.isOpenQ {
			qdepth++
			if qdepth == 1 {
				qstart = i
				qctx = word(i - 1)
			}
		}
		if qdepth > 0 && !ti.isOpenQ {
			add(tQuote)
			add(tQCtx.str(qctx))
			d := i - qstart
			if d > 4 {
				d = 4
			}
			add(tQDist.num(uint32(d)))
		}
		if p := at(i - 1); p != nil && p.isOpenQ {
			add(tQOpen.str(ti.shape))
		}
		if p := at(i + 1); p != nil && p.isCloQ {
			add(tQClose.str(ti.shape))
		}
		if ti.isCloQ && qdepth > 0 {
			qdepth--
		}
		if ws := f.doc[ti.lower]; ws != nil {
			r, _ := utf8.DecodeRuneInString(toks[i].Text)
			var k uint32
			if unicode.IsUpper(r) {
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
			add(tDoc.num(k))
			if ws.quoted > 0 && qdepth == 0 {
				add(tDocQ.num(k & 1))
			}
			for _, p := range ws.prev {
				add(tDocPrev.str(p))
			}
		}
		if f.set&featGaz != 0 {
			for d := -2; d <= 2; d++ {
				if p := at(i + d); p != nil && p.gaz != 0 {
					for b := uint32(0); b < 32; b++ {
						if p.gaz&(1<<b) != 0 {
							add(tGaz[d+2].num(b))
						}
					}
				}
			}
		}
		if f.set&featMorph != 0 {
			for d := -2; d <= 2; d++ {
				if p := at(i + d); p != nil && p.hasTag {
					add(tPOS[d+2].str(p.pos))
				}
			}
			for d := -1; d <= 1; d++ {
				p := at(i + d)
				if p == nil || !p.hasTag {
					continue
				}
				if p.cas != "" {
					add(tCase[d+1].str(p.cas))
				}
				add(tLemma[d+1].str(p.lemma))
				if p.marks != "" {
					add(tMark[d+1].str(p.marks))
				}
			}
			if ti.hasTag {
				add(tPosCase.str(ti.pos).str(ti.cas))
				add(tLemSuf.str(suffix(ti.lemma, 3)))
			}
		}
		f.offs = append(f.offs, len(f.out))
	}
}

// stemEndings are inflectional endings stem strips, longest first.
var stemEndings = []string{
	"ами", "ями", "ові", "еві", "єві", "ого", "ому", "ими", "ої", "ою", "ею", "єю", "ом", "ем", "єм",
	"ій", "ий", "их", "им", "ах", "ях", "ам", "ям", "ів", "їв", "ії", "ію", "ія",
	"а", "я", "у", "ю", "і", "ї", "и", "е", "є", "о", "ь", "й",
}

// stem strips one inflectional ending from a lower-cased word of five or
// more letters so that the cases of a name share a feature: Блінкеном,
// Блінкена → блінкен.
func stem(w string) string {
	n := utf8.RuneCountInString(w)
	if n < 5 {
		return w
	}
	for _, e := range stemEndings {
		if s, ok := strings.CutSuffix(w, e); ok && n-utf8.RuneCountInString(e) >= 3 {
			return s
		}
	}
	return w
}
