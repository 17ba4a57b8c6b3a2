package ner

import (
	"unicode"

	"github.com/vistka/vistka/internal/scan"
)

// orgInitials turns on propagating an organisation's initials: "Державного
// бюро розслідувань … У ДБР підтвердили" makes ДБР an ORG where the model
// missed it. A variable for experiments.
var orgInitials = true

// initialsLinks are the lower-case words an acronym leaves out: "Національна
// комісія з регулювання енергетики" is НКРЕ.
var initialsLinks = map[string]bool{"з": true, "із": true, "зі": true, "та": true, "і": true, "й": true, "у": true, "в": true, "на": true, "при": true}

// initialsOf returns the acronym of the organisation's name text, the
// first letters of its words in capitals with the linking words left out,
// when the name has three such words or more and each starts with a
// letter; else "". Only a name of three words or more is read: two
// letters (ВР, КМ) stand for too many things.
func initialsOf(text string) string {
	var first [6]rune
	n := 0
	// The words as strings.Fields cuts them, into an array on the stack:
	// scan's fields skip the Unicode tables for Cyrillic letters.
	var wb [16]string
	for _, w := range scan.AppendFields(wb[:0], text) {
		if initialsLinks[w] {
			continue
		}
		r := firstRune(w)
		if !unicode.IsLetter(r) || isAllCaps(w) {
			return "" // a name with an acronym or a number in it: ДП «…», 5 канал
		}
		if n == len(first) {
			return "" // seven words or more
		}
		first[n] = unicode.ToUpper(r)
		n++
	}
	if n < 3 {
		return ""
	}
	return string(first[:n])
}

// isAllCaps reports a word of two capitals or more and no lower-case
// letter: an acronym.
func isAllCaps(w string) bool {
	// As RuneCount(w) >= 2 && ToLower(w) != w && ToUpper(w) == w, with
	// no copies: upperText is the last test, and a valid w (upperText
	// checks) differs from its lower case when a rune does.
	if !upperText(w) {
		return false
	}
	n, cased := 0, false
	for _, r := range w {
		n++
		cased = cased || unicode.ToLower(r) != r
	}
	return n >= 2 && cased
}
