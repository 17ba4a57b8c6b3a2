// Package scan is the small scanner the amount and date finders read text
// with: words lower-cased with apostrophes unified, runs of ASCII digits,
// and single symbols, each with the Kind of white space before it and its
// offsets in bytes and code points. It never fails and never changes the
// text; invalid UTF-8 becomes symbols. Its ToLower, strings.ToLower with a
// fast path for Cyrillic, serves the other stages too.
package scan

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a token of the scanner is.
type Kind uint8

const (
	Word Kind = iota // letters with inner apostrophes and hyphens
	Num              // a run of ASCII digits
	Sym              // any other single non-space rune
)

// Gaps between a Token and the one before it.
const (
	GapNone    = 0 // adjacent: "5%", "$25", "7,08"
	GapSpace   = 1 // exactly one space-like rune: the thousands separator of "1 200"
	GapSpaces  = 2 // other horizontal white space
	GapNewline = 3 // white space with a line break: amounts never cross it
)

// Token is one Token of the scanner. Offsets are kept both in bytes (to cut
// Text out of the original string) and in code points (for the output).
type Token struct {
	Kind   Kind
	Gap    uint8
	Upper  bool   // a Word that starts with an upper-case letter
	R      rune   // a symbol's rune
	Text   string // words: lower case, apostrophes as '; numbers: the digits
	BS, BE int    // byte offsets
	RS, RE int    // code-point offsets
}

// IsApostrophe reports the apostrophes Ukrainian text is written with.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '`', '‘', '′':
		return true
	}
	return false
}

// IsHyphen reports hyphens that may join the parts of a Word.
func IsHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// IsDash reports the hyphens and dashes that separate the ends of a range.
func IsDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '−':
		return true
	}
	return false
}

// IsSpaceLike reports the runes used to group digits: "1 200", "1 200".
func IsSpaceLike(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' }

// Capitals returns the number of letters of w when all of them are
// capitals (МЗС, ЄС: 3, 2), else 0.
func Capitals(w string) int {
	n := 0
	for i := 0; i < len(w); n++ {
		// ASCII in place, the rest (Cyrillic in place too) by DecodeRune,
		// as a range loop would read them.
		c, size := rune(w[i]), 1
		if c >= utf8.RuneSelf {
			c, size = DecodeRune(w[i:])
		}
		if !IsUpper(c) {
			return 0
		}
		i += size
	}
	return n
}

// IsWordRune reports letters and combining marks.
func IsWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case 0x400 <= r && r <= 0x481, 0x48a <= r && r <= 0x4ff:
		return true // Cyrillic letters, the common case
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// DecodeRune is utf8.DecodeRuneInString with the two-byte sequences,
// Cyrillic letters among them, decoded in place rather than by the
// general decoder.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 2 && s[0]-0xc2 < 0xe0-0xc2 && s[1]&0xc0 == 0x80 {
		return rune(s[0]&0x1f)<<6 | rune(s[1]&0x3f), 2
	}
	return utf8.DecodeRuneInString(s)
}

// IsSpace is unicode.IsSpace, with no search of its tables for the
// runes from U+0100 to U+167F, Cyrillic among them, none of which is
// a space.
func IsSpace(r rune) bool {
	if r >= 0x100 && r < 0x1680 {
		return false
	}
	return unicode.IsSpace(r)
}

// IsUpper is unicode.IsUpper, with no search of its tables for the
// letters from Ѐ to џ: Ѐ to Я are upper case.
func IsUpper(r rune) bool {
	if uint32(r)-'Ѐ' <= 'џ'-'Ѐ' {
		return r <= 'Я'
	}
	return unicode.IsUpper(r)
}

// Lower is unicode.ToLower with a fast path for Cyrillic and ASCII.
func Lower(r rune) rune {
	switch {
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A'
	case 'А' <= r && r <= 'Я':
		return r + 'а' - 'А'
	case 'Ѐ' <= r && r <= 'Џ':
		return r + 'ѐ' - 'Ѐ'
	case r < 0x80, 'а' <= r && r <= 'я', 'ѐ' <= r && r <= 'џ', r == 'ґ':
		return r
	case r == 'Ґ':
		return 'ґ'
	}
	return unicode.ToLower(r)
}

