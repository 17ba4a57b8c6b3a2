package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// A Scanner splits a text into tokens, one at a time:
//
//	var s tokenize.Scanner
//	s.Init(text)
//	for tok, ok := s.Next(); ok; tok, ok = s.Next() {
//		…
//	}
//
// The zero Scanner has no input; Init starts it over. A Scanner keeps no
// copies: every Token's Text is a substring of the text given to Init.
type Scanner struct {
	src   string
	pos   int // byte offset of the next unread byte
	rpos  int // code-point offset of pos
	base  int // offsets of src[0] in a larger stream (Reader)
	rbase int
	nl    bool // a line break came before the last token

	// runes is the number of code points of the token ending at runesEnd,
	// counted by scanWord on the way; a stale value never matches, as
	// runesEnd is then before the current token.
	runes, runesEnd int
}

// Init makes s scan text from the start.
func (s *Scanner) Init(text string) { s.initAt(text, 0, 0) }

func (s *Scanner) initAt(text string, base, rbase int) {
	*s = Scanner{src: text, base: base, rbase: rbase}
}

// LineBreak reports whether a line break (\n, \r, U+2028, U+2029, …) came
// between the token Next last returned and the one before it.
func (s *Scanner) LineBreak() bool { return s.nl }

// Next returns the next token and true, or a zero Token and false at the
// end of the text. White space, control and format characters (NUL, BOM,
// zero-width space) and bytes that are not valid UTF-8 separate tokens and
// are never part of one. Offsets count an invalid byte as one code point,
// as utf8.RuneCountInString does.
func (s *Scanner) Next() (vistka.Token, bool) {
	var t vistka.Token
	ok := s.next(&t)
	return t, ok
}

// next is Next, filling *t: Tokens appends each token in place, with no
// copies of it on the way.
func (s *Scanner) next(t *vistka.Token) bool {
	src := s.src
	p := s.pos
	s.nl = false
	// The code points skipped, one a step: decode steps over a byte of
	// invalid UTF-8 alone, as utf8.RuneCountInString counts it. The
	// first character of the token, once found, goes to scan.
	skipped := 0
	var (
		cls uint8
		r   rune
		n   int
	)
	for ; p < len(src); skipped++ {
		c := src[p]
		if c < utf8.RuneSelf {
			if cls, r, n = asciiClass[c], rune(c), 1; cls != cSpace {
				break
			}
			if c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				s.nl = true
			}
			p++
			continue
		}
		cls, r, n = decode(src, p)
		if cls != cSpace && cls != cJoin {
			break
		}
		if isLineBreak(r) {
			s.nl = true
		}
		p += n
	}
	s.rpos += skipped
	if p >= len(src) {
		s.pos = len(src)
		return false
	}
	end, kind := s.scan(p, cls, r, n)
	rstart := s.rpos
	if s.runes >= 0 && s.runesEnd == end {
		s.rpos += s.runes
	} else {
		s.rpos += validRuneCount(src[p:end])
	}
	s.pos = end
	*t = vistka.Token{
		Text:   src[p:end],
		Kind:   kind,
		Start:  s.base + p,
		End:    s.base + end,
		RStart: s.rbase + rstart,
		REnd:   s.rbase + s.rpos,
	}
	return true
}

// validRuneCount counts the code points of s, which is valid UTF-8 (as
// every token is): the bytes that start a rune.
func validRuneCount(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		n -= int(s[i]>>7) & int(^s[i]>>6&1)
	}
	return n
}

// Tokens returns all tokens of text.
func Tokens(text string) []vistka.Token {
	var s Scanner
	s.Init(text)
	toks, _ := s.all()
	return toks
}

// all returns the tokens left to s, and which of them a line break comes
// before (what Next's LineBreak reports), for split.
func (s *Scanner) all() ([]vistka.Token, lineBreaks) {
	toks := make([]vistka.Token, 0, (len(s.src)-s.pos)/8+16)
	breaks := make(lineBreaks, 0, cap(toks)/64+1)
	for k := 0; ; k++ {
		toks = append(toks, vistka.Token{})
		if !s.next(&toks[k]) {
			return toks[:k], breaks
		}
		if k%64 == 0 {
			breaks = append(breaks, 0)
		}
		if s.nl {
			breaks[k/64] |= 1 << (k % 64)
		}
	}
}

