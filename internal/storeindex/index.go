// Package storeindex is what the sqlite and postgres stores do alike
// without touching the database: reading text into indexed lemma terms,
// finding hits and cutting snippets, normalising names, and linking a
// document's entities to stored ones.
package storeindex

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// PlainLemmatize is the Lemmatizer of a store opened without one: it
// splits text into words and takes each word in lower case as its lemma.
func PlainLemmatize(text string) []vistka.Token {
	var toks []vistka.Token
	start, rstart, r := -1, 0, 0
	for i, c := range text {
		word := unicode.IsLetter(c) || unicode.IsNumber(c) || unicode.Is(unicode.Mn, c) || isApostrophe(c)
		if word && start < 0 {
			start, rstart = i, r
		}
		if !word && start >= 0 {
			toks = append(toks, plainToken(text[start:i], start, rstart, r))
			start = -1
		}
		r++
	}
	if start >= 0 {
		toks = append(toks, plainToken(text[start:], start, rstart, r))
	}
	return toks
}

func plainToken(w string, start, rstart, rend int) vistka.Token {
	return vistka.Token{Text: w, Kind: vistka.Word, Start: start, End: start + len(w), RStart: rstart, REnd: rend, Lemma: strings.ToLower(w)}
}

func isApostrophe(c rune) bool {
	switch c {
	case '\'', '’', 'ʼ', '`', '‘', 'ʹ':
		return true
	}
	return false
}

// MaxTerm caps the length of an index term, in runes.
const MaxTerm = 60

// Terms splits a lemma into index terms: lower case, without apostrophes
// and combining marks (stress), split at every other character that is no
// letter or digit (Касим-Жомарт → касим жомарт). Each term is one token,
// as it is, to SQLite's ascii tokenizer (to which every character but
// ASCII punctuation and spaces is part of a word; a term has only letters
// and digits) and to PostgreSQL's text-search parser.
func Terms(lemma string) []string {
	b, n := appendTerms(nil, lemma)
	if n == 0 {
		return nil
	}
	return strings.Split(string(b), " ")
}

// appendTerms appends the terms of lemma to b, each after a space unless
// b is empty, and returns b and the number of terms.
func appendTerms(b []byte, lemma string) ([]byte, int) {
	terms, n := 0, 0 // n counts the runes of the term being written
	start := func() {
		if n == 0 && len(b) > 0 {
			b = append(b, ' ')
		}
	}
	add := func(c rune) {
		if n < MaxTerm {
			start()
			b = utf8.AppendRune(b, scan.Lower(c))
			n++
		}
	}
	flush := func() {
		if n > 0 {
			terms++
			n = 0
		}
	}
	for i := 0; i < len(lemma); {
		// Runs of lower-case Cyrillic letters, most of a lemma or a
		// name, at once.
		if j := scan.LowerCyrillicRun(lemma, i); j > i {
			if k := min((j-i)/2, MaxTerm-n); k > 0 {
				start()
				b = append(b, lemma[i:i+2*k]...)
				n += k
			}
			i = j
			continue
		}
		// ASCII and the other two-byte Cyrillic letters next: the
		// common cases, which the Unicode tables below are slow to
		// tell.
		c := lemma[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				add(rune(c))
			case c == '\'' || c == '`': // apostrophes
			default:
				flush()
			}
			continue
		}
		if cyrillic2(lemma[i:]) {
			if n < MaxTerm {
				start()
				b0, b1 := lower2(c, lemma[i+1])
				b = append(b, b0, b1)
				n++
			}
			i += 2
			continue
		}
		c2, size := utf8.DecodeRuneInString(lemma[i:])
		i += size
		switch {
		case cyrillicLetter(c2):
			add(c2)
		case isApostrophe(c2) || unicode.Is(unicode.Mn, c2):
		case unicode.IsLetter(c2) || unicode.IsNumber(c2):
			add(c2)
		default:
			flush()
		}
	}
	flush()
	return b, terms
}

// cyrillic2 reports whether s starts with a letter of the Cyrillic block
// written in two bytes (U+0400–U+047F), the letters of Ukrainian.
func cyrillic2(s string) bool {
	return len(s) >= 2 && (s[0] == 0xd0 || s[0] == 0xd1) && s[1]&0xc0 == 0x80
}

// lower2 returns the lower case of the Cyrillic letter of two bytes
// b0 b1 (see cyrillic2), which is one of them too.
func lower2(b0, b1 byte) (byte, byte) {
	r := rune(b0&0x1f)<<6 | rune(b1&0x3f)
	switch {
	case 'А' <= r && r <= 'Я':
		r += 'а' - 'А'
	case r <= 'Џ':
		r += 'ѐ' - 'Ѐ'
	case r > 'џ':
		r = scan.Lower(r)
	}
	return 0xc0 | byte(r>>6), 0x80 | byte(r&0x3f)
}

// indexed reports whether a token goes into the full-text index.
func indexed(t *vistka.Token) bool {
	switch t.Kind {
	case vistka.Punct, vistka.QuoteMark, vistka.Dash, vistka.Symbol:
		return false
	}
	return true
}

