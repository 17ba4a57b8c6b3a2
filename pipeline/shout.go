package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/morph"
)

// A headline or a line printed in capitals (ЗЕЛЕНСЬКИЙ І МАКРОН
// ОБГОВОРИЛИ ПОСТАЧАННЯ ЗБРОЇ) tells the taggers nothing by its letter
// case, and the entity model, which learnt that capitals begin names,
// reads the whole line as one name. Such a sentence is given to the
// taggers in the case it would have in running text: common words in
// lower case, names with a capital, acronyms in capitals, the first word
// of the sentence with a capital. The lexicon decides which is which.
// What the taggers find keeps the text as written: the tokens get their
// own text back and the spans the text at their offsets; lemmas and base
// forms keep the case of the running text (Зеленський, not ЗЕЛЕНСЬКИЙ).

// minShout is the fewest words in capitals that make a sentence read as
// printed in capitals; fewer are names or acronyms.
const minShout = 3

// shouted is a token given another case for the taggers: where it is and
// its text as written.
type shouted struct {
	s, t int
	text string
}

// unshout gives the words of every sentence printed wholly in capitals
// the case of running text, and returns what it changed so that
// restoreShouted can give it back. A sentence counts when it has
// minShout or more words in capitals, no word with a lower-case letter,
// and two or more words the lexicon knows in lower case: a line of names
// and acronyms (ТОВ «ЦНТІ УНГА», «САП АГ» (SAP AG)) stays as it is. Words
// in capitals inside a sentence in running case (emphasis, a law's title
// in a quotation) are left alone too. Words without a Cyrillic letter
// (IRIS-T, NATO) keep their case. Nothing is allocated for a text with no
// such sentence.
func unshout(sents []vistka.Sentence, lex *morph.Lexicon) []shouted {
	var out []shouted
	for si := range sents {
		toks := sents[si].Tokens
		words := 0
		for i := range toks {
			t := toks[i].Text
			if hasLower(t) {
				words = 0
				break
			}
			if capsWord(t) {
				words++
			}
		}
		if words < minShout {
			continue
		}
		mark := len(out)
		common, first := 0, true
		for k := range toks {
			t := &toks[k]
			if !hasLetter(t.Text) {
				continue
			}
			if !hasCyrillic(t.Text) {
				first = false
				continue
			}
			c, isCommon := runningCase(t.Text, lex, first)
			first = false
			if isCommon {
				common++
			}
			if c != t.Text {
				out = append(out, shouted{si, k, t.Text})
				t.Text = c
			}
		}
		if common < 2 {
			for _, c := range out[mark:] {
				toks[c.t].Text = c.text
			}
			out = out[:mark]
		}
	}
	return out
}

// restoreShouted gives the tokens unshout changed their text as written,
// and the spans that cover them the text at their offsets.
func restoreShouted(a *vistka.Analysis, changed []shouted) {
	if len(changed) == 0 {
		return
	}
	for _, c := range changed {
		a.Sentences[c.s].Tokens[c.t].Text = c.text
	}
	runes := a.Runes()
	for i := range a.Spans {
		sp := &a.Spans[i]
		if sp.Start < 0 || sp.End > len(runes) || sp.Start > sp.End {
			continue
		}
		if w := string(runes[sp.Start:sp.End]); w != sp.Text {
			sp.Text = w
		}
	}
}

// capsWord reports a word of two or more letters with no lower-case
// letter: США, ЗБРОЇ, ІВАНО-ФРАНКІВСЬК.
func capsWord(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			n++
		}
	}
	return n >= 2
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// runningCase gives a word in capitals the case it has in running text:
// a common word in lower case (ЗБРОЇ → зброї), a name with capitals
// where its lemma has them (ХАРКОВА → Харкова, ІВАНО-ФРАНКІВСЬК →
// Івано-Франківськ), an acronym as it is (США, ЗСУ). A word the lexicon
// does not know is a name when it is long enough to be no acronym
// (МАКРОН → Макрон). The first word of a sentence takes a capital. The
// result has the bytes of the word in the same number, or the word comes
// back as it is: offsets must not move.
func runningCase(w string, lex *morph.Lexicon, first bool) (c string, isCommon bool) {
	var common, proper, abbrev, noun, surname bool
	for _, a := range lex.Lookup(w) {
		switch {
		case a.Lemma == "" || !startsUpper(a.Lemma):
			common = true
			noun = noun || !strings.HasPrefix(a.Tag, "adj")
		case capsWord(a.Lemma):
			abbrev = true
		default:
			proper = true
			surname = surname || strings.Contains(a.Tag, ":lname")
		}
	}
	// A word the lexicon knows as a surname and otherwise only as an
	// adjective (ЗЕЛЕНСЬКИЙ: Зеленський, зеленський) is the surname: a
	// name lost costs the reader more than an adjective capitalised.
	if common && !noun && surname {
		common = false
	}
	switch {
	case common:
		c = strings.ToLower(w)
		if first {
			c = titleWord(c)
		}
	case proper:
		c = titleWord(strings.ToLower(w))
	case abbrev || utf8.RuneCountInString(w) <= 3 || !hasVowel(w):
		return w, false
	default:
		c = titleWord(strings.ToLower(w))
	}
	if len(c) != len(w) {
		return w, common
	}
	return c, common
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// titleWord gives the first letter of w, and the first after each
// hyphen, a capital: івано-франківськ → Івано-Франківськ.
func titleWord(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	up := true
	for _, r := range w {
		if up && unicode.IsLetter(r) {
			r = unicode.ToUpper(r)
			up = false
		}
		if r == '-' {
			up = true
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hasCyrillic reports a Cyrillic letter in s.
func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// hasVowel reports a Ukrainian or Latin vowel letter in w, which an
// acronym (ДТЕК, НБУ) may lack and a name has.
func hasVowel(w string) bool {
	return strings.ContainsAny(strings.ToLower(w), "аеєиіїоуюяaeiouy")
}

// shadowText is text with the tokens unshout changed written in their
// new case, at the same byte offsets.
func shadowText(text string, sents []vistka.Sentence, changed []shouted) string {
	b := []byte(text)
	for _, c := range changed {
		t := &sents[c.s].Tokens[c.t]
		if t.Start >= 0 && t.End <= len(b) && t.End-t.Start == len(t.Text) {
			copy(b[t.Start:t.End], t.Text)
		}
	}
	return string(b)
}
