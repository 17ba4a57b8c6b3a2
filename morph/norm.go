package morph

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// NormApostrophe replaces the apostrophe look-alikes (’ ʼ ‘ ` ′) with the
// ASCII apostrophe, the one the lexicon stores.
func NormApostrophe(s string) string {
	if !hasFancyApostrophe(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if scan.IsApostrophe(r) {
			return '\''
		}
		return r
	}, s)
}

func hasFancyApostrophe(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '`' || s[i] == 0xCA || s[i] == 0xE2 {
			return strings.ContainsAny(s, "’ʼ‘`′")
		}
	}
	return false
}

// caseClass is the capitalisation of a word.
type caseClass uint8

const (
	caseNone  caseClass = iota // no letters
	caseLower                  // зустріч
	caseTitle                  // Зустріч, Блінкен
	caseUpper                  // США, ЗУСТРІЧ (two or more letters, all upper)
	caseMixed                  // МакДональд, iPhone
)

func classify(s string) caseClass {
	// Most letters are lower-case Cyrillic: LowerCyrillicRun steps over
	// runs of them (each of kind 1) at once, at the start of a word and
	// after each other character (the capital of a name).
	letters, upper := 0, 0
	firstUpper := false
	for i := 0; i < len(s); {
		j := scan.LowerCyrillicRun(s, i)
		letters += (j - i) / 2
		if i = j; i == len(s) {
			break
		}
		r, size := scan.DecodeRune(s[i:]) // Cyrillic letters decoded in place
		i += size
		k := letterKind(r)
		if k == 0 {
			continue
		}
		if k == 2 {
			if letters == 0 {
				firstUpper = true
			}
			upper++
		}
		letters++
	}
	switch {
	case letters == 0:
		return caseNone
	case upper == 0:
		return caseLower
	case upper == letters && letters > 1:
		return caseUpper
	case upper == 1 && firstUpper:
		return caseTitle
	}
	return caseMixed
}

// toTitle upper-cases the first letter of s and lower-cases the rest.
func toTitle(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + scan.ToLower(s[n:])
}

// withCaseOf gives form the capitalisation pattern of lemma: a lower-case
// lemma makes the form lower-case, a title-case lemma makes an all-caps
// form title-case. It is how corpus tokens (sentence-initial, headline
// caps) become lexicon forms.
func withCaseOf(form, lemma string) string {
	switch classify(lemma) {
	case caseLower:
		return scan.ToLower(form)
	case caseTitle:
		switch classify(form) {
		case caseUpper, caseLower:
			return toTitle(form)
		}
	case caseUpper:
		return strings.ToUpper(form)
	}
	return form
}
