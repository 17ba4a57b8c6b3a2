package morph

import (
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// The lexicon stores words in a one-byte code: ASCII as is, the 127 most
// frequent other characters as bytes 0x80..0xFE (Cyrillic letters among
// them), and anything else as 0xFF followed by the character in UTF-8.
// Ukrainian words take half the bytes of UTF-8, and a suffix of a word is
// a suffix of its code.

const (
	codeEsc   = 0xFF
	maxMapped = 127
	// runeTab covers U+0000..U+04FF (Latin-1, Latin Extended, Cyrillic)
	// for a table look-up when encoding; the rest is searched.
	runeTabLen = 0x500
)

// Case tables for the characters below runeTabLen: lower and upper
// case, and whether a character is a letter or an upper-case letter.
var (
	lowTab, upTab [runeTabLen]rune
	letterTab     [runeTabLen]uint8 // 1 letter, 2 upper-case letter
)

func init() {
	for r := range rune(runeTabLen) {
		lowTab[r] = unicode.ToLower(r)
		upTab[r] = unicode.ToUpper(r)
		if unicode.IsLetter(r) {
			letterTab[r] = 1
			if unicode.IsUpper(r) {
				letterTab[r] = 2
			}
		}
	}
}

func toLower(r rune) rune {
	if r >= 0 && r < runeTabLen {
		return lowTab[r]
	}
	return unicode.ToLower(r)
}

func toUpper(r rune) rune {
	if r >= 0 && r < runeTabLen {
		return upTab[r]
	}
	return unicode.ToUpper(r)
}

// letterKind returns 0 for a non-letter, 1 for a letter, 2 for an
// upper-case letter.
func letterKind(r rune) uint8 {
	if r >= 0 && r < runeTabLen {
		return letterTab[r]
	}
	if !unicode.IsLetter(r) {
		return 0
	}
	if unicode.IsUpper(r) {
		return 2
	}
	return 1
}

// charset is the code of one lexicon.
type charset struct {
	runes [maxMapped]rune // byte 0x80+i decodes to runes[i]
	utf   [maxMapped]utf8Rune
	n     int
	tab   [runeTabLen]byte // rune -> byte, 0 when not mapped
	other map[rune]byte    // mapped runes beyond runeTabLen
	// quick holds, for encode in modes asIs, lower and upper, the code
	// of an ASCII byte x at [x] and that of a two-byte letter from
	// U+0400 to U+047F (Cyrillic, lead byte 0xD0 or 0xD1, then x) at
	// [0x80 | lead&1<<6 | x&0x3F]: one byte, or 0 for a character
	// encode takes the long way.
	quick [3][256]byte
}

func newCharset(runes []rune) *charset {
	c := &charset{}
	for i, r := range runes {
		if i >= maxMapped {
			break
		}
		c.runes[i] = r
		b := byte(0x80 + i)
		if r < runeTabLen {
			c.tab[r] = b
		} else {
			if c.other == nil {
				c.other = map[rune]byte{}
			}
			c.other[r] = b
		}
		c.n++
	}
	for i, r := range c.runes {
		c.utf[i].n = uint8(utf8.EncodeRune(c.utf[i].b[:], r))
	}
	for _, cm := range []caseMode{asIs, lower, upper} {
		q := &c.quick[cm]
		var buf [8]byte
		for x := range q {
			r := rune(x)
			if x >= 0x80 {
				r = 0x400 + rune(x-0x80)
			}
			if b := c.encodeRune(buf[:0], r, cm); len(b) == 1 {
				q[x] = b[0]
			}
		}
	}
	return c
}

// utf8Rune is the UTF-8 of a rune of a charset, which decode copies.
type utf8Rune struct {
	b [utf8.UTFMax]byte
	n uint8
}

// Characters encode drops: a stress mark (ви́падок) and a soft hyphen.
const (
	stressMark = '\u0301'
	softHyphen = '\u00AD'
)

// caseMode is how encode changes case on the way.
type caseMode uint8

const (
	asIs caseMode = iota
	lower
	upper
	title
)

// encode appends the code of s to dst, with apostrophe look-alikes
// normalised and case changed as asked.
func (c *charset) encode(dst []byte, s string, cm caseMode) []byte {
	// Title case is upper case for the first character (that encode
	// does not drop) and lower case after it.
	m := cm
	if cm == title {
		m = upper
	}
	quad := true // four letters at a time, until that fails once
	for i := 0; i < len(s); {
		// ASCII and Cyrillic letters from the table of their mode.
		q := &c.quick[m]
		if x := s[i]; x < utf8.RuneSelf {
			if b := q[x]; b != 0 {
				dst = append(dst, b)
				i++
				if cm == title {
					m = lower
				}
				continue
			}
		} else if x&^1 == 0xD0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Four letters from U+0400 to U+047F (bytes 0, 2, 4 and 6
			// d0 or d1, the others 80-bf), all in the table, after the
			// first letter of title case.
			if quad && i+8 <= len(s) && (cm != title || m == lower) {
				t := s[i : i+8]
				w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
					uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
				if w&0xc0fec0fec0fec0fe == 0x80d080d080d080d0 {
					b0, b1 := q[0x80|w&1<<6|w>>8&0x3f], q[0x80|w>>16&1<<6|w>>24&0x3f]
					b2, b3 := q[0x80|w>>32&1<<6|w>>40&0x3f], q[0x80|w>>48&1<<6|w>>56&0x3f]
					if b0 != 0 && b1 != 0 && b2 != 0 && b3 != 0 {
						dst = append(dst, b0, b1, b2, b3)
						i += 8
						continue
					}
				}
				quad = false
			}
			if b := q[0x80|(x&1)<<6|s[i+1]&0x3F]; b != 0 {
				dst = append(dst, b)
				i += 2
				if cm == title {
					m = lower
				}
				continue
			}
		}
		r, size := scan.DecodeRune(s[i:]) // Cyrillic letters decoded in place
		i += size
		n := len(dst)
		dst = c.encodeRune(dst, r, m)
		if cm == title && len(dst) > n {
			m = lower
		}
	}
	return dst
}

// encodeRune appends the code of r in case mode cm (not title) to dst, as
// encode does: an apostrophe look-alike as an apostrophe, nothing for a
// stress mark or a soft hyphen.
func (c *charset) encodeRune(dst []byte, r rune, cm caseMode) []byte {
	if scan.IsApostrophe(r) {
		r = '\''
	} else if r == stressMark || r == softHyphen {
		return dst
	}
	switch cm {
	case lower:
		r = toLower(r)
	case upper:
		r = toUpper(r)
	}
	return c.appendRune(dst, r)
}

func (c *charset) appendRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return append(dst, byte(r))
	}
	if r < runeTabLen {
		if b := c.tab[r]; b != 0 {
			return append(dst, b)
		}
	} else if b, ok := c.other[r]; ok {
		return append(dst, b)
	}
	dst = append(dst, codeEsc)
	return utf8.AppendRune(dst, r)
}