// lineBreaks holds a bit for each token of a text, set when a line break
// comes before the token.
type lineBreaks []uint64

func (b lineBreaks) at(k int) bool { return b[k/64]>>(k%64)&1 != 0 }

// scan returns the end and kind of the token that starts at p with the
// character decode gives as cls, r and n, which is not white space.
func (s *Scanner) scan(p int, cls uint8, r rune, n int) (int, vistka.TokenKind) {
	src := s.src
	switch cls {
	case cLetter, cDigit:
		return s.scanWord(p)
	case cMark:
		return s.symbolTail(p+n, r), vistka.Symbol
	}
	switch {
	case isTerminal(r):
		e := p + n
		for e < len(src) {
			_, r2, n2 := decode(src, e)
			if !isTerminal(r2) {
				break
			}
			e += n2
		}
		return e, vistka.Punct
	case isPunct(r):
		return p + n, vistka.Punct
	case isDash(r):
		if r == '-' {
			if e := scanParticle(src, p); e > p {
				return e, vistka.Word
			}
		}
		e := p + n
		for e < len(src) {
			_, r2, n2 := decode(src, e)
			if !isDash(r2) {
				break
			}
			e += n2
		}
		return e, vistka.Dash
	case isQuote(r):
		return p + n, vistka.QuoteMark
	case r == '#':
		if e := scanHandle(src, p+1, false); e > p+1 {
			return e, vistka.Hashtag
		}
	case r == '@':
		if e := scanHandle(src, p+1, true); e > p+1 {
			return e, vistka.Hashtag
		}
	}
	if r < utf8.RuneSelf {
		// *** and other runs of one ASCII symbol are one token.
		e := p + 1
		for e < len(src) && src[e] == src[p] {
			e++
		}
		return e, vistka.Symbol
	}
	return s.symbolTail(p+n, r), vistka.Symbol
}

// symbolTail extends a one-rune Symbol, prev, ending at e over what
// belongs to it: combining marks, emoji modifiers, ZWJ sequences and the
// second half of a flag.
func (s *Scanner) symbolTail(e int, prev rune) int {
	src := s.src
	for e < len(src) {
		cls, r, n := decode(src, e)
		switch {
		case cls == cMark || isEmojiTail(r):
		case r == 0x200D && e+n < len(src):
			if c2, _, n2 := decode(src, e+n); c2 == cOther {
				n += n2
			} else {
				return e
			}
		case isRegionalIndicator(prev) && isRegionalIndicator(r):
			prev = 0
			e += n
			continue
		default:
			return e
		}
		prev = r
		e += n
	}
	return e
}

// scanHandle scans the name of a #hashtag or @handle from p: letters,
// digits, marks and underscores; handles take ASCII only.
func scanHandle(src string, p int, ascii bool) int {
	e := p
	for e < len(src) {
		cls, r, n := decode(src, e)
		if r == '_' || ((cls == cLetter || cls == cDigit || (cls == cMark && e > p)) && (!ascii || r < utf8.RuneSelf)) {
			e += n
			continue
		}
		break
	}
	return e
}

