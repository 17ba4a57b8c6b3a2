package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TextHash returns the SHA-256, in hex, of text normalised for duplicate
// detection: NFC; every run of whitespace (including no-break spaces and
// line breaks) one space; leading and trailing whitespace removed; soft
// hyphens and zero-width characters dropped; and the apostrophes of
// Ukrainian text (’ ʼ ‘ ` ') all one. The same article copied from a page,
// a feed and a text file hashes the same.
func TextHash(text string) string {
	if !nfcStable(text) {
		text = norm.NFC.String(text)
	}
	b := make([]byte, 0, len(text))
	space := false
	for i := 0; i < len(text); {
		if c := text[i]; c >= 0xD0 && c <= 0xD3 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			// A Cyrillic letter (U+0400–U+04FF): no space, no mark
			// dropped, no apostrophe.
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, c, text[i+1])
			i += 2
			continue
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		switch {
		case r < utf8.RuneSelf && asciiSpace[r], r >= utf8.RuneSelf && unicode.IsSpace(r):
			space = len(b) > 0
			continue
		case r == '\u00AD' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\uFEFF':
			continue
		case r == '’' || r == 'ʼ' || r == '‘' || r == '`' || r == 'ʹ' || r == '′':
			r = '\''
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
		} else {
			b = utf8.AppendRune(b, r)
		}
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// asciiSpace are the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// nfcStable reports whether text is valid UTF-8 made only of runes that
// are in NFC on their own and that nothing before or after them combines
// with (ASCII, Latin-1, most of Cyrillic, the punctuation of
// U+2010–U+203F), so that
// text is in NFC as it is. Most news is, and the check is much cheaper
// than normalising.
func nfcStable(text string) bool {
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c < utf8.RuneSelf:
			i++
			continue
		case c >= 0xC2 && c <= 0xD3 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			// U+0080–U+04FF: Latin-1, Latin Extended, modifier letters
			// (ʼ) and Cyrillic, but not the combining marks and Greek of
			// U+0300–U+03FF (lead bytes 0xCC–0xCF) nor the Cyrillic
			// combining marks U+0483–U+0489 (0xD2 0x83–0x89).
			if c >= 0xCC && c <= 0xCF || c == 0xD2 && text[i+1] >= 0x83 && text[i+1] <= 0x89 {
				return false
			}
			i += 2
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] >= 0x90 && text[i+2] <= 0xBF:
			// U+2010–U+203F: dashes, quotation marks, ellipsis.
			i += 3
		default:
			return false
		}
	}
	return true
}