// lowerPrefix returns the length of the longest prefix of s that
// ToLower leaves as it is.
func lowerPrefix(s string) int {
	// Most words are lower case already: LowerCyrillicRun steps over the
	// lower-case Cyrillic letters, which the loop below would step over
	// one at a time.
	i := LowerCyrillicRun(s, 0)
	for i < len(s) {
		// Here s[i] is no lower-case Cyrillic letter: LowerCyrillicRun
		// has stepped over those.
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
		} else if c == 0xd0 && i+1 < len(s) && s[i+1]-0x80 < 0x30 {
			break // Ѐ to Я, capitals (most capitals of a text), with no call
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || Lower(r) != r {
				break
			}
			i += size
		}
		// The next run of them at once, as the next word after a space
		// or the rest of one after an apostrophe or a hyphen: only where
		// a byte d0-d2 may begin one.
		if i < len(s) && s[i]-0xd0 < 3 {
			i = LowerCyrillicRun(s, i)
		}
	}
	return i
}

// ToLower is strings.ToLower, byte for byte, with the fast path of Lower:
// strings.ToLower asks the Unicode tables about every rune that is not
// ASCII, which on Ukrainian text is most of them. Like strings.ToLower,
// it returns s itself when nothing changes, and writes invalid UTF-8 as
// U+FFFD.
func ToLower(s string) string {
	i := lowerPrefix(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		// Cyrillic letters byte by byte, as above: upper case А-П,
		// Р-Я, Ѐ-Џ and Ґ, then lower case.
		if i+1 < len(s) {
			if c, d, ok := lowerCyrillic(c, s[i+1]); ok {
				b.WriteByte(c)
				b.WriteByte(d)
				i += 2
				// The rest of a capitalised word at once.
				if j := LowerCyrillicRun(s, i); j > i {
					b.WriteString(s[i:j])
					i = j
				}
				continue
			}
		}
		// Invalid UTF-8 decodes to utf8.RuneError, one a byte, as it
		// does in strings.ToLower.
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(Lower(r))
		i += size
	}
	return b.String()
}

// LowerCyrillicRun returns the end of the run of lower-case Cyrillic
// letters (а-п, р-я, ѐ-џ and ґ), two bytes each, in s from i. It reads
// them four at a time while it can: eight bytes, read as one number, are
// four such letters when its bytes 0, 2, 4 and 6 are d0 or d1 and the
// byte after each is b0-bf after d0 (а-п: its top four bits 1011) or
// 80-9f after d1 (р-я, ѐ-џ: its top three 100).
func LowerCyrillicRun(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		if w&0x00fe00fe00fe00fe != 0x00d000d000d000d0 {
			break
		}
		d1 := (w & 0x0001000100010001) << 12 // 0x10 after each d1
		if w&(0xf000f000f000f000^d1) != 0xb000b000b000b000^(d1*3) {
			break
		}
	}
	for i+1 < len(s) {
		k := uint(s[i]) - 0xd0
		if k >= 3 || !cyrillicLower[(k&3)<<8|uint(s[i+1])] {
			break
		}
		i += 2
	}
	return i
}

// AppendLower appends ToLower(s) to dst, for a caller that keeps it with
// other bytes.
func AppendLower(dst []byte, s string) []byte {
	i := lowerPrefix(s)
	dst = append(dst, s[:i]...)
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		// Cyrillic letters byte by byte, as in ToLower.
		if i+1 < len(s) {
			if c, d, ok := lowerCyrillic(c, s[i+1]); ok {
				dst = append(dst, c, d)
				i += 2
				// The rest of a capitalised word at once.
				if j := LowerCyrillicRun(s, i); j > i {
					dst = append(dst, s[i:j]...)
					i = j
				}
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, Lower(r))
		i += size
	}
	return dst
}

