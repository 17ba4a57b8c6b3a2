package amount

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a token of the small internal scanner is.
type kind uint8

const (
	word kind = iota // letters with inner apostrophes and hyphens
	num              // a run of ASCII digits
	sym              // any other single non-space rune
)

// Gaps between a token and the one before it.
const (
	gapNone    = 0 // adjacent: "5%", "$25", "7,08"
	gapSpace   = 1 // exactly one space-like rune: the thousands separator of "1 200"
	gapSpaces  = 2 // other horizontal white space
	gapNewline = 3 // white space with a line break: amounts never cross it
)

// token is one token of the scanner. Offsets are kept both in bytes (to cut
// Text out of the original string) and in code points (for the output).
type token struct {
	kind   kind
	gap    uint8
	upper  bool   // a word that starts with an upper-case letter
	r      rune   // a symbol's rune
	text   string // words: lower case, apostrophes as '; numbers: the digits
	bs, be int    // byte offsets
	rs, re int    // code-point offsets
}

// isApostrophe reports the apostrophes Ukrainian text is written with.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '`', '‘', '′':
		return true
	}
	return false
}

// isHyphen reports hyphens that may join the parts of a word.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isDash reports the hyphens and dashes that separate the ends of a range.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '−':
		return true
	}
	return false
}

// isSpaceLike reports the runes used to group digits: "1 200", "1 200".
func isSpaceLike(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' }

func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case 0x400 <= r && r <= 0x481, 0x48a <= r && r <= 0x4ff:
		return true // Cyrillic letters, the common case
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// lower is unicode.ToLower with a fast path for Cyrillic and ASCII.
func lower(r rune) rune {
	switch {
	case 'A' <= r && r <= 'Z':
		return r + 'a' - 'A'
	case 'А' <= r && r <= 'Я':
		return r + 'а' - 'А'
	case 'Ѐ' <= r && r <= 'Џ':
		return r + 'ѐ' - 'Ѐ'
	case r < 0x80, 'а' <= r && r <= 'я', 'ѐ' <= r && r <= 'џ':
		return r
	}
	return unicode.ToLower(r)
}

// lex splits text into tokens. It never fails: invalid UTF-8 becomes
// symbols, and every rune of text is either white space or in a token.
func lex(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	var b strings.Builder
	gap := uint8(gapNewline)
	rpos := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			switch {
			case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
				gap = gapNewline
			case gap == gapNone && isSpaceLike(r):
				gap = gapSpace
			case gap < gapSpaces:
				gap = gapSpaces
			}
			i += size
			rpos++
			continue
		case r >= '0' && r <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			toks = append(toks, token{kind: num, gap: gap, text: text[i:j], bs: i, be: j, rs: rpos, re: rpos + j - i})
			rpos += j - i
			i = j
		case isWordRune(r) && !isApostrophe(r): // ʼ is a letter (Lm) to Unicode
			b.Reset()
			t := token{kind: word, gap: gap, upper: unicode.IsUpper(r), bs: i, rs: rpos}
			j, n := i, 0
			for j < len(text) {
				c, sz := utf8.DecodeRuneInString(text[j:])
				if isApostrophe(c) || isHyphen(c) {
					// Inner only: a letter must follow.
					nc, _ := utf8.DecodeRuneInString(text[j+sz:])
					if j+sz >= len(text) || !isWordRune(nc) || n == 0 {
						break
					}
					if isApostrophe(c) {
						b.WriteByte('\'')
					} else {
						b.WriteByte('-')
					}
				} else if isWordRune(c) {
					if c < 0x300 || c > 0x36f { // drop stress marks
						b.WriteRune(lower(c))
					}
				} else {
					break
				}
				j += sz
				n++
			}
			t.be, t.re, t.text = j, rpos+n, b.String()
			toks = append(toks, t)
			rpos += n
			i = j
		default:
			toks = append(toks, token{kind: sym, gap: gap, r: r, bs: i, be: i + size, rs: rpos, re: rpos + 1})
			i += size
			rpos++
		}
		gap = gapNone
	}
	return toks
}