// Index turns the words of a text into the space-separated index terms and
// the code-point range of each, delta-encoded as varints.
func Index(words []vistka.Token) (lemmas string, offsets []byte) {
	var b []byte
	prev := 0
	for i := range words {
		t := &words[i]
		if !indexed(t) {
			continue
		}
		lemma := t.Lemma
		if lemma == "" {
			lemma = t.Text
		}
		terms := 1
		if isTerm(lemma) {
			// Most lemmas are one term already.
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = append(b, lemma...)
		} else {
			b, terms = appendTerms(b, lemma)
		}
		for range terms {
			offsets = binary.AppendVarint(offsets, int64(t.RStart-prev))
			offsets = binary.AppendUvarint(offsets, uint64(max(t.REnd-t.RStart, 0)))
			prev = t.RStart
		}
	}
	if offsets == nil {
		// Not NULL, which the stores refuse, for a text without a
		// word, such as "!!!".
		offsets = []byte{}
	}
	return string(b), offsets
}

// isTerm reports whether s is one index term as it is: lower-case
// letters and digits, at most MaxTerm of them.
func isTerm(s string) bool {
	n := 0
	for i := 0; i < len(s); n++ {
		// Lower-case Ukrainian letters, most of a lemma, in the
		// tightest loop: а-п, р-я, ѐ-џ.
		for i+1 < len(s) && (s[i] == 0xd0 && s[i+1]-0xb0 < 0x10 || s[i] == 0xd1 && s[i+1]-0x80 < 0x20) {
			i += 2
			n++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			i++
		case c < utf8.RuneSelf:
			return false
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLower(r) && !unicode.IsDigit(r) {
				return false
			}
			i += size
		}
	}
	return n > 0 && n <= MaxTerm
}

// isLetter is unicode.IsLetter without a search of its tables for ASCII
// and the letters of the Cyrillic block, most of the letters of names.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case cyrillicLetter(r):
		return true
	}
	return unicode.IsLetter(r)
}

// cyrillicLetter reports the letters of the Cyrillic block, in which every
// rune from U+0400 to U+0481 is a letter.
func cyrillicLetter(c rune) bool { return 0x400 <= c && c <= 0x481 }

// QueryTerms returns the distinct index terms of a query.
func QueryTerms(lemmatize vistka.Lemmatizer, text string) []string {
	var out []string
	for _, t := range lemmatize(text) {
		if !indexed(&t) {
			continue
		}
		lemma := t.Lemma
		if lemma == "" {
			lemma = t.Text
		}
		for _, term := range Terms(lemma) {
			if !slices.Contains(out, term) {
				out = append(out, term)
			}
		}
	}
	return out
}

// QueryPrefixes reads a name query for lookups by the start of words: for
// each term of each word, the terms a word of a name may start with —
// the lemma's term, and the term of the word as typed when it differs,
// so that "Блінка" finds Блінкен whatever its lemma is taken to be.
func QueryPrefixes(lemmatize vistka.Lemmatizer, text string) [][]string {
	var out [][]string
	for _, t := range lemmatize(text) {
		if !indexed(&t) {
			continue
		}
		lemma := t.Lemma
		if lemma == "" {
			lemma = t.Text
		}
		lt, st := Terms(lemma), Terms(t.Text)
		for i := range max(len(lt), len(st)) {
			var alts []string
			if i < len(lt) {
				alts = append(alts, lt[i])
			}
			if i < len(st) && !slices.Contains(alts, st[i]) {
				alts = append(alts, st[i])
			}
			if !slices.ContainsFunc(out, func(o []string) bool { return slices.Equal(o, alts) }) {
				out = append(out, alts)
			}
		}
	}
	return out
}

// PrefixEnd is the least string greater than every string that starts
// with prefix, in the order of UTF-8 bytes (and so of code points): the
// end of a range scan of the words that start with it.
func PrefixEnd(prefix string) string { return prefix + string(utf8.MaxRune) }

// Hits returns the code-point ranges of the terms of a document that are
// among terms, in text order.
func Hits(lemmas string, offsets []byte, want []string) []vistka.Range {
	var out []vistka.Range
	pos := 0
	for term := range strings.SplitSeq(lemmas, " ") {
		d, n := binary.Varint(offsets)
		if n <= 0 {
			break
		}
		offsets = offsets[n:]
		l, n := binary.Uvarint(offsets)
		if n <= 0 {
			break
		}
		offsets = offsets[n:]
		pos += int(d)
		if !slices.Contains(want, term) {
			continue
		}
		r := vistka.Range{Start: pos, End: pos + int(l)}
		if len(out) > 0 && out[len(out)-1] == r {
			continue
		}
		out = append(out, r)
	}
	return out
}

// Snippet sizes, in code points.
const (
	snippetBefore = 60  // context before a hit in the middle of a sentence
	sentenceBack  = 100 // how far back a hit's sentence may start to start there
	snippetLen    = 220
)

