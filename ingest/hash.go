package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TextHash returns the SHA-256, in hex, of text normalised for duplicate
// detection: NFC; every run of whitespace (including no-break spaces and
// line breaks) one space; leading and trailing whitespace removed; soft
// hyphens and zero-width characters dropped; and the apostrophes of
// Ukrainian text (’ ʼ ‘ ` ') all one. The same article copied from a page,
// a feed and a text file hashes the same.
func TextHash(text string) string {
	text = norm.NFC.String(text)
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '\u00AD' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' || r == '\uFEFF':
			continue
		case r == '’' || r == 'ʼ' || r == '‘' || r == '`' || r == 'ʹ' || r == '′':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}