// EqualFold is strings.EqualFold with a fast path for ASCII and the
// Cyrillic letters А-я: strings.EqualFold asks the Unicode case tables
// about every pair of runes that differ, and the stages compare most
// tokens with a word they are not. Rune pairs outside both ranges go to
// strings.EqualFold with the rest of the strings.
func EqualFold(s, t string) bool {
	i, j := 0, 0
	for i < len(s) && j < len(t) {
		sr, ss := basicRune(s, i)
		tr, ts := basicRune(t, j)
		switch {
		case sr == tr && ss > 0:
		case ss == 0 || ts == 0:
			return strings.EqualFold(s[i:], t[j:])
		case sr < utf8.RuneSelf && tr < utf8.RuneSelf:
			if foldBasic(sr) != foldBasic(tr) {
				return false
			}
		case sr < utf8.RuneSelf || tr < utf8.RuneSelf:
			// An ASCII letter and one of А-я: the case orbits of
			// neither holds the other.
			return false
		default:
			if foldBasic(sr) != foldBasic(tr) {
				return false
			}
		}
		i, j = i+ss, j+ts
	}
	return i == len(s) && j == len(t)
}

// basicRune returns the rune at s[i] and its size when it is ASCII or one
// of the Cyrillic letters А-я (U+0410-U+044F), whose case orbits hold
// only their upper and lower case; size 0 otherwise.
func basicRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if i+1 < len(s) {
		switch d := s[i+1]; {
		case c == 0xd0 && 0x90 <= d && d <= 0xbf, c == 0xd1 && 0x80 <= d && d <= 0x8f:
			return rune(c&0x1f)<<6 | rune(d&0x3f), 2
		}
	}
	return 0, 0
}

// foldBasic returns the lower case of a rune basicRune returns.
func foldBasic(r rune) rune {
	switch {
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A'
	case 'А' <= r && r <= 'Я':
		return r + 'а' - 'А'
	}
	return r
}

// Fields is strings.Fields without asking the Unicode tables about the
// runes that start with a byte no white space starts with (Cyrillic
// among them): strings.Fields asks them about every rune of a string that
// is not ASCII.
func Fields(s string) []string {
	n := 0
	space := true
	for i := 0; i < len(s); {
		size := spaceLen(s, i)
		sp := size > 0
		if space && !sp {
			n++
		}
		space = sp
		i = fieldStep(s, i, size)
	}
	a := make([]string, n)
	k, start := 0, -1
	for i := 0; i < len(s); {
		size := spaceLen(s, i)
		switch {
		case size > 0 && start >= 0:
			a[k] = s[start:i]
			k++
			start = -1
		case size == 0 && start < 0:
			start = i
		}
		i = fieldStep(s, i, size)
	}
	if start >= 0 {
		a[k] = s[start:]
	}
	return a
}

// AppendFields appends Fields(s) to dst: a caller that reads the words
// and lets them go keeps them in an array of its own.
func AppendFields(dst []string, s string) []string {
	start := -1
	for i := 0; i < len(s); {
		size := spaceLen(s, i)
		switch {
		case size > 0 && start >= 0:
			dst = append(dst, s[start:i])
			start = -1
		case size == 0 && start < 0:
			start = i
		}
		i = fieldStep(s, i, size)
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// LastField returns the last of Fields(s), or "" when it has none,
// without making the slice of them.
func LastField(s string) string {
	last, start := "", -1
	for i := 0; i < len(s); {
		size := spaceLen(s, i)
		switch {
		case size > 0 && start >= 0:
			last, start = s[start:i], -1
		case size == 0 && start < 0:
			start = i
		}
		i = fieldStep(s, i, size)
	}
	if start >= 0 {
		return s[start:]
	}
	return last
}

// fieldStep returns where the loops of Fields go on from s[i], at which
// spaceLen found size: past the white space, or past the byte of a word
// and the letters of U+0400 to U+047F that follow it, which no white
// space is among (a loop would step over them one byte at a time and
// find none).
func fieldStep(s string, i, size int) int {
	if size > 0 {
		return i + size
	}
	if j := CyrillicRun(s, i); j > i {
		return j
	}
	return i + 1
}

// CyrillicRun returns the end of the run of letters of U+0400 to U+047F
// (two bytes each, d0 or d1 and a continuation byte) that starts at
// s[i], i itself for none: most of the letters of Ukrainian words, four
// at a time while it can.
func CyrillicRun(s string, i int) int {
	for i+8 <= len(s) && Load64(s, i)&CyrillicQuadMask == CyrillicQuad {
		i += 8
	}
	for i+1 < len(s) && s[i]-0xd0 < 2 && s[i+1]&0xc0 == 0x80 {
		i += 2
	}
	return i
}

// spaceLen returns the size in bytes of the white space (as
// unicode.IsSpace says) that starts at s[i], or 0. Only ASCII white space
// and a few lead bytes start one; the loops that call it step over any
// other byte alone, a continuation byte too, since no white space starts
// with one (and so none starts inside a rune either).
func spaceLen(s string, i int) int {
	if k := spaceStart[s[i]]; k < 2 {
		return int(k)
	}
	return spaceRune(s[i:])
}

// spaceRune is spaceLen for the rune s starts with.
func spaceRune(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

// spaceStart holds for each byte 1 when it is ASCII white space, 2 when
// it is the first byte of a white space rune beyond ASCII, else 0.
var spaceStart = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		if unicode.IsSpace(rune(c)) {
			t[c] = 1
		}
	}
	var buf [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r <= 0xff; r++ {
		if unicode.IsSpace(r) {
			utf8.EncodeRune(buf[:], r)
			t[buf[0]] = 2
		}
	}
	for _, rg := range unicode.White_Space.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			if r >= utf8.RuneSelf {
				utf8.EncodeRune(buf[:], r)
				t[buf[0]] = 2
			}
		}
	}
	for _, rg := range unicode.White_Space.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			utf8.EncodeRune(buf[:], r)
			t[buf[0]] = 2
		}
	}
	return t
}()