// Snippet cuts a stretch of text around the first of hits (the start of
// the text when there is none) and returns it with the hits inside it,
// relative to it. Cuts fall between words and are marked with "…".
func Snippet(text string, found []vistka.Range) (string, []vistka.Range) {
	runes := []rune(text)
	n := len(runes)
	at := 0
	if len(found) > 0 {
		at = min(max(found[0].Start, 0), n)
	}
	// Begin at the start of the sentence of the hit when it is near,
	// else a little before the hit, between words.
	from, lo := -1, max(at-sentenceBack, 0)
	for i := at - 1; i >= lo; i-- {
		if sentenceEnd(runes, i) {
			from = i + 1
			break
		}
	}
	if from < 0 && lo == 0 {
		from = 0
	}
	if from < 0 {
		from = at - snippetBefore
		for from < at && !unicode.IsSpace(runes[from-1]) {
			from++
		}
	}
	for from < n && unicode.IsSpace(runes[from]) {
		from++
	}
	to := min(from+snippetLen, n)
	if to < n {
		cut := to
		for cut > at && !unicode.IsSpace(runes[cut]) {
			cut--
		}
		if cut > at {
			to = cut
		}
	}
	for to > from && unicode.IsSpace(runes[to-1]) {
		to--
	}
	// Runs of white space become one space; pos maps the text's code
	// points to the snippet's.
	var b strings.Builder
	pos := make([]int, to-from+1)
	k := 0
	if from > 0 {
		b.WriteString("…")
		k++
	}
	for i, c := range runes[from:to] {
		pos[i] = k
		if unicode.IsSpace(c) {
			if i > 0 && unicode.IsSpace(runes[from+i-1]) {
				continue
			}
			c = ' '
		}
		b.WriteRune(c)
		k++
	}
	pos[to-from] = k
	if to < n {
		b.WriteString("…")
	}
	var hl []vistka.Range
	for _, h := range found {
		if h.Start >= from && h.End <= to && h.Start < h.End {
			hl = append(hl, vistka.Range{Start: pos[h.Start-from], End: pos[h.End-from]})
		}
	}
	return b.String(), hl
}

// sentenceEnd reports whether a sentence ends after runes[i]: a line
// break, or a full stop, ! ? or … before white space — but not the dot of
// an initial (Е. Блінкен).
func sentenceEnd(runes []rune, i int) bool {
	switch runes[i] {
	case '\n':
		return true
	case '.':
		if i > 0 && unicode.IsUpper(runes[i-1]) && (i == 1 || !unicode.IsLetter(runes[i-2])) {
			return false
		}
	case '!', '?', '…':
	default:
		return false
	}
	return i+1 < len(runes) && unicode.IsSpace(runes[i+1])
}

// Runes cuts a text by code-point offsets in time independent of the
// text's length: it keeps the byte offset of every 1024th code point it
// has walked past, so that the many event sentences of a very long
// document do not each walk the text from its start, and where the last
// cut ended, from which the next one walks when it starts there or
// later, as sentences taken in the order of the text do.
type Runes struct {
	text  string
	marks []int // marks[k]: byte offset of code point k*runeStep
	// at is the code point where the last cut ended, and atByte its
	// byte offset.
	at, atByte int
}

const runeStep = 1024

// NewRunes indexes text for Substr.
func NewRunes(text string) *Runes {
	r := &Runes{text: text}
	if text != "" {
		r.marks = []int{0}
	}
	return r
}

// next returns the offset of the rune after the one at s[i:], stepping
// as a range loop does (a byte of invalid UTF-8 is a rune); ASCII and
// the Cyrillic letters without decoding them.
func next(s string, i int) int {
	if c := s[i]; c < utf8.RuneSelf {
		return i + 1
	} else if (c == 0xd0 || c == 0xd1) && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
		return i + 2
	}
	return nextRune(s, i)
}

// nextRune is next for the other runes, apart so that next is inlined.
func nextRune(s string, i int) int {
	_, size := utf8.DecodeRuneInString(s[i:])
	return i + size
}

// Substr returns text[start:end] in code points, clamped to the text.
func (r *Runes) Substr(start, end int) string {
	if start < 0 {
		start = 0
	}
	if end <= start || len(r.marks) == 0 {
		return ""
	}
	k := min(start/runeStep, len(r.marks)-1)
	i, n := r.marks[k], k*runeStep
	if n < r.at && r.at <= start {
		i, n = r.atByte, r.at
	}
	i, n = r.walk(i, n, start)
	from := i
	i, n = r.walk(i, n, end)
	r.at, r.atByte = n, i
	return r.text[from:i]
}

// walk steps from code point n at byte offset i to code point to, or to
// the end of the text, and returns where it stops. It marks the code
// points of every runeStep past the last mark on its way.
func (r *Runes) walk(i, n, to int) (int, int) {
	for ; n < to && i < len(r.text); n++ {
		if n%runeStep == 0 && n/runeStep == len(r.marks) {
			r.marks = append(r.marks, i)
		}
		i = next(r.text, i)
	}
	return i, n
}