// scanWord scans a token that starts with a letter or digit: a word, a
// number, a code, or (tried first) a URL, e-mail, domain, abbreviation or
// initial.
func (s *Scanner) scanWord(p int) (int, vistka.TokenKind) {
	src := s.src
	if c := src[p]; c < utf8.RuneSelf {
		if e := scanURL(src, p); e > p {
			return e, vistka.URL
		}
		if e := scanEmail(src, p); e > p {
			return e, vistka.Email
		}
	}

	var (
		hasLetter, hasDigit, plus bool
		suffix                    bool   // digits, a hyphen, then lower-case letters: 5-го, 30-річний
		numeric                   = true // digit segments only, so far
		groups                    int    // space-separated digit groups (1 200 000); -1 once impossible
		firstLen                  int    // length of the first segment when it is all digits
		nseg                      int
		joinR                     rune  // the connector before the current segment
		prevKind                  uint8 // class of the last rune scanned
		runes                     int
	)
	i := p
	for {
		// One segment: letters, digits and marks.
		segStart := i
		segLetter, segDigit := false, false
	seg:
		for i < len(src) {
			// decode, inlined by hand for ASCII and U+0400–U+047F.
			var cls uint8
			n := 1
			if c := src[i]; c < utf8.RuneSelf {
				cls = asciiClass[c]
			} else if c-0xD0 < 2 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
				// A run of letters from U+0400 to U+047F (lead byte d0
				// or d1): four at a time while there are four (bytes 0,
				// 2, 4 and 6 d0 or d1, the others 80-bf), then one at a
				// time.
				j := i + 2
				for ; j+8 <= len(src); j += 8 {
					t := src[j : j+8]
					w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
						uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
					if w&0xc0fec0fec0fec0fe != 0x80d080d080d080d0 {
						break
					}
				}
				for j+1 < len(src) && src[j]-0xD0 < 2 && src[j+1]&0xC0 == 0x80 {
					j += 2
				}
				segLetter, prevKind = true, cLetter
				runes += (j - i) / 2
				i = j
				continue
			} else {
				cls, _, n = decodeSlow(src, i)
			}
			switch cls {
			case cLetter:
				segLetter = true
			case cDigit:
				segDigit = true
			case cMark:
			case cJoin:
				if i+n >= len(src) {
					break seg
				}
				if c2, _, _ := decode(src, i+n); c2 != cLetter {
					break seg
				}
			default:
				break seg
			}
			prevKind = cls
			i += n
			runes++
		}
		nseg++
		switch {
		case segLetter && segDigit:
			suffix = false
		case segLetter:
			suffix = (numeric || suffix) && nseg > 1 && isHyphen(joinR) && startsLower(src[segStart:i])
		case segDigit:
			if nseg == 1 {
				firstLen = i - segStart
			}
			suffix = false
		}
		hasLetter = hasLetter || segLetter
		hasDigit = hasDigit || segDigit
		numeric = numeric && !segLetter
		if i >= len(src) {
			break
		}

		// A connector, if one follows, joins the next segment. Each
		// case reads the class of the character after it (classAt) only
		// when it needs it: a space or a comma after a word never joins.
		_, r, n := decode(src, i)
		join := false
		switch {
		case isGroupSpace(r):
			// 1 200 000: a group of 1–3 digits, then groups of exactly 3.
			if numeric && prevKind == cDigit && classAt(src, i+n) == cDigit && groups >= 0 &&
				(groups > 0 || (nseg == 1 && firstLen <= 3)) {
				e := i + n
				k := 0
				for e < len(src) && k < 4 && src[e] >= '0' && src[e] <= '9' {
					e++
					k++
				}
				if k == 3 && (e >= len(src) || !groupStop(src, e)) {
					join = true
					groups++
				}
			}
		case r == ',', r == ':':
			join = numeric && prevKind == cDigit && classAt(src, i+n) == cDigit
		case r == '.':
			join = prevKind == cDigit && classAt(src, i+n) == cDigit
		case isApostrophe(r):
			join = prevKind == cLetter && classAt(src, i+n) == cLetter
		case isHyphen(r):
			nc := classAt(src, i+n)
			join = nc == cLetter || nc == cDigit
		case r == '–':
			// 2–3, 1,5–2; держав–членів (no spaces: not a dash)
			nc := classAt(src, i+n)
			join = numeric && prevKind == cDigit && nc == cDigit || prevKind == cLetter && nc == cLetter
		case r == '—', r == '−':
			join = numeric && prevKind == cDigit && classAt(src, i+n) == cDigit
		case r == '_':
			nc := classAt(src, i+n)
			join = (prevKind == cLetter || prevKind == cDigit) && (nc == cLetter || nc == cDigit)
		case r == '+':
			if prevKind == cDigit {
				plus = true
				if nc := classAt(src, i+n); nc == cLetter || nc == cDigit {
					join = true
				} else {
					i += n // a trailing plus: 18+, Ca2+
					runes++
				}
			}
		}
		if !join {
			break
		}
		if !isGroupSpace(r) {
			groups = -1
		}
		joinR = r
		i += n
		runes++
	}
	end := i
	s.runes, s.runesEnd = runes, end

	// A dot after it may make it a domain: Zakon.kz, 24tv.ua.
	if !plus && end+1 < len(src) && src[end] == '.' {
		if e := scanDomain(src, p, end); e > end {
			return e, vistka.URL
		}
	}
	switch {
	case plus:
		return end, vistka.Code
	case !hasLetter:
		return end, vistka.Number
	case hasDigit && suffix:
		return end, vistka.Number
	case hasDigit:
		return end, vistka.Code
	}

	// A word. A dot after it may make it an abbreviation or an initial.
	if end < len(src) {
		switch src[end] {
		case '.':
			return scanDotted(src, p, end)
		case '-':
			// фото- і відеокамери, теле- та радіоведучий
			if conjAfter(src, end+1) {
				end++
			}
		case '(':
			// автора(ів), КП(б)
			if e := parenEnding(src, end); e > end {
				end = e
			}
		}
	}
	return end, vistka.Word
}