// Lex splits text into tokens. It never fails: invalid UTF-8 becomes
// symbols, and every rune of text is either white space or in a token.
func Lex(text string) []Token { return AppendLex(nil, text) }

// AppendLex appends the tokens of text to dst, as Lex makes them: a
// caller that reads them and lets them go may lex text after text into
// one slice.
func AppendLex(dst []Token, text string) []Token {
	// Ukrainian news runs to about 11 bytes a token (two a Cyrillic
	// letter); room for one every 8 bytes seldom grows, and a fifth of
	// the bytes would be twice the memory to clear and scan.
	toks := slices.Grow(dst, len(text)/8+16)
	var b strings.Builder
	gap := uint8(GapNewline)
	rpos := 0
	for i := 0; i < len(text); {
		// ASCII in place: DecodeRune is a call.
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = DecodeRune(text[i:])
		}
		switch {
		case IsSpace(r):
			switch {
			case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
				gap = GapNewline
			case gap == GapNone && IsSpaceLike(r):
				gap = GapSpace
			case gap < GapSpaces:
				gap = GapSpaces
			}
			i += size
			rpos++
			continue
		case r >= '0' && r <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			toks = append(toks, Token{Kind: Num, Gap: gap, Text: text[i:j], BS: i, BE: j, RS: rpos, RE: rpos + j - i})
			rpos += j - i
			i = j
		case IsWordRune(r) && !IsApostrophe(r): // ʼ is a letter (Lm) to Unicode
			t := Token{Kind: Word, Gap: gap, Upper: IsUpper(r), BS: i, RS: rpos}
			j, n := i, 0
			plain := true // the word is written as it is to be read: most are
			for j < len(text) {
				// The common case, lower-case Cyrillic letters, plain
				// as they are (see below), two bytes each.
				if LowerCyrillicAt(text, j) {
					k := LowerCyrillicRun(text, j+2)
					n += (k - j) / 2
					if j = k; j == len(text) {
						break
					}
				}
				c, sz := rune(text[j]), 1
				if c >= utf8.RuneSelf {
					c, sz = DecodeRune(text[j:])
				}
				if IsApostrophe(c) || IsHyphen(c) {
					// Inner only: a letter must follow.
					nc, _ := DecodeRune(text[j+sz:])
					if j+sz >= len(text) || !IsWordRune(nc) || n == 0 {
						break
					}
					plain = plain && (c == '\'' || c == '-')
				} else if IsWordRune(c) {
					plain = plain && !isStress(c) && Lower(c) == c
				} else {
					break
				}
				j += sz
				n++
			}
			t.BE, t.RE, t.Text = j, rpos+n, text[i:j]
			if !plain {
				t.Text = normWord(&b, t.Text)
			}
			toks = append(toks, t)
			rpos += n
			i = j
		default:
			toks = append(toks, Token{Kind: Sym, Gap: gap, R: r, BS: i, BE: i + size, RS: rpos, RE: rpos + 1})
			i += size
			rpos++
		}
		gap = GapNone
	}
	return toks
}