// Substr returns text[start:end] in code points, clamped to the text.
func Substr(text string, start, end int) string {
	if start < 0 {
		start = 0
	}
	if end <= start {
		return ""
	}
	i, r := 0, 0
	from, to := len(text), len(text)
	for i < len(text) {
		if r == start {
			from = i
		}
		if r == end {
			to = i
			break
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		r++
	}
	if from > to {
		return ""
	}
	return text[from:to]
}

// NormName is the form names are compared in: lower case, one kind of
// apostrophe, no quotation marks, single spaces.
func NormName(name string) string {
	b := make([]byte, 0, len(name))
	space := false // a space is due before the next rune
	for i := 0; i < len(name); {
		// Lower-case Cyrillic letters, most of a name, are copied a run
		// at a time.
		if j := scan.LowerCyrillicRun(name, i); j > i {
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, name[i:j]...)
			i = j
			continue
		}
		// The other Cyrillic letters and ASCII next, without the
		// Unicode tables: the common cases.
		var c rune
		switch {
		case cyrillic2(name[i:]):
			if space {
				b = append(b, ' ')
				space = false
			}
			b0, b1 := lower2(name[i], name[i+1])
			b = append(b, b0, b1)
			i += 2
			continue
		case name[i] < utf8.RuneSelf:
			c = rune(name[i])
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'' || c == '`':
				c = '\''
			case c == '"' || c == ' ' || '\t' <= c && c <= '\r':
				space = len(b) > 0
				continue
			}
		default:
			var size int
			c, size = utf8.DecodeRuneInString(name[i:])
			i += size
			switch {
			case cyrillicLetter(c):
				c = scan.Lower(c)
			case isApostrophe(c):
				c = '\''
			case strings.ContainsRune("«»„“”‟", c) || unicode.IsSpace(c):
				// A run of these is one space between words, and none
				// at either end.
				space = len(b) > 0
				continue
			default:
				c = scan.Lower(c)
			}
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, c)
	}
	return string(b)
}

// Person splits the normalised name of a person into the surname and the
// other words (first names, patronymics, initials). Names are usually
// "Ім'я Прізвище"; "Прізвище Ім'я По-батькові" is recognised by the
// patronymic at the end.
func Person(norm string) (surname string, given []string) {
	w := scan.Fields(norm)
	switch {
	case len(w) == 0:
		return "", nil
	case len(w) == 1:
		return w[0], nil
	case len(w) >= 3 && patronymic(w[len(w)-1]) && !patronymic(w[0]):
		return w[0], w[1:]
	}
	return w[len(w)-1], w[:len(w)-1]
}

func patronymic(w string) bool {
	for _, s := range []string{"ович", "евич", "йович", "івна", "ївна", "овна", "ич", "ична"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// isInitial reports whether w is an initial: one letter with or without a
// dot.
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return utf8.RuneCountInString(w) == 1
}

// SameGiven reports whether the given names of two people can belong to
// one: the shorter list fits into the longer, an initial fitting any name
// with that first letter.
func SameGiven(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, x := range a {
		if !slices.ContainsFunc(b, func(y string) bool { return fits(x, y) }) {
			return false
		}
	}
	return true
}

func fits(x, y string) bool {
	if x == y {
		return true
	}
	if isInitial(x) || isInitial(y) {
		rx, _ := utf8.DecodeRuneInString(x)
		ry, _ := utf8.DecodeRuneInString(y)
		return rx == ry
	}
	return false
}

// matchKeys are the normalised names of a document's entity that may
// identify a stored one: its name and aliases, but for a person only the
// names of two words or more — a surname alone is matched by surname —
// and for anything else no short form (see shortKeys).
func matchKeys(m *Memo, e *vistka.Entity) []string {
	return m.namesOf(e).keys
}

// shortKeys are the aliases of a document's entity, other than a
// person, that are short forms of another of its names (see shortOf):
// ОВА of Одеська обласна військова адміністрація, Нафтогаз of Нафтогаз
// України. Such a form is shared by bodies of one kind (every region's
// ОВА), so it identifies only an entity that goes by it alone.
func shortKeys(m *Memo, e *vistka.Entity) []string {
	return m.namesOf(e).short
}

// entityKeys splits the normalised name and aliases of a document's
// entity into the keys that identify a stored entity and the short
// forms (see matchKeys and shortKeys).
func entityKeys(m *Memo, e *vistka.Entity) (keys, short []string) {
	names := []string{m.Norm(e.Name)}
	for _, a := range e.Aliases {
		names = append(names, m.Norm(a))
	}
	for i, k := range names {
		switch {
		case k == "" || slices.Contains(keys, k) || slices.Contains(short, k):
		case e.Type == "PERS":
			if strings.Contains(k, " ") {
				keys = append(keys, k)
			}
		case i > 0 && slices.ContainsFunc(names, func(n string) bool { return shortOf(k, n) }):
			short = append(short, k)
		default:
			keys = append(keys, k)
		}
	}
	return keys, short
}

// shortOf reports whether the normalised name a is a short form of the
// normalised name n: a proper part of its words (Нафтогаз of Нафтогаз
// України, ОВА of Харківська ОВА), or one word made of the initials of a
// proper part of them (ОВА of Одеська обласна військова адміністрація).
// The initials of all the words are an acronym of the whole name, no
// short form (США of Сполучені Штати Америки).
func shortOf(a, n string) bool {
	aw, nw := scan.Fields(a), scan.Fields(n)
	if len(aw) == 0 || len(aw) >= len(nw) {
		return false
	}
	for i := 0; i+len(aw) <= len(nw); i++ {
		if slices.Equal(aw, nw[i:i+len(aw)]) {
			return true
		}
	}
	if len(aw) > 1 {
		return false
	}
	letters := []rune(aw[0])
	if len(letters) < 2 || len(letters) >= len(nw) {
		return false
	}
	for i := 0; i+len(letters) <= len(nw); i++ {
		if initialsAre(nw[i:i+len(letters)], letters) {
			return true
		}
	}
	return false
}

// initialsAre reports whether the first letters of words are letters.
func initialsAre(words []string, letters []rune) bool {
	for j, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); r != letters[j] {
			return false
		}
	}
	return true
}

