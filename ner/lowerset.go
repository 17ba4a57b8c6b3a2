package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// A lowerSet is a set of lower-case words that rules compare tokens with
// after lower-casing them. Lower-casing keeps the length in bytes of any
// text that becomes one of its words, and it lower-cases the first letter
// as scan.Lower does, so a token of a length none of them has, or whose
// first letter lower-cased none of them starts with, is no match and need
// not be lower-cased: most tokens a rule reads are not.
type lowerSet struct {
	words  map[string]bool
	lens   uint64 // bit n: a word of n bytes; bit 63: one of 63 bytes or more
	firsts uint64 // bit r%64: a word that starts with r
	lasts  uint64 // bit r%64: a word that ends with r
}

// newLowerSet returns the set of words, each in lower case.
func newLowerSet(words ...string) lowerSet {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return lowerSetOf(m)
}

// lowerSetOf returns the set of the words m holds true, each in lower
// case. It panics on a word with a rune that a rune of another length
// lower-cases to (the Latin i and k among them), for which lengths prove
// nothing.
func lowerSetOf(m map[string]bool) lowerSet {
	s := lowerSet{words: m}
	for w, ok := range m {
		if !ok {
			continue
		}
		if w == "" || scan.ToLower(w) != w || strings.ContainsFunc(w, lengthChanger) {
			panic("ner: no lowerSet word: " + w)
		}
		s.lens |= 1 << min(len(w), 63)
		r, _ := scan.DecodeRune(w)
		s.firsts |= 1 << (r % 64)
		r, _ = utf8.DecodeLastRuneInString(w)
		s.lasts |= 1 << (r % 64)
	}
	return s
}

// has reports whether scan.ToLower(w) is in the set. The test of the
// length, which most words fail, is made where has is called.
func (s lowerSet) has(w string) bool {
	return s.lens&(1<<min(len(w), 63)) != 0 && s.hasLower(w)
}

// lower returns scan.ToLower(w) when w may lower-case to one of the
// set's words, "" otherwise. The test of the length, which most words
// fail, is made where lower is called.
func (s lowerSet) lower(w string) string {
	if s.lens&(1<<min(len(w), 63)) == 0 {
		return ""
	}
	return s.lowerStart(w)
}

// lowerStart is lower past the test of the length.
func (s lowerSet) lowerStart(w string) string {
	if !s.startsOne(w) || !s.endsOne(w) {
		return ""
	}
	return scan.ToLower(w)
}

// hasLower is has past the test of the length.
func (s lowerSet) hasLower(w string) bool {
	if !s.startsOne(w) || !s.endsOne(w) {
		return false
	}
	// Lower-cased into a buffer on the stack, with no string made.
	var buf [64]byte
	return s.words[string(scan.AppendLower(buf[:0], w))]
}

// startsOne reports whether w starts with a letter that lower-cased may
// start one of the set's words.
func (s lowerSet) startsOne(w string) bool {
	if w == "" {
		return false
	}
	return s.firsts&(1<<(lowerFirst(w)%64)) != 0
}

// endsOne reports whether w, which is not "", ends with a letter that
// lower-cased may end one of the set's words. Lower-casing goes rune by
// rune, so the last rune of w lower-cased is that of w lower-cased.
func (s lowerSet) endsOne(w string) bool {
	return s.lasts&(1<<(lowerLast(w)%64)) != 0
}

// lowerFirst is scan.Lower of the first rune of w, which is not "", with
// the two-byte runes decoded and А to Я lower-cased in place.
func lowerFirst(w string) rune {
	var r rune
	if len(w) >= 2 && w[0]-0xc2 < 0xe0-0xc2 && w[1]&0xc0 == 0x80 {
		r = rune(w[0]&0x1f)<<6 | rune(w[1]&0x3f)
	} else {
		r, _ = utf8.DecodeRuneInString(w)
	}
	switch {
	case 'а' <= r && r <= 'я':
		return r
	case 'А' <= r && r <= 'Я':
		return r + 'а' - 'А'
	}
	return scan.Lower(r)
}

// lowerLast is scan.Lower of the last rune of w, which is not "", as
// lowerFirst is of the first.
func lowerLast(w string) rune {
	var r rune
	if n := len(w); n >= 2 && w[n-2]-0xc2 < 0xe0-0xc2 && w[n-1]&0xc0 == 0x80 {
		r = rune(w[n-2]&0x1f)<<6 | rune(w[n-1]&0x3f)
	} else {
		r, _ = utf8.DecodeLastRuneInString(w)
	}
	switch {
	case 'а' <= r && r <= 'я':
		return r
	case 'А' <= r && r <= 'Я':
		return r + 'а' - 'А'
	}
	return scan.Lower(r)
}

// lengthChanger reports whether a rune of another length in UTF-8
// lower-cases to r (K, the Kelvin sign, to k). TestLengthChangers checks
// the list against the Unicode tables.
func lengthChanger(r rune) bool {
	switch r {
	case 'i', 'k', 'ß', 'ω', 'å', 'ɐ', 'ɑ', 'ɒ', 'ɜ', 'ɡ', 'ɥ', 'ɦ', 'ɪ', 'ɫ', 'ɬ', 'ɱ', 'ɽ', 'ʂ', 'ʇ', 'ʝ', 'ʞ', 'ȿ', 'ɀ', 'ⱥ', 'ⱦ':
		return true
	}
	return r == unicode.ReplacementChar // what invalid UTF-8 becomes
}