// conjAfter reports whether a comma, or a space and a conjunction, follow
// e, as after the hanging hyphen of "фото- і відеокамери", "полі-, а не".
func conjAfter(src string, e int) bool {
	if e < len(src) && src[e] == ',' {
		return true // полі-, а не моно-
	}
	if e >= len(src) || src[e] != ' ' {
		return false
	}
	e++
	for _, c := range [...]string{"і ", "й ", "та ", "або ", "чи ", "и ", "and ", "or ", ", "} {
		if len(src)-e >= len(c) && src[e:e+len(c)] == c {
			return true
		}
	}
	return false
}

// parenEnding returns the end of a parenthesised ending of 1–3 lower-case
// letters at src[e] = '(' (автора(ів)), or e.
func parenEnding(src string, e int) int {
	q := e + 1
	n := 0
	for q < len(src) && n <= 3 {
		cls, r, w := decode(src, q)
		if cls != cLetter || !unicode.IsLower(r) {
			break
		}
		q += w
		n++
	}
	if n == 0 || n > 3 || q >= len(src) || src[q] != ')' || followedByLetter(src, q+1) {
		return e
	}
	return q + 1
}

// particles are written after a hyphen; BRUK and other pre-tokenised
// texts put a space before the hyphen: "Тільки -но".
var particles = [...]string{"но", "таки", "то", "от", "бо", "небудь"}

// scanParticle returns the end of a hyphenated particle (-но, -таки) at p
// after a space, or p.
func scanParticle(src string, p int) int {
	if p == 0 || src[p-1] != ' ' {
		return p
	}
	for _, w := range particles {
		e := p + 1 + len(w)
		if e <= len(src) && src[p+1:e] == w && !followedByLetter(src, e) {
			return e
		}
	}
	return p
}

// groupStop reports whether the byte at e, just after a three-digit group,
// would make the group part of something else (a longer number or a word).
func groupStop(src string, e int) bool {
	cls, _, _ := decode(src, e)
	return cls == cDigit || cls == cLetter
}

// scanDotted decides what a word src[p:end] followed by a dot is: a chain
// of dotted letters (т.зв., e.g., Т.Г.), an abbreviation from the tables
// (тис., вул., т. зв.), an initial (Е.), or none (returns end).
// maxChain bounds the parts of a dotted chain (т.зв., U.S.A.): longer runs
// of dotted letters are not abbreviations, and the bound keeps the scanner
// linear on them.
const maxChain = 6