// EntityName is the name an entity of a document is stored under.
func EntityName(e *vistka.Entity) string {
	if n := trimSpace(e.Name); n != "" {
		return n
	}
	for _, m := range e.Mentions {
		if l := trimSpace(m.Lemma); l != "" {
			return l
		}
		if t := trimSpace(m.Text); t != "" {
			return t
		}
	}
	return ""
}

// trimSpace is strings.TrimSpace without a search of the Unicode tables
// for a string that starts and ends with a Cyrillic letter of two bytes
// (U+0400–U+047F), as most names do: no white space starts with such a
// lead byte, and a string whose last two bytes are one, then a
// continuation byte, ends with that letter. Linking asks for the name of
// every entity at each of its steps.
func trimSpace(s string) string {
	if n := len(s); n >= 2 && s[0]&0xfe == 0xd0 && s[n-2]&0xfe == 0xd0 && s[n-1]&0xc0 == 0x80 {
		return s
	}
	return strings.TrimSpace(s)
}

// NameWords are the index terms of an entity's names and of its name
// mentions as written, for lookups by name.
func NameWords(e *vistka.Entity) []string {
	out := make([]string, 0, 8)
	var seenBuf [16]string
	seen := seenBuf[:0] // the names read, which repeat in the mentions
	var termBuf [128]byte
	buf := termBuf[:0] // the terms of a name (appendTerms), most of them in out already
	add := func(s string) {
		if slices.Contains(seen, s) {
			return
		}
		seen = append(seen, s)
		buf, _ = appendTerms(buf[:0], s)
		for rest := buf; len(rest) > 0; {
			var t []byte
			t, rest, _ = bytes.Cut(rest, []byte(" "))
			if !slices.ContainsFunc(out, func(w string) bool { return w == string(t) }) {
				out = append(out, string(t))
			}
		}
	}
	add(EntityName(e))
	for _, a := range e.Aliases {
		add(a)
	}
	for _, m := range e.Mentions {
		if m.Kind == "" || m.Kind == "name" {
			add(m.Text)
			add(m.Lemma)
		}
	}
	return out
}

// EventTime is the time of an event: its date, else the publication time.
func EventTime(date string, published time.Time) time.Time {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(date) == len(layout) {
			if t, err := time.Parse(layout, date); err == nil {
				return t
			}
		}
	}
	return published
}

// RelatedDocs bounds the work of finding an entity's related entities:
// they are counted in its latest relatedDocs documents (by ingestion).
const RelatedDocs = 1000

// Page checks and defaults a limit and an offset.
func Page(limit, offset int) (int, int, error) {
	if limit < 0 || offset < 0 {
		return 0, 0, vistka.Errorf(vistka.EINVALID, "negative limit or offset")
	}
	if limit == 0 {
		limit = vistka.DefaultLimit
	}
	return min(limit, vistka.MaxLimit), offset, nil
}

// CheckRange checks a time range.
func CheckRange(from, to time.Time) error {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		return vistka.Errorf(vistka.EINVALID, "time range ends (%s) before it starts (%s)", to.Format(time.RFC3339), from.Format(time.RFC3339))
	}
	return nil
}

// CheckOrder checks a search order.
func CheckOrder(order string) error {
	switch order {
	case "", vistka.OrderDate, vistka.OrderRelevance:
		return nil
	}
	return vistka.Errorf(vistka.EINVALID, "unknown order %q (want %q or %q)", order, vistka.OrderDate, vistka.OrderRelevance)
}

