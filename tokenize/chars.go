package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// Character classes of the scanner.
const (
	cSpace  uint8 = iota // white space, control and format characters, invalid bytes
	cLetter              // a letter of any script
	cDigit               // a decimal digit of any script
	cMark                // a combining mark: continues a word (stress accents, variation selectors)
	cJoin                // soft hyphen, ZWNJ, ZWJ: inside a word when a letter follows, else space
	cOther               // punctuation and symbols
)

// asciiClass classifies the ASCII bytes.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c <= ' ' || c == 0x7f:
			t[c] = cSpace
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = cLetter
		case '0' <= c && c <= '9':
			t[c] = cDigit
		default:
			t[c] = cOther
		}
	}
	return t
}()

// decode returns the class, the rune and its width at src[i]; i < len(src).
// An invalid byte is cSpace with width 1: the scanner skips it, so every
// token's text is valid UTF-8. The Cyrillic fast path covers nearly all
// of Ukrainian and Russian text.
func decode(src string, i int) (uint8, rune, int) {
	c := src[i]
	if c < utf8.RuneSelf {
		return asciiClass[c], rune(c), 1
	}
	if c-0xD0 < 2 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
		// U+0400–U+047F: all letters.
		return cLetter, rune(c&0x1F)<<6 | rune(src[i+1]&0x3F), 2
	}
	return decodeSlow(src, i)
}

// classAt returns the class of the character at src[i], cSpace past
// the end of src.
func classAt(src string, i int) uint8 {
	if i >= len(src) {
		return cSpace
	}
	c, _, _ := decode(src, i)
	return c
}

func decodeSlow(src string, i int) (uint8, rune, int) {
	r, n := utf8.DecodeRuneInString(src[i:])
	if r == utf8.RuneError && n == 1 {
		return cSpace, r, 1
	}
	if 0x48A <= r && r <= 0x52F || r == 0x480 || r == 0x481 {
		return cLetter, r, n // the rest of Cyrillic: ґ Ґ and others
	}
	return classify(r), r, n
}

// classify returns the class of a non-ASCII rune.
func classify(r rune) uint8 {
	switch r {
	case 0x00AD, 0x200C, 0x200D:
		return cJoin
	}
	switch {
	case r <= 0xA0:
		return cSpace // C1 controls, NBSP
	case r < 0xC0: // the rest of Latin-1 punctuation and signs: « » § ° №…
		if r == 0xAA || r == 0xB5 || r == 0xBA {
			return cLetter // ª µ º
		}
		return cOther
	case 0x2000 <= r && r <= 0x206F: // General Punctuation
		switch {
		case r <= 0x200F, r == 0x2028, r == 0x2029, 0x202A <= r && r <= 0x202F, r == 0x205F, r >= 0x2060:
			return cSpace // spaces, zero-width and direction marks, line separators
		}
		return cOther // dashes, quotes, …
	case 0xC0 <= r && r <= 0x24F && r != 0xD7 && r != 0xF7:
		return cLetter // Latin-1 and Latin Extended letters
	}
	switch {
	case unicode.IsLetter(r):
		return cLetter
	case unicode.IsDigit(r):
		return cDigit
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc):
		return cMark
	case unicode.IsSpace(r), unicode.In(r, unicode.Cc, unicode.Cf):
		return cSpace
	}
	return cOther
}

// isApostrophe reports whether r is one of the apostrophes that, between
// two letters, are part of the word: ' ’ ʼ ` ‘ ʻ.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '`', '‘', 'ʻ':
		return true
	}
	return false
}

// isHyphen reports whether r joins the parts of a compound word.
func isHyphen(r rune) bool {
	return r == '-' || r == '‐' || r == '‑'
}

// isDash reports whether r is a dash or a hyphen standing alone.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '⸺', '⸻':
		return true
	}
	return false
}

// isQuote reports whether r is a quotation mark.
func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '`', '«', '»', '„', '“', '”', '‘', '’', '‚', '‹', '›', '″', '〝', '〞', '＂':
		return true
	}
	return false
}

// isTerminal reports whether r ends a sentence: . ! ? … and their
// full-width and inverted relatives.
func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？':
		return true
	}
	return false
}

// isPunct reports whether r is punctuation the scanner gives its own Punct
// token (terminal punctuation aside).
func isPunct(r rune) bool {
	switch r {
	case ',', ';', ':', '(', ')', '[', ']', '{', '}', '¡', '¿', '、', '，', '；', '：', '（', '）':
		return true
	}
	return false
}

// isGroupSpace reports whether r may separate three-digit groups of a
// number: 1 200, 1 200 (NBSP), 1 200 (narrow NBSP).
func isGroupSpace(r rune) bool {
	return r == ' ' || r == 0x00A0 || r == 0x202F || r == 0x2009
}

// isLineBreak reports whether r ends a line.
func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 || r == 0x85 || r == '\v' || r == '\f'
}

// isEmojiTail reports whether r continues the symbol before it: variation
// selectors, skin tones, the keycap mark and tag characters.
func isEmojiTail(r rune) bool {
	return r == 0xFE0E || r == 0xFE0F || r == 0x20E3 ||
		(0x1F3FB <= r && r <= 0x1F3FF) || (0xE0020 <= r && r <= 0xE007F)
}

func isRegionalIndicator(r rune) bool { return 0x1F1E6 <= r && r <= 0x1F1FF }

// firstRune returns the first rune of s, or utf8.RuneError.
func firstRune(s string) rune {
	if s == "" {
		return utf8.RuneError
	}
	if s[0] < utf8.RuneSelf {
		return rune(s[0])
	}
	r, _ := scan.DecodeRune(s) // Cyrillic letters decoded in place
	return r
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool { return unicode.IsLower(firstRune(s)) }

// startsUpper reports whether s starts with an upper-case or title-case letter.
func startsUpper(s string) bool {
	r := firstRune(s)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}
