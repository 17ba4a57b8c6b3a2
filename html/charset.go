package html

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// Encoding names that Decode and DecodeText report.
const (
	UTF8        = "utf-8"
	Windows1251 = "windows-1251"
	KOI8U       = "koi8-u"
	Windows1252 = "windows-1252"
)

// metaCharset finds <meta charset=…> and <meta http-equiv="Content-Type"
// content="…; charset=…">; golang.org/x/net/html/charset only looks at the
// first 1024 bytes, and old news sites put kilobytes of scripts before it.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// prescanSize is how much of a page is searched for a meta charset.
const prescanSize = 16 << 10

// Decode returns the HTML page b as UTF-8 text and the name of the encoding
// it was read in. contentType is the HTTP Content-Type header, or "".
//
// Bytes that are valid UTF-8 are read as UTF-8 whatever is declared (old
// Ukrainian servers often send charset=windows-1251 for pages that were
// converted long ago). Otherwise a byte-order mark, the header's charset and
// the page's meta charset are believed in that order, except that a UTF-8
// declaration on bytes that are not UTF-8, and no declaration at all, make
// Decode guess between windows-1251 and KOI8-U from the letters. Bytes that
// cannot be decoded become U+FFFD; Decode never fails.
func Decode(b []byte, contentType string) (text, enc string) {
	if s, name, ok := decodeBOM(b); ok {
		return s, name
	}
	if utf8.Valid(b) {
		return string(b), UTF8
	}
	declared := headerCharset(contentType)
	if declared == "" {
		head := b
		if len(head) > prescanSize {
			head = head[:prescanSize]
		}
		if m := metaCharset.FindSubmatch(head); m != nil {
			declared = string(m[1])
		}
	}
	if e, name := lookup(declared); e != nil && name != UTF8 {
		return decodeWith(e, b), name
	}
	return DecodeText(b)
}

// DecodeText returns plain text b as UTF-8 and the name of the encoding it
// was read in: UTF-8 or UTF-16/32 with a byte-order mark, UTF-8 when the
// bytes are valid UTF-8, else windows-1251 or KOI8-U, whichever reads as
// more natural Cyrillic (in KOI8-U the letters' cases are swapped relative
// to windows-1251, so the wrong choice reads as mostly capitals), and
// windows-1252 when the bytes are not Cyrillic in either.
func DecodeText(b []byte) (text, enc string) {
	if s, name, ok := decodeBOM(b); ok {
		return s, name
	}
	if utf8.Valid(b) {
		return string(b), UTF8
	}
	high := 0
	for _, c := range b {
		if c >= 0x80 {
			high++
		}
	}
	if latin(b) {
		return decodeWith(charmap.Windows1252, b), Windows1252
	}
	best, bestName, bestScore := encoding.Encoding(nil), "", 0
	for _, cand := range []struct {
		e    encoding.Encoding
		name string
	}{{charmap.Windows1251, Windows1251}, {charmap.KOI8U, KOI8U}} {
		lower, upper := cyrillicCase(cand.e, b)
		// Lower-case letters are what prose is made of; a candidate that
		// reads the high bytes as capitals is the wrong one.
		if lower+upper < high/2 {
			continue
		}
		if score := lower - upper; best == nil || score > bestScore {
			best, bestName, bestScore = cand.e, cand.name, score
		}
	}
	if best == nil {
		return decodeWith(charmap.Windows1252, b), Windows1252
	}
	return decodeWith(best, b), bestName
}

// latin reports whether the high bytes of b sit inside words of ASCII
// letters, as accented letters do in Latin-1 text, rather than next to each
// other, as Cyrillic letters do in a single-byte Cyrillic encoding.
func latin(b []byte) bool {
	isASCIILetter := func(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
	inside, together := 0, 0
	for i := 0; i+1 < len(b); i++ {
		h0, h1 := b[i] >= 0x80, b[i+1] >= 0x80
		switch {
		case h0 && h1:
			together++
		case h0 && isASCIILetter(b[i+1]), h1 && isASCIILetter(b[i]):
			inside++
		}
	}
	return inside > together
}

// cyrillicCase counts the Cyrillic letters among the high bytes of b read
// in e, by case.
func cyrillicCase(e encoding.Encoding, b []byte) (lower, upper int) {
	s, _ := e.NewDecoder().Bytes(b)
	for _, r := range string(s) {
		if r < 0x80 || !unicode.Is(unicode.Cyrillic, r) {
			continue
		}
		if unicode.IsUpper(r) {
			upper++
		} else {
			lower++
		}
	}
	return lower, upper
}

func decodeBOM(b []byte) (text, enc string, ok bool) {
	var e encoding.Encoding
	var name string
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(b[3:]), "\uFFFD"), UTF8, true
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}):
		e, name = utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM), "utf-32le"
	case bytes.HasPrefix(b, []byte{0, 0, 0xFE, 0xFF}):
		e, name = utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM), "utf-32be"
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		e, name = xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		e, name = xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), "utf-16be"
	default:
		return "", "", false
	}
	return decodeWith(e, b), name, true
}

// decodeWith decodes b; the decoders of x/text replace what they cannot
// read with U+FFFD and so never fail, but be safe about it.
func decodeWith(e encoding.Encoding, b []byte) string {
	s, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return strings.ToValidUTF8(string(s), "\uFFFD")
}

func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// lookup finds an encoding by its WHATWG label. KOI8-R is read as KOI8-U:
// Ukrainian pages declare KOI8-R and use і, ї, є, ґ, which only KOI8-U has.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.ToLower(strings.TrimSpace(label))
	if label == "" {
		return nil, ""
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return nil, ""
	}
	switch name {
	case "koi8-r", "koi8-u":
		return charmap.KOI8U, KOI8U
	case "utf-8":
		return e, UTF8
	}
	return e, name
}

// Charset returns the charset parameter of an HTTP Content-Type header
// normalised to the encoding's canonical name ("utf-8", "windows-1251",
// "koi8-u", …), or "" when there is none or it is unknown.
func Charset(contentType string) string {
	_, name := lookup(headerCharset(contentType))
	return name
}

// DecodeCharset decodes b from the named encoding (a WHATWG label such as
// "windows-1251" or "cp1251"). It reports false when the label is unknown.
func DecodeCharset(b []byte, label string) (string, bool) {
	e, name := lookup(label)
	if e == nil {
		return "", false
	}
	if name == UTF8 {
		return strings.ToValidUTF8(string(b), "\uFFFD"), true
	}
	return decodeWith(e, b), true
}