// Prepare checks a document and fills what Put needs from it: its hash,
// its URL trimmed, and its index.
func Prepare(doc *vistka.Document, words []vistka.Token, lemmatize vistka.Lemmatizer) (lemmas string, offsets []byte, err error) {
	if doc == nil {
		return "", nil, vistka.Errorf(vistka.EINVALID, "no document")
	}
	if strings.TrimSpace(doc.Text) == "" {
		return "", nil, vistka.Errorf(vistka.EINVALID, "document has no text")
	}
	if !scan.Valid(doc.Text) {
		return "", nil, vistka.Errorf(vistka.EINVALID, "document text is not valid UTF-8")
	}
	doc.URL = strings.TrimSpace(doc.URL)
	if doc.Hash == "" {
		doc.Hash = vistka.TextHash(doc.Text)
	}
	if words == nil {
		words = lemmatize(doc.Text)
	}
	lemmas, offsets = Index(words)
	return lemmas, offsets, nil
}

// Publisher is the publisher a document is filtered by.
func Publisher(doc *vistka.Document) string {
	if doc.Extraction == nil {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(doc.Extraction.Source.Publisher))
}

// NonNil returns s, or an empty slice for nil, so that lists are [] in
// JSON.
func NonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Entities are linked across documents in three steps, so that a Put asks
// the database little: lookups lists every name, surname and alias the
// entities of a document may be found by; the store loads the entities
// that go by them into a memo (one query or a few); link then decides
// in memory, entity by entity, each seeing the ones before it, and says
// which entities are new.

// Candidate is an entity that a document's entity may be.
type Candidate struct {
	ID    int64
	Type  string
	Norm  string
	Given []string // PERS with a full name: the words besides the surname
}

// Lookups returns what linking the entities of ext may look up: their
// names and aliases (normalised), and the surnames of the people. m is
// the memo the entities are then loaded into.
func Lookups(m *Memo, ext *vistka.Extraction) (names, surnames []string) {
	add := func(list []string, s string) []string {
		if s == "" || slices.Contains(list, s) {
			return list
		}
		return append(list, s)
	}
	for i := range ext.Entities {
		e := &ext.Entities[i]
		norm := m.Norm(EntityName(e))
		if norm == "" {
			continue
		}
		names = add(names, norm)
		for _, k := range append(lookupKeys(m, e), shortKeys(m, e)...) {
			names = add(names, k)
		}
		if e.Type == "PERS" {
			sn, _ := m.person(norm)
			surnames = add(surnames, sn)
		}
	}
	return names, surnames
}

// Memo holds the stored entities that a document's entities may be, and
// the new ones as link makes them (with ids below zero).
type Memo struct {
	norms  map[string]string // name → NormName(name)
	cand   map[int64]*Candidate
	alias  map[aliasKey][]int64 // entities by their type and the norm of a name or alias
	people map[string][]int64   // surname → people with a full name
	lone   map[string][]int64   // surname → people named by it alone
	keys   map[*vistka.Entity]*entityNames
	split  map[string]personName // norm → Person(norm)
}

// personName is a person's name split by Person.
type personName struct {
	surname string
	given   []string
}

// aliasKey is a type and the norm of a name or alias, by which Memo
// finds entities: a key of two strings rather than one string joined
// from them, which would cost Link an allocation at every lookup.
type aliasKey struct{ typ, norm string }

// entityNames are the keys of a document's entity, worked out once: a
// Put reads them at every step of linking and storing.
type entityNames struct {
	keys, short, derived []string
	aliases              []Alias // Aliases, nil until asked
}

// namesOf returns the keys of a document's entity e: matchKeys,
// shortKeys and derivedKeys.
func (m *Memo) namesOf(e *vistka.Entity) *entityNames {
	if n := m.keys[e]; n != nil {
		return n
	}
	keys, short := entityKeys(m, e)
	n := &entityNames{keys: keys, short: short, derived: derivedKeys(e)}
	m.keys[e] = n
	return n
}

func NewMemo() *Memo {
	return &Memo{norms: map[string]string{}, cand: map[int64]*Candidate{}, alias: map[aliasKey][]int64{}, people: map[string][]int64{},
		lone: map[string][]int64{}, keys: map[*vistka.Entity]*entityNames{}, split: map[string]personName{}}
}

// Norm is NormName(name), remembered: linking normalises each name of a
// document at every step.
func (m *Memo) Norm(name string) string {
	n, ok := m.norms[name]
	if !ok {
		n = NormName(name)
		m.norms[name] = n
	}
	return n
}

// person is Person(norm), remembered: linking splits the name of each
// person of a document at four steps. The given names it returns are
// shared, to be read only.
func (m *Memo) person(norm string) (surname string, given []string) {
	p, ok := m.split[norm]
	if !ok {
		p.surname, p.given = Person(norm)
		m.split[norm] = p
	}
	return p.surname, p.given
}

