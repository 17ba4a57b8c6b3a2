package source

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// kind is what a token of the small internal scanner is.
type kind uint8

const (
	word kind = iota // letters and digits with inner apostrophes, hyphens and dots
	sym              // any other single non-space rune
)

// Values of token.head.
const (
	headUnknown = iota
	headYes
	headNo
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
	latin  bool   // a word that starts with a Latin letter
	head   uint8  // whether a word opens a form of outlets (see opensOutlet)
	r      rune   // a symbol's rune
	text   string // words: lower case, apostrophes as '
	bs, be int    // byte offsets
	rs, re int    // code-point offsets
}

// lex splits text into tokens. Words here take in digits and inner dots
// so that names such as Zakon.kz, 24tv.ua and Цензор.НЕТ are one token.
// It never fails: invalid UTF-8 becomes symbols.
func lex(text string) []token { return appendLex(nil, text) }

// appendLex appends the tokens of text to dst, as lex makes them.
func appendLex(dst []token, text string) []token {
	toks := slices.Grow(dst, len(text)/8+16) // about 11 bytes a token: see scan.Lex
	var b strings.Builder
	gap := uint8(gapNewline)
	rpos := 0
	for i := 0; i < len(text); {
		// ASCII in place: DecodeRune is a call.
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = scan.DecodeRune(text[i:])
		}
		switch {
		case r == ' ' || scan.IsSpace(r): // (the common space without a call)
			switch {
			case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
				gap = gapNewline
			case gap == gapNone && scan.IsSpaceLike(r):
				gap = gapSpace
			case gap < gapSpaces:
				gap = gapSpaces
			}
			i += size
			rpos++
			continue
		case (scan.IsWordRune(r) || isDigit(r)) && !scan.IsApostrophe(r): // ʼ is a letter (Lm) to Unicode
			t := token{kind: word, gap: gap, upper: scan.IsUpper(r), latin: r < 0x80 && !isDigit(r), bs: i, rs: rpos}
			j, n := i, 0
			plain := true // the word is written as it is to be read: most are
			for j < len(text) {
				// The common case, lower-case Cyrillic letters, plain
				// as they are (see below), two bytes each.
				if scan.LowerCyrillicAt(text, j) {
					k := scan.LowerCyrillicRun(text, j+2)
					n += (k - j) / 2
					if j = k; j == len(text) {
						break
					}
				}
				c, sz := rune(text[j]), 1
				if c >= utf8.RuneSelf {
					c, sz = scan.DecodeRune(text[j:])
				}
				switch {
				case (scan.IsWordRune(c) || isDigit(c)) && !scan.IsApostrophe(c):
					plain = plain && !isStress(c) && scan.Lower(c) == c
				case scan.IsApostrophe(c) || scan.IsHyphen(c) || c == '.':
					// Inner only: a letter (or, but for the dot, a digit)
					// must follow.
					nc, _ := scan.DecodeRune(text[j+sz:])
					if j+sz >= len(text) || !(scan.IsWordRune(nc) || (c != '.' && isDigit(nc))) {
						goto done
					}
					plain = plain && (c == '\'' || c == '.' || c == '-')
				default:
					goto done
				}
				j += sz
				n++
			}
		done:
			t.be, t.re, t.text = j, rpos+n, text[i:j]
			if !plain {
				t.text = normWord(&b, t.text)
			}
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

// appendScanned appends to dst the tokens appendLex makes of text, made
// from lexed, the tokens scan.AppendLex made of it: a caller that has
// lexed the text for other readers (amounts, dates) spares the second
// reading of every byte. A word here is a run of scan's words and
// numbers, side by side or joined by an apostrophe, a hyphen or a dot
// that a letter (or, but for the dot, a digit) follows, as appendLex
// reads them: scan ends a word at a digit (24tv), a number at a letter
// (1-й), and a word at a dot (Zakon.kz) or at a hyphen before a digit
// (Су-25), where this scanner goes on. A word that is one token of scan
// reads as scan has written it (both lower-case it alike).
func appendScanned(dst []token, text string, lexed []scan.Token) []token {
	toks := slices.Grow(dst, len(lexed))
	var b strings.Builder
	for k := 0; k < len(lexed); {
		s := &lexed[k]
		if s.Kind == scan.Sym {
			toks = append(toks, token{kind: sym, gap: s.Gap, r: s.R, bs: s.BS, be: s.BE, rs: s.RS, re: s.RE})
			k++
			continue
		}
		last := k // the last token of lexed in the word
		for j := k + 1; j < len(lexed) && lexed[j].BS == lexed[last].BE; j++ {
			if u := &lexed[j]; u.Kind == scan.Sym {
				c := u.R
				if !scan.IsApostrophe(c) && !scan.IsHyphen(c) && c != '.' || u.BE >= len(text) {
					break
				}
				if nc, _ := scan.DecodeRune(text[u.BE:]); !scan.IsWordRune(nc) && (c == '.' || !isDigit(nc)) {
					break
				}
			}
			last = j
		}
		e := &lexed[last]
		t := token{kind: word, gap: s.Gap, upper: s.Upper, latin: s.Kind == scan.Word && text[s.BS] < utf8.RuneSelf,
			text: s.Text, bs: s.BS, be: e.BE, rs: s.RS, re: e.RE}
		if last > k {
			t.text = text[t.bs:t.be]
			for _, u := range lexed[k : last+1] {
				// scan's text of a word is the text as written just
				// when it is plain (see appendLex)
				if u.Kind == scan.Sym && u.R != '\'' && u.R != '.' && u.R != '-' || u.Kind == scan.Word && u.Text != text[u.BS:u.BE] {
					t.text = normWord(&b, t.text)
					break
				}
			}
		}
		toks = append(toks, t)
		k = last + 1
	}
	return toks
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// isStress reports the combining marks a word drops (stress marks).
func isStress(c rune) bool { return c >= 0x300 && c <= 0x36f }

// normWord writes word, which lex has delimited, as a word token reads:
// lower case, apostrophes as ', hyphens as -, stress marks dropped.
func normWord(b *strings.Builder, word string) string {
	b.Reset()
	b.Grow(len(word))
	for i := 0; i < len(word); {
		// ASCII and the Cyrillic letters А-я, Ѐ-џ, Ґ and ґ byte by byte,
		// as the rune loop below writes them: most capitalised words
		// have nothing else.
		c := word[i]
		switch {
		case c < utf8.RuneSelf:
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '\'', c == '.':
			case c == '`':
				c = '\''
			default:
				c = '-'
			}
			b.WriteByte(c)
			i++
			continue
		case i+1 < len(word):
			if c, d, ok := scan.LowerCyrillic(c, word[i+1]); ok {
				b.WriteByte(c)
				b.WriteByte(d)
				i += 2
				// The lower-case letters after it at once, as they are:
				// the rest of a capitalised word.
				if j := scan.LowerCyrillicRun(word, i); j > i {
					b.WriteString(word[i:j])
					i = j
				}
				continue
			}
		}
		return normRunes(b, word, i)
	}
	return b.String()
}

// normRunes is normWord from byte i of word on, rune by rune; b holds
// what normWord wrote of word[:i].
func normRunes(b *strings.Builder, word string, i int) string {
	for _, c := range word[i:] {
		switch {
		case (scan.IsWordRune(c) || isDigit(c)) && !scan.IsApostrophe(c):
			if !isStress(c) {
				b.WriteRune(scan.Lower(c))
			}
		case scan.IsApostrophe(c):
			b.WriteByte('\'')
		case c == '.':
			b.WriteByte('.')
		default:
			b.WriteByte('-')
		}
	}
	return b.String()
}