func scanDotted(src string, p, end int) (int, vistka.TokenKind) {
	word := src[p:end]
	wn := scan.RuneCount(word)

	// Chains: т.зв. в.о. e.g. U.S. Т.Г. — parts of 1–3 letters, each with
	// its dot, at least two, all lower case or all single capitals.
	if wn <= 3 && isPlainLetters(word) {
		upper := startsUpper(word)
		if !upper || wn == 1 {
			e := end + 1
			parts := 1
			for e < len(src) && parts <= maxChain {
				q := e
				for q < len(src) {
					cls, _, n := decode(src, q)
					if cls != cLetter {
						break
					}
					q += n
				}
				part := src[e:q]
				pn := scan.RuneCount(part)
				if pn == 0 || pn > 3 || q >= len(src) || src[q] != '.' {
					break
				}
				if upper && (pn != 1 || !startsUpper(part)) || !upper && !isLowerWord(part) {
					break
				}
				parts++
				e = q + 1
			}
			if parts >= 2 && parts <= maxChain && !followedByLetter(src, e) {
				if _, ok := chainAbbr[src[p:e]]; ok || !upper {
					return e, vistka.Abbr
				}
				// Т.Г. Шевченко: initials, one token each.
			}
		}
	}

	var kb [64]byte
	key, isAbbr := abbrKey(src[p:end+1], &kb)
	e := end + 1
	// Two-part abbreviations with a space: т. зв., н. е., Т. е.
	if seconds, ok := multiAbbr[key]; ok && isAbbr && e < len(src) {
		_, r, n := decode(src, e)
		if r == ' ' || r == 0x00A0 || r == 0x202F {
			for _, second := range seconds {
				q := e + n
				if len(src)-q >= len(second) && src[q:q+len(second)] == second && !followedByLetter(src, q+len(second)) {
					return q + len(second), vistka.Abbr
				}
			}
		}
	}

	// Initials: one capital letter and a dot; Й.-Г. for a double name.
	if wn == 1 && startsUpper(word) {
		if e+1 < len(src) && src[e] == '-' {
			_, r, n := decode(src, e+1)
			if unicode.IsUpper(r) && e+1+n < len(src) && src[e+1+n] == '.' {
				return e + 1 + n + 1, vistka.Initial
			}
		}
		return e, vistka.Initial
	}
	if !isAbbr {
		return end, vistka.Word
	}
	// Hyphenated: пд.-зах., с.-г.
	if e+1 < len(src) && src[e] == '-' {
		q := e + 1
		for q < len(src) {
			cls, _, n := decode(src, q)
			if cls != cLetter {
				break
			}
			q += n
		}
		if q > e+1 && q < len(src) && src[q] == '.' {
			if _, ok := vesumAbbr[src[p:q+1]]; ok {
				return q + 1, vistka.Abbr
			}
		}
	}
	if _, ok := wordAbbr[key]; ok && endsSentenceAhead(src, e) {
		return end, vistka.Word
	}
	return e, vistka.Abbr
}

// endsSentenceAhead reports whether what follows e (after spaces) looks like
// the start of a new sentence: the end of the text, a line break or a
// capital letter.
func endsSentenceAhead(src string, e int) bool {
	for e < len(src) {
		cls, r, n := decode(src, e)
		switch {
		case isLineBreak(r):
			return true
		case cls == cSpace:
			e += n
			continue
		}
		return unicode.IsUpper(r) || unicode.IsTitle(r)
	}
	return true
}

// followedByLetter reports whether a letter or digit starts at e.
func followedByLetter(src string, e int) bool {
	if e >= len(src) {
		return false
	}
	cls, _, _ := decode(src, e)
	return cls == cLetter || cls == cDigit
}

// isPlainLetters reports whether s has letters only.
func isPlainLetters(s string) bool {
	for i := 0; i < len(s); {
		cls, _, n := decode(s, i)
		if cls != cLetter {
			return false
		}
		i += n
	}
	return s != ""
}

// isLowerWord reports whether s has lower-case letters only.
func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}