// Entity remembers an entity with its surname ("" unless a person with a
// full name). A person whose name is one word is one named by the
// surname alone.
func (m *Memo) Entity(id int64, typ, norm, surname string, given []string) {
	if m.cand[id] != nil {
		return
	}
	m.cand[id] = &Candidate{ID: id, Type: typ, Norm: norm, Given: given}
	m.Name(id, norm)
	switch {
	case surname != "" && len(given) > 0:
		m.people[surname] = append(m.people[surname], id)
	case typ == "PERS" && norm != "" && !strings.Contains(norm, " "):
		m.lone[norm] = append(m.lone[norm], id)
	}
}

// rename makes entity id (remembered before) a person with a full name.
func (m *Memo) rename(id int64, norm, surname string, given []string) {
	c := m.cand[id]
	if len(c.Given) == 0 {
		m.lone[c.Norm] = slices.DeleteFunc(m.lone[c.Norm], func(x int64) bool { return x == id })
		m.people[surname] = append(m.people[surname], id)
	}
	c.Norm, c.Given = norm, given
	m.Name(id, norm)
}

// Name remembers that entity id (remembered before) goes by norm.
func (m *Memo) Name(id int64, norm string) {
	c := m.cand[id]
	k := aliasKey{c.Type, norm}
	if !slices.Contains(m.alias[k], id) {
		m.alias[k] = append(m.alias[k], id)
	}
}

// get returns the entities of ids in the order they were stored.
func (m *Memo) get(ids []int64) []Candidate {
	var out []Candidate
	for _, id := range ids {
		out = append(out, *m.cand[id])
	}
	slices.SortFunc(out, func(a, b Candidate) int { return cmp.Compare(storeOrder(a.ID), storeOrder(b.ID)) })
	return out
}

// storeOrder sorts ids as the store will have them: the stored ones, then
// the new ones (-1, -2, …) in the order they were made.
func storeOrder(id int64) uint64 {
	if id < 0 {
		return 1<<63 + uint64(-id)
	}
	return uint64(id)
}