// LowerCyrillicAt reports whether text[j:] starts with one of the
// lower-case Cyrillic letters а-я and ѐ-џ (і, ї, є among them), most of
// the letters of a Ukrainian word: a word rune, kept as it is, and
// neither an apostrophe, a hyphen nor a stress mark.
func LowerCyrillicAt(text string, j int) bool {
	if j+1 >= len(text) {
		return false
	}
	c, d := text[j], text[j+1]
	return c == 0xd0 && 0xb0 <= d && d <= 0xbf || c == 0xd1 && 0x80 <= d && d <= 0x9f
}

// isStress reports the combining marks a word drops (stress marks).
func isStress(c rune) bool { return c >= 0x300 && c <= 0x36f }

// normWord writes word, which Lex has delimited, as a Word token reads:
// lower case, apostrophes as ', hyphens as -, stress marks dropped. It
// appends to b and returns what it wrote: the words of a text share the
// bytes of one builder, which never changes what it has written, so that
// a new word takes no allocation of its own.
func normWord(b *strings.Builder, word string) string {
	start := b.Len()
	b.Grow(len(word))
	for i := 0; i < len(word); {
		// ASCII and the Cyrillic letters А-я, Ѐ-џ, Ґ and ґ byte by byte,
		// as the rune loop of normRunes writes them: most capitalised
		// words have nothing else.
		c := word[i]
		switch {
		case c < utf8.RuneSelf:
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			}
			b.WriteByte(c)
			i++
			continue
		case i+1 < len(word):
			if c, d, ok := lowerCyrillic(c, word[i+1]); ok {
				b.WriteByte(c)
				b.WriteByte(d)
				i += 2
				continue
			}
		}
		normRunes(b, word, i)
		return b.String()[start:]
	}
	return b.String()[start:]
}

// normRunes is normWord from byte i of word on, rune by rune, after what
// normWord wrote of word[:i].
func normRunes(b *strings.Builder, word string, i int) {
	for _, c := range word[i:] {
		switch {
		case IsApostrophe(c):
			b.WriteByte('\'')
		case IsHyphen(c):
			b.WriteByte('-')
		case !isStress(c):
			b.WriteRune(Lower(c))
		}
	}
}

// cyrillicLower marks the lower-case Cyrillic letters а-п, р-я, ѐ-џ and
// ґ: the two bytes c d of one in UTF-8 are at (c-0xd0)<<8 | d.
var cyrillicLower = func() (t [4 << 8]bool) {
	for d := 0xb0; d <= 0xbf; d++ {
		t[d] = true
	}
	for d := 0x80; d <= 0x9f; d++ {
		t[1<<8|d] = true
	}
	t[2<<8|0x91] = true
	return t
}()

// lowerCyrillic lower-cases the two-byte UTF-8 letter c d when it is one
// of the Cyrillic letters А-П, Р-Я, Ѐ-Џ or Ґ, or passes on one already
// in lower case; ok is false for any other pair.
func lowerCyrillic(c, d byte) (byte, byte, bool) {
	switch {
	case c == 0xd0 && 0x90 <= d && d <= 0x9f:
		return c, d + 0x20, true
	case c == 0xd0 && 0xa0 <= d && d <= 0xaf:
		return 0xd1, d - 0x20, true
	case c == 0xd0 && 0x80 <= d && d <= 0x8f:
		return 0xd1, d + 0x10, true
	case c == 0xd2 && d == 0x90:
		return c, 0x91, true
	case c == 0xd0 && 0xb0 <= d && d <= 0xbf, c == 0xd1 && 0x80 <= d && d <= 0x9f, c == 0xd2 && d == 0x91:
		return c, d, true
	}
	return c, d, false
}

