package tag

import (
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// FNV-1a, 64 bits: stable across runs and machines, as model files need.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix folds b into a; it is the step that makes a feature hash out of a
// template number and the hashes of its values.
func mix(a, b uint64) uint64 {
	h := a ^ (b * 0x9E3779B97F4A7C15)
	h ^= h >> 31
	h *= 0xD6E8FEB86659FD93
	h ^= h >> 29
	return h
}

// isApostrophe reports the apostrophes Ukrainian text uses; BRUK writes
// them all as '.
func isApostrophe(c rune) bool {
	switch c {
	case '\'', '’', 'ʼ', '`', '‘', '′', 'ʹ', '\u02bb':
		return true
	}
	return false
}

// appendLower appends s lower-cased, with every apostrophe written as ',
// to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		x := s[i]
		if x < utf8.RuneSelf {
			if 'A' <= x && x <= 'Z' {
				x += 'a' - 'A'
			}
			if x == '`' {
				x = '\''
			}
			dst = append(dst, x)
			i++
			continue
		}
		// The Cyrillic letters from Ѐ to я byte by byte, as runeTab
		// lower-cases them.
		if i+1 < len(s) {
			switch d := s[i+1]; {
			case x == 0xd0 && 0xb0 <= d && d <= 0xbf, x == 0xd1 && 0x80 <= d && d <= 0x9f: // а-п, р-я, ѐ-џ
				dst = append(dst, x, d)
				i += 2
				continue
			case x == 0xd0 && 0x90 <= d && d <= 0x9f: // А-П
				dst = append(dst, x, d+0x20)
				i += 2
				continue
			case x == 0xd0 && 0xa0 <= d && d <= 0xaf: // Р-Я
				dst = append(dst, 0xd1, d-0x20)
				i += 2
				continue
			case x == 0xd0 && 0x80 <= d && d <= 0x8f: // Ѐ-Џ
				dst = append(dst, 0xd1, d+0x10)
				i += 2
				continue
			}
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case isApostrophe(c):
			c = '\''
		case c < runeTabLen:
			c = runeTab[c].lower
		default:
			c = unicode.ToLower(c)
		}
		dst = utf8.AppendRune(dst, c)
	}
	return dst
}

// runeTab caches, for the characters below runeTabLen (Latin, Greek,
// Cyrillic), what package unicode says of them: words are lower-cased
// and shaped character by character.
var runeTab [runeTabLen]struct {
	lower rune
	kind  uint8 // runeLetter, runeUpper, runeDigit bits
}

const runeTabLen = 0x530 // through Cyrillic Supplement

const (
	runeLetter = 1 << iota
	runeUpper
	runeDigit
)

func init() {
	for c := range rune(runeTabLen) {
		e := &runeTab[c]
		e.lower = unicode.ToLower(c)
		if unicode.IsLetter(c) {
			e.kind |= runeLetter
		}
		if scan.IsUpper(c) {
			e.kind |= runeUpper
		}
		if unicode.IsDigit(c) {
			e.kind |= runeDigit
		}
	}
}

// runeKind returns the runeLetter, runeUpper and runeDigit bits of c.
func runeKind(c rune) uint8 {
	if c >= 0 && c < runeTabLen {
		return runeTab[c].kind
	}
	var k uint8
	if unicode.IsLetter(c) {
		k |= runeLetter
	}
	if scan.IsUpper(c) {
		k |= runeUpper
	}
	if unicode.IsDigit(c) {
		k |= runeDigit
	}
	return k
}

// Normalize returns form lower-cased with apostrophes written as ', the
// key CorpusLexicon looks forms up by.
func Normalize(form string) string {
	var buf [64]byte
	b := appendLower(buf[:0], form)
	if string(b) == form {
		return form
	}
	return string(b)
}

// suffixStart returns the byte offset in b where its last n runes start
// (0 when b is shorter).
func suffixStart(b []byte, n int) int {
	i := len(b)
	for ; n > 0 && i > 0; n-- {
		i--
		for i > 0 && !utf8.RuneStart(b[i]) {
			i--
		}
	}
	return i
}

// isCyrillic reports Ukrainian and other Cyrillic letters.
func isCyrillic(c rune) bool {
	return c >= 0x0400 && c <= 0x052F
}

