package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// Bounds on e-mail and domain look-ahead: real addresses are far shorter,
// and the bounds keep the scanner linear on long runs like a.b.c.d….
const (
	maxLocal  = 64 // bytes in the part of an e-mail address before the @
	maxLabels = 8  // labels in a domain name
)

// scanURL returns the end of a URL that starts at p with a scheme
// (http://, https://, ftp://) or www., or p when none does.
func scanURL(src string, p int) int {
	rest := src[p:]
	var e int
	switch {
	case hasPrefixFold(rest, "https://"):
		e = p + 8
	case hasPrefixFold(rest, "http://"):
		e = p + 7
	case hasPrefixFold(rest, "ftp://"):
		e = p + 6
	case hasPrefixFold(rest, "www.") && followedByLetter(src, p+4):
		e = p + 4
	default:
		return p
	}
	if !followedByLetter(src, e) {
		return p
	}
	return scanURLTail(src, e)
}

// scanURLTail extends a URL from e up to white space or a quotation mark,
// then gives back the punctuation that more likely ends the sentence than
// the URL: a trailing . , ; : ! ? ' and unbalanced ) ].
func scanURLTail(src string, e int) int {
	start := e
	for e < len(src) {
		cls, r, n := decode(src, e)
		if cls == cSpace || cls == cJoin {
			break
		}
		switch r {
		case '<', '>', '"', '«', '»', '“', '”', '„', '‘', '’', '`', '|', '^', '{', '}', '\\':
			return trimURL(src, start, e)
		}
		e += n
	}
	return trimURL(src, start, e)
}

func trimURL(src string, start, e int) int {
	open := count(src[start:e], '(') - count(src[start:e], ')')
	openSq := count(src[start:e], '[') - count(src[start:e], ']')
	for e > start {
		switch src[e-1] {
		case '.', ',', ';', ':', '!', '?', '\'', '*':
			e--
			continue
		case ')':
			if open < 0 {
				open++
				e--
				continue
			}
		case ']':
			if openSq < 0 {
				openSq++
				e--
				continue
			}
		}
		break
	}
	return e
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// scanEmail returns the end of an e-mail address that starts at p, or p.
func scanEmail(src string, p int) int {
	e := p
	for e < len(src) && e-p <= maxLocal {
		c := src[e]
		if isASCIIAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' {
			e++
			continue
		}
		break
	}
	if e >= len(src) || src[e] != '@' || src[e-1] == '.' || e-p > maxLocal {
		return p
	}
	// The host: labels, a dot between, a top-level domain of letters.
	q := e + 1
	labels, best := 0, p
	for labels < maxLabels {
		ls := q
		for q < len(src) && (isASCIIAlnum(src[q]) || src[q] == '-') {
			q++
		}
		if q == ls {
			break
		}
		labels++
		if labels >= 2 && isASCIITLD(src[ls:q], false) && !followedByLetter(src, q) {
			best = q
		}
		if q+1 >= len(src) || src[q] != '.' {
			break
		}
		q++
	}
	return best
}

// scanDomain returns the end of a bare domain name whose first label is
// src[p:end] and src[end] is a dot (Zakon.kz, president.gov.ua, 24tv.ua,
// сайт.укр), with a path if one follows, or end. The last label must look
// like a top-level domain: 2–6 lower-case Latin letters, or a known
// Cyrillic one, so that "Києва.Це" stays two words and a full stop. A name
// in Latin capitals may end in one of a few common top-level domains in
// capitals (ZN.UA, the outlet's own spelling; see upperTLDs), which, in
// Latin capitals, start no Ukrainian sentence: on our news texts ZN.UA
// three times, once where a sentence was cut after ZN.
func scanDomain(src string, p, end int) int {
	latin, cyr, lower := false, false, false
	for i := p; i < end; {
		cls, r, n := decode(src, i)
		switch {
		case r < utf8.RuneSelf && (isASCIIAlnum(byte(r)) || r == '-'):
			latin = latin || cls == cLetter
			lower = lower || 'a' <= r && r <= 'z'
		case 0x400 <= r && r <= 0x52F && cls == cLetter:
			cyr = true
		default:
			return end
		}
		i += n
	}
	if latin && cyr {
		return end
	}
	ascii := !cyr
	e, best := end, end
	for labels := 1; labels < maxLabels && e+1 < len(src) && src[e] == '.'; labels++ {
		q := e + 1
		for q < len(src) {
			cls, r, n := decode(src, q)
			if ascii && r < utf8.RuneSelf && (isASCIIAlnum(byte(r)) || r == '-') ||
				!ascii && (cls == cLetter && 0x400 <= r && r <= 0x52F || r == '-' || cls == cDigit) {
				q += n
				continue
			}
			break
		}
		if q == e+1 {
			break
		}
		tld := src[e+1 : q]
		if !followedByLetter(src, q) && (ascii && (isASCIITLD(tld, true) || latin && !lower && labels == 1 && upperTLDs[tld] || titled(src, p) && labels == 1 && titleTLDs[tld]) ||
			!ascii && (isCyrillicTLD(tld) || titled(src, p) && labels == 1 && tld == "Інфо")) {
			best = q
		}
		e = q
	}
	if best > end && best+1 < len(src) && src[best] == '/' && followedByLetter(src, best+1) {
		return scanURLTail(src, best)
	}
	return best
}

// isASCIITLD reports whether s can be a top-level domain: 2–6 ASCII letters,
// lower case when strict (a bare domain in running text).
func isASCIITLD(s string, strict bool) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || !strict && 'A' <= c && c <= 'Z' {
			continue
		}
		return false
	}
	return true
}

// upperTLDs are the top-level domains a name in capitals may end in as
// written: ZN.UA.
var upperTLDs = map[string]bool{"UA": true, "COM": true, "NET": true, "ORG": true, "INFO": true, "EU": true}

// titleTLDs are the endings in title case of an outlet's name written as
// a domain (Bihus.Info, Censor.Net); the Cyrillic spelling has Інфо
// (Слідство.Інфо, in any case: «Слідству.Інфо»). Both need a name with a
// capital before them, so "Києва.Це" stays apart.
var titleTLDs = map[string]bool{"Info": true, "Net": true}

// titled reports whether the word at src[p:] opens with a capital letter.
func titled(src string, p int) bool {
	r, _ := utf8.DecodeRuneInString(src[p:])
	return unicode.IsUpper(r)
}

func isCyrillicTLD(s string) bool {
	switch s {
	case "укр", "рф", "бел", "срб", "мон", "қаз", "рус":
		return true
	}
	return false
}