func (m *Memo) byKeys(typ string, keys []string) []Candidate {
	var ids []int64
	for _, k := range keys {
		for _, id := range m.alias[aliasKey{typ, k}] {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return m.get(ids)
}

func (m *Memo) bySurname(surname string) []Candidate { return m.get(m.people[surname]) }

func (m *Memo) byNorm(typ, norm string) int64 {
	for _, id := range m.alias[aliasKey{typ, norm}] {
		if m.cand[id].Norm == norm {
			return id
		}
	}
	return 0
}

// Fresh is an entity that link found new.
type Fresh struct {
	Type, Name, Norm string
	Surname, Given   *string // PERS with a full name
}

// Rename is a stored person that a document names more fully: named by
// the surname alone, or with initials, until now.
type Rename struct {
	ID                         int64
	Name, Norm, Surname, Given string
}

// Link decides which entity each entity of ext is: global[i] is the id of
// a stored entity, or -(j+1) for fresh[j], or 0 for an entity without a
// name. renames are the stored people that take the fuller name the
// document gives them.
func Link(m *Memo, ext *vistka.Extraction) (global []int64, news []Fresh, renames []Rename) {
	global = make([]int64, len(ext.Entities))
	ambiguous := twoPeople(m, ext)
	renamed := map[int64]int{} // id → index in renames
	for i := range ext.Entities {
		e := &ext.Entities[i]
		name := EntityName(e)
		norm := m.Norm(name)
		if norm == "" {
			continue
		}
		var surname string
		var given []string
		if e.Type == "PERS" {
			surname, given = m.person(norm)
		}
		id, fuller := resolve(m, e, norm, ambiguous[surname])
		if id == 0 {
			id = acrossTypes(m, e.Type, name, norm)
		}
		if id == 0 {
			f := Fresh{Type: e.Type, Name: name, Norm: norm}
			if len(given) > 0 {
				g := strings.Join(given, " ")
				f.Surname, f.Given = &surname, &g
			}
			news = append(news, f)
			id = -int64(len(news))
			m.Entity(id, e.Type, norm, surname, given)
		}
		if fuller {
			m.rename(id, norm, surname, given)
			g := strings.Join(given, " ")
			if id < 0 {
				f := &news[-id-1]
				f.Name, f.Norm, f.Surname, f.Given = name, norm, &surname, &g
			} else {
				r := Rename{ID: id, Name: name, Norm: norm, Surname: surname, Given: g}
				if j, ok := renamed[id]; ok {
					renames[j] = r
				} else {
					renamed[id] = len(renames)
					renames = append(renames, r)
				}
			}
		}
		global[i] = id
		for _, a := range Aliases(m, e) {
			m.Name(id, a.Norm)
		}
	}
	return global, news, renames
}

// twoPeople returns the surnames that a document gives to two people
// with full names that cannot be one person.
func twoPeople(m *Memo, ext *vistka.Extraction) map[string]bool {
	out := map[string]bool{}
	first := map[string][]string{}
	for i := range ext.Entities {
		e := &ext.Entities[i]
		if e.Type != "PERS" {
			continue
		}
		surname, given := m.person(m.Norm(EntityName(e)))
		if len(given) == 0 {
			continue
		}
		if g, ok := first[surname]; !ok {
			first[surname] = given
		} else if !SameGiven(g, given) {
			out[surname] = true
		}
	}
	return out
}

// resolve finds the entity that a document's entity e (named norm) is, or
// returns 0 when it is new. A name or an alias identifies an entity when
// exactly one entity of the type goes by it (or one is called by it
// exactly). A person named by the surname alone, or by initials and the
// surname, is the one person with a full name that fits, when there is
// exactly one; two or more make the name ambiguous, and it stays apart —
// as one entity per surname — rather than joining the wrong one.
//
// The other way round, a person with a full name that fits no stored
// one is the person stored under the surname alone when there is one
// such, no person with a full name has the surname, and the document
// names no other person with it (ambiguous); fuller is then true, as it
// is when the full name links to a person known by initials: the entity
// takes the fuller name.
//
// A body or a place is found by its name and aliases but its short
// forms (matchKeys), by the short names its name derives and the full
// names that derive its name (byDerived), and else by a short form it
// alone goes by (byShortForm).
func resolve(m *Memo, e *vistka.Entity, norm string, ambiguous bool) (id int64, fuller bool) {
	surname, given := "", []string(nil)
	if e.Type == "PERS" {
		surname, given = m.person(norm)
	}
	if e.Type == "PERS" && len(given) == 0 {
		if cands := m.bySurname(surname); len(cands) == 1 {
			return cands[0].ID, false
		}
		return m.byNorm(e.Type, norm), false
	}
	cands := m.byKeys(e.Type, matchKeys(m, e))
	for _, c := range byDerived(m, e, norm) {
		if !slices.ContainsFunc(cands, func(x Candidate) bool { return x.ID == c.ID }) {
			cands = append(cands, c)
		}
	}
	if len(cands) == 1 {
		return cands[0].ID, false
	}
	for _, c := range cands {
		if c.Norm == norm {
			return c.ID, false
		}
	}
	if len(cands) > 1 {
		return 0, false
	}
	if e.Type != "PERS" {
		return byShortForm(m, e), false
	}
	people := m.bySurname(surname)
	cands = slices.DeleteFunc(slices.Clone(people), func(c Candidate) bool { return !SameGiven(given, c.Given) })
	if len(cands) == 1 {
		return cands[0].ID, names(given) > names(cands[0].Given)
	}
	if len(people) == 0 && !ambiguous {
		if lone := m.lone[surname]; len(lone) == 1 {
			return lone[0], true
		}
	}
	return 0, false
}

// byShortForm returns the entity that a document's entity e, other than
// a person, is by one of its short forms (shortKeys), or 0: the one
// entity named by that form alone (Нафтогаз stored, Нафтогаз України
// with the alias Нафтогаз now), when it is the one entity that goes by
// the form. An entity with a fuller name of its own that went by the
// form too is another one (the Odesa region's ОВА is not the Kharkiv
// region's), and makes the form ambiguous.
func byShortForm(m *Memo, e *vistka.Entity) int64 {
	short := shortKeys(m, e)
	cands := m.byKeys(e.Type, short)
	if len(cands) == 1 && slices.Contains(short, cands[0].Norm) {
		return cands[0].ID
	}
	return 0
}

// crossTypes are the types whose entities may link across types (see
// acrossTypes).
var crossTypes = []string{"PERS", "ORG", "LOC", "MISC"}

// acrossTypes returns the entity of another type that a document's
// entity of type typ, named name (normalised: norm) and found by none of
// its own type, is, or 0. Recognisers tell the type of an acronym or of
// a word in Latin script from little but their context, and give one
// name different types in different texts: ЄС a place or a body,
// Telegram a body or a thing. Such a name — one word, an acronym or in
// Latin letters — is the one entity of the types of crossTypes that goes
// by it, when exactly one does. Other names keep to their type: Дніпро
// the city and Дніпро the club are two.
func acrossTypes(m *Memo, typ, name, norm string) int64 {
	if !slices.Contains(crossTypes, typ) || !typeFreeName(name) {
		return 0
	}
	var found int64
	for _, t := range crossTypes {
		if t == typ {
			continue
		}
		for _, id := range m.alias[aliasKey{t, norm}] {
			if found != 0 && found != id {
				return 0
			}
			found = id
		}
	}
	return found
}

// typeFreeName reports whether name is one word of two letters or more,
// all of them capitals (ЄС, НАТО) or all Latin (Telegram).
func typeFreeName(name string) bool {
	name = trimSpace(name)
	letters, upper, latin := 0, 0, 0
	for _, r := range name {
		switch {
		case cyrillicLetter(r):
			// No Cyrillic letter is Latin.
			letters++
			if scan.IsUpper(r) {
				upper++
			}
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		case r == '-' || r == '.' || isApostrophe(r) || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2 && (upper == letters || latin == letters)
}

// names counts the words of given names that are no initials.
func names(given []string) int {
	n := 0
	for _, g := range given {
		if !isInitial(g) {
			n++
		}
	}
	return n
}