// LowerCyrillic returns the lower case of the two-byte UTF-8 letter c d
// when it is one of the Cyrillic letters А-П, Р-Я, Ѐ-Џ or Ґ, and c d
// itself when it is one of their lower-case letters; ok is false for any
// other pair. It lets a caller lower-case a word byte by byte as Lower
// does rune by rune.
func LowerCyrillic(c, d byte) (lc, ld byte, ok bool) { return lowerCyrillic(c, d) }

// RuneCount is utf8.RuneCountInString, counting ASCII and the valid
// two-byte runes (Cyrillic) in place, where utf8.RuneCountInString
// decodes every rune that is not ASCII in a call. Any other rune, or a
// byte of invalid UTF-8, is one step of utf8.DecodeRuneInString, as it is
// one rune there. Four letters from U+0400 to U+047F (most of the
// letters of Ukrainian text) are counted at once where a word starts, and
// on while they last; once eight bytes are not four of them, one of the
// next four runes is none, and the letters before it are counted one by
// one.
func RuneCount(s string) int {
	n := 0
	quads := true // whether four such letters may start at i
	for i := 0; i < len(s); n++ {
		if quads {
			for i+8 <= len(s) && Load64(s, i)&CyrillicQuadMask == CyrillicQuad {
				i += 8
				n += 4
			}
			if i == len(s) {
				return n
			}
			quads = false
		}
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			i++
			quads = true
		case 0xc2 <= c && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i += 2
			quads = c-0xd0 >= 2
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			quads = true
		}
	}
	return n
}

// Load64 returns the eight bytes of s from i as a little-endian number;
// s has them.
func Load64(s string, i int) uint64 {
	t := s[i : i+8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// Eight bytes w that Load64 read are four runes from U+0400 to U+047F
// when w&CyrillicQuadMask == CyrillicQuad: bytes 0, 2, 4 and 6 are d0 or
// d1, and each byte after them a continuation byte (80-bf).
const (
	CyrillicQuadMask = 0xc0fec0fec0fec0fe
	CyrillicQuad     = 0x80d080d080d080d0
)

// HasAnyPrefix reports whether s begins with one of prefixes: the stems
// a rule reads a word by (повідом, розпов, сказа).
func HasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// HasAnySuffix reports whether s ends with one of suffixes: the endings a
// rule reads a word's form by (ові, ам, ям).
func HasAnySuffix(s string, suffixes ...string) bool {
	for _, e := range suffixes {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// LatinPrefixed splits a word made of a prefix in Latin script (letters,
// digits and inner hyphens, at least one letter: FPV, IT, Wi-Fi, 5G), a
// hyphen and a Cyrillic word (FPV-дронів, Starlink-терміналів,
// IT-компанії): the Cyrillic word inflects, the prefix stays as written.
// It reports whether s is such a word. It is the one notion of these
// words for the tagger (which analyses the Cyrillic word), NER (which
// does not take a common one for a name) and events (whose tables list
// the Cyrillic word: an FPV-дрон is a дрон).
func LatinPrefixed(s string) (prefix, word string, ok bool) {
	if s == "" || s[0] >= utf8.RuneSelf {
		return "", "", false // (most words: Cyrillic ones, at the first byte)
	}
	i := strings.LastIndexByte(s, '-')
	if i <= 0 || s[i-1] == '-' || !cyrillicWord(s[i+1:]) {
		return "", "", false
	}
	letter := false
	for j := 0; j < i; j++ {
		switch c := s[j]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			letter = true
		case '0' <= c && c <= '9', c == '-' && j > 0 && s[j-1] != '-':
		default:
			return "", "", false
		}
	}
	if !letter {
		return "", "", false
	}
	return s[:i], s[i+1:], true
}

// cyrillicWord reports whether w is a Cyrillic word without hyphens or
// dots: a Cyrillic letter first, then letters, apostrophes, stress marks
// and soft hyphens.
func cyrillicWord(w string) bool {
	for k, r := range w {
		switch {
		case r >= 0x0400 && r <= 0x052F:
		case k > 0 && (IsApostrophe(r) || r == 'ʹ' || r == '\u02bb' || r == '\u0301' || r == '\u00AD'):
		default:
			return false
		}
	}
	return w != ""
}
