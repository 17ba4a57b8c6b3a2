package scan

import "unicode/utf8"

// Valid is utf8.ValidString, answer for answer, with fast paths for the
// text it mostly gets: utf8.ValidString reads eight ASCII bytes at a time
// only until the first other byte, and then asks its tables about every
// rune. Valid passes over eight ASCII bytes, or four letters of two bytes
// each (all of Cyrillic), at a time anywhere, and takes any other
// two-byte sequence on its bytes; other runes are decoded.
func Valid(s string) bool {
	n := len(s)
	for i := 0; i < n; {
		if i+8 <= n {
			x := load64(s[i : i+8])
			if x&0x8080808080808080 == 0 {
				i += 8
				continue
			}
			if twoByteRunes(uint32(x)) {
				if twoByteRunes(uint32(x >> 32)) {
					i += 8
				} else {
					i += 4
				}
				continue
			}
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c-0xc2 < 0xe0-0xc2 && i+1 < n && s[i+1]&0xc0 == 0x80:
			// c2-df and a continuation byte: a rune from U+0080 to
			// U+07FF, none of which is a surrogate or overlong
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return false
			}
			i += size
		}
	}
	return true
}

// load64 returns the eight bytes of s, little endian, in one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// twoByteRunes reports whether the four bytes of x, little endian, are
// two runes of two bytes each: leads from c2 to df (110xxxxx but not c0
// or c1, which would be overlong), each followed by a continuation byte.
func twoByteRunes(x uint32) bool {
	return x&0xc0e0c0e0 == 0x80c080c0 && x&0x1e != 0 && x&0x1e0000 != 0
}
