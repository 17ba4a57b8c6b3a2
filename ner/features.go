package ner

import (
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
)

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
	fnvPrime         = 1099511628211
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
)

// tokInfo is what the features of one token are built from.
type tokInfo struct {
	lower   string
	shape   string // collapsed: Xx, x, d, X-Xx, …
	lshape  string // runs cut to 3
	suf3    string
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
	set   uint32
	gaz   Gazetteer
	info  []tokInfo
	out   []uint64
	offs  []int
	runes []rune
}

func shapes(w string, buf []rune) (short, long string) {
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
	_ = buf
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
	for i := range toks {
		t := &toks[i]
		var ti tokInfo
		ti.lower = strings.ToLower(t.Text)
		ti.shape, ti.lshape = shapes(t.Text, nil)
		ti.suf3 = suffix(ti.lower, 3)
		if f.set&featGaz != 0 && f.gaz != nil {
			ti.gaz = f.gaz.Categories(t.Text)
		}
		if f.set&featMorph != 0 && t.Tag != "" {
			ti.hasTag = true
			ti.pos, ti.cas, ti.marks = tagParts(t.Tag)
			ti.lemma = strings.ToLower(t.Lemma)
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
		add(tShape3.str(shape(i - 1)).str(ti.shape).str(shape(i + 1)))
		add(tShLow.str(shape(i - 1)).str(ti.lower))
		add(tW0Cap1.str(word(i - 1)).str(ti.shape))
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
