package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// lemmaRule turns a form into a lemma: keep the surface as it is, or take
// the lower-cased form, cut strip runes off its end, append add and, for
// ruleCap, upper-case the first letter.
type lemmaRule struct {
	mode  uint8
	strip uint8
	add   string
}

const (
	ruleSame  uint8 = iota // the lemma is the surface
	ruleLower              // lower-cased, strip, add
	ruleCap                // as ruleLower, first letter upper case
)

// ruleOf returns the rule that makes lemma out of surface.
func ruleOf(surface, lemma string) lemmaRule {
	if surface == lemma {
		return lemmaRule{mode: ruleSame}
	}
	l := string(appendLower(nil, surface))
	m := string(appendLower(nil, lemma))
	p := 0 // bytes of the common prefix, on rune boundaries
	for p < len(l) && p < len(m) {
		c1, n1 := utf8.DecodeRuneInString(l[p:])
		c2, n2 := utf8.DecodeRuneInString(m[p:])
		if c1 != c2 || n1 != n2 {
			break
		}
		p += n1
	}
	strip := utf8.RuneCountInString(l[p:])
	if strip > 255 {
		strip = 255
	}
	r := lemmaRule{mode: ruleLower, strip: uint8(strip), add: m[p:]}
	if c, _ := utf8.DecodeRuneInString(lemma); scan.IsUpper(c) {
		r.mode = ruleCap
	}
	return r
}

// ruleKey returns ruleOf(surface, lemma).key() without the strings
// ruleOf makes; lower is surface lower-cased by appendLower.
func ruleKey(surface string, lower []byte, lemma string) uint64 {
	if surface == lemma {
		return lemmaRule{mode: ruleSame}.key()
	}
	var mb [128]byte
	l := lower
	m := appendLower(mb[:0], lemma)
	p := commonRunePrefix(l, m) // as in ruleOf
	strip := min(utf8.RuneCount(l[p:]), 255)
	mode := ruleLower
	if c, _ := utf8.DecodeRuneInString(lemma); scan.IsUpper(c) {
		mode = ruleCap
	}
	return mix(mix(uint64(mode)+1, uint64(strip)), hashBytes(m[p:]))
}

// commonRunePrefix returns the length in bytes of the runes a and b
// start with alike, for a and b as appendLower writes them (valid UTF-8:
// it writes an invalid byte as U+FFFD). In valid UTF-8 a rune has one
// encoding and a rune start is known by its byte, so the runes alike end
// at the start of the rune that holds the first byte that differs, which
// is the same place in a and b; comparing bytes finds it without
// decoding the runes.
func commonRunePrefix(a, b []byte) int {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	if p == len(a) || p == len(b) {
		return p // one is the other's start, ending on a rune
	}
	for p > 0 && !utf8.RuneStart(a[p]) {
		p--
	}
	return p
}

// apply makes the lemma of surface; lower is surface lower-cased as by
// appendLower.
func (r lemmaRule) apply(surface string, lower []byte) string {
	if r.mode == ruleSame {
		return surface
	}
	cut := suffixStart(lower, int(r.strip))
	if int(r.strip) > utf8.RuneCount(lower) {
		cut = 0
	}
	var b strings.Builder
	b.Grow(cut + len(r.add))
	if r.mode == ruleCap {
		c, n := utf8.DecodeRune(lower[:cut])
		if n > 0 {
			b.WriteRune(unicode.ToUpper(c))
		}
		b.Write(lower[n:cut])
	} else {
		b.Write(lower[:cut])
	}
	b.WriteString(r.add)
	return b.String()
}

// key is a hash of the rule, for candidate features.
func (r lemmaRule) key() uint64 {
	return mix(mix(uint64(r.mode)+1, uint64(r.strip)), hashString(r.add))
}