// Word shape bits.
const (
	shapeCap      = 1 << iota // first letter upper case
	shapeUpper                // two or more letters, all upper case
	shapeLower                // has a lower-case letter
	shapeDigit                // has a digit
	shapeHyphen               // has a hyphen
	shapeApos                 // has an apostrophe
	shapeDot                  // has a dot
	shapeLatin                // has a Latin letter
	shapeCyr                  // has a Cyrillic letter
	shapeOther                // has a character of none of these kinds
	shapeRoman                // only the letters I V X L C D M
	shapeLen1                 // one rune
	shapeLenShort             // two or three runes
)

// shapeOf returns the shape bits of s.
func shapeOf(s string) uint32 {
	// Most words start with lower-case Cyrillic letters (or are made of
	// them): LowerCyrillicRun steps over those at once.
	return shapeFrom(s, scan.LowerCyrillicRun(s, 0))
}

// shapeFrom returns the shape bits of s, whose first i bytes are
// lower-case Cyrillic letters, two bytes each.
func shapeFrom(s string, i int) uint32 {
	var sh uint32
	letters, n := i/2, i/2
	roman := i == 0
	first := i == 0
	if i > 0 {
		sh = shapeLower | shapeCyr
	}
	for i < len(s) {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			if c&^1 == 0xD0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				// A Cyrillic letter, U+0400 to U+047F: what the
				// letter case below does with it.
				c = (c&0x1F)<<6 | rune(s[i+1]&0x3F)
				i += 2
				n++
				letters++
				if runeTab[c].kind&runeUpper == 0 {
					sh |= shapeLower
				} else if first {
					sh |= shapeCap
				}
				sh |= shapeCyr
				roman = false
				first = false
				continue
			}
			c, size = scan.DecodeRune(s[i:])
		}
		i += size
		n++
		k := runeKind(c)
		switch {
		case k&runeLetter != 0:
			letters++
			if k&runeUpper == 0 {
				sh |= shapeLower
			} else if first {
				sh |= shapeCap
			}
			if isCyrillic(c) {
				sh |= shapeCyr
			} else {
				sh |= shapeLatin
			}
			switch c {
			case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
			default:
				roman = false
			}
			first = false
		case k&runeDigit != 0:
			sh |= shapeDigit
			roman = false
		case c == '-' || c == '–' || c == '—':
			sh |= shapeHyphen
			roman = false
		case isApostrophe(c):
			sh |= shapeApos
		case c == '.':
			sh |= shapeDot
			roman = false
		default:
			sh |= shapeOther
			roman = false
		}
	}
	if letters >= 2 && sh&shapeLower == 0 {
		sh |= shapeUpper
	}
	if roman && letters > 0 {
		sh |= shapeRoman
	}
	switch {
	case n == 1:
		sh |= shapeLen1
	case n <= 3:
		sh |= shapeLenShort
	}
	return sh
}

// isWord reports whether text is a Cyrillic word (with apostrophes,
// hyphens, dots of abbreviations and stress marks) that the lexicon should
// analyse; anything else gets candidates from the tagger's own rules.
func isWord(text string) bool {
	letters := 0
	for _, c := range text {
		switch {
		case isCyrillic(c):
			letters++
		case isApostrophe(c) || c == '-' || c == '.' || c == '\u0301' || c == '\u00AD':
		default:
			return false
		}
	}
	return letters > 0
}

// shapeKey collapses text into a pattern for the rules of non-words: runs
// of digits become 9, of Latin capitals A, of Latin small letters a, of
// Cyrillic capitals А, of Cyrillic small letters а; other characters stay.
// tail is the trailing run of Cyrillic letters after a digit or hyphen,
// lower-cased (х of 90-х), or "".
func shapeKey(dst []byte, text string) (key []byte, tail string) {
	var last rune = -1
	tailStart := -1
	prevDigitOrHyphen := false
	for i, c := range text {
		var k rune
		switch {
		case unicode.IsDigit(c):
			k = '9'
		case isCyrillic(c) && scan.IsUpper(c):
			k = 'А'
		case isCyrillic(c):
			k = 'а'
		case unicode.IsLetter(c) && scan.IsUpper(c):
			k = 'A'
		case unicode.IsLetter(c):
			k = 'a'
		case isApostrophe(c):
			k = '\''
		default:
			k = c
		}
		if isCyrillic(c) {
			if tailStart < 0 && prevDigitOrHyphen {
				tailStart = i
			}
		} else {
			tailStart = -1
		}
		prevDigitOrHyphen = k == '9' || c == '-'
		if k != last || (k != '9' && k != 'А' && k != 'а' && k != 'A' && k != 'a') {
			dst = utf8.AppendRune(dst, k)
		}
		last = k
	}
	if tailStart >= 0 {
		tail = string(appendLower(nil, text[tailStart:]))
	}
	return dst, tail
}