// decode appends the UTF-8 of code b to dst.
func (c *charset) decode(dst []byte, b []byte) []byte {
	for i := 0; i < len(b); i++ {
		x := b[i]
		switch {
		case x < 0x80:
			dst = append(dst, x)
		case x == codeEsc:
			r, n := utf8.DecodeRune(b[i+1:])
			dst = utf8.AppendRune(dst, r)
			i += n
		default:
			u := &c.utf[x-0x80]
			if u.n == 2 {
				dst = append(dst, u.b[0], u.b[1]) // Cyrillic
			} else {
				dst = append(dst, u.b[:u.n]...)
			}
		}
	}
	return dst
}

// codeRunes counts the characters (not bytes) of a code.
func codeRunes(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		if b[i] == codeEsc {
			_, size := utf8.DecodeRune(b[i+1:])
			i += size
		}
		n++
	}
	return n
}

// lastCodeRunes returns the start of the last k characters of code b, or
// -1 when b has fewer.
func lastCodeRunes(b []byte, k int) int {
	// Walk forward recording starts; codes are short.
	var starts [256]int
	n := 0
	for i := 0; i < len(b); i++ {
		if n < len(starts) {
			starts[n] = i
		}
		n++
		if b[i] == codeEsc {
			_, size := utf8.DecodeRune(b[i+1:])
			i += size
		}
	}
	if k > n || n > len(starts) {
		return -1
	}
	return starts[n-k]
}

// FNV-1a, 32 bits. Stems are hashed left to right and endings right to
// left, so that the hashes of all prefixes and suffixes of a word come in
// one pass each.
const (
	fnvBasis = 2166136261
	fnvPrime = 16777619
)

func hashFwd(b []byte) uint32 {
	h := uint32(fnvBasis)
	for _, x := range b {
		h = (h ^ uint32(x)) * fnvPrime
	}
	return h
}

func hashRev(b []byte) uint32 {
	h := uint32(fnvBasis)
	for i := len(b) - 1; i >= 0; i-- {
		h = (h ^ uint32(b[i])) * fnvPrime
	}
	return h
}

// mix spreads a hash over table slots.
func mix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x7feb352d
	h ^= h >> 15
	return h
}
