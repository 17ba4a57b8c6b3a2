package bruk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text rebuilds the running text of sentences from their tokens: the
// surfaces joined by single spaces, except that no space is put before
// closing punctuation (, . ; : ! ? … ) ] } » ” % and the like) and none
// after opening punctuation (( [ { « „). Straight double quotes and “
// open and close in turn (“ closes a „ that is open, as in „…“). Dashes
// and hyphens written as tokens keep a space on both sides, since BRUK
// keeps hyphenated words whole. Sentences are joined by a single space,
// except that a sentence ending in a word or a number rather than in
// punctuation (a title, a section heading, a lead without its full stop)
// is followed by a blank line. The training file keeps neither paragraph
// breaks nor the original spacing, so the rest is one paragraph and the
// text only approximates the printed one. The result depends on the
// tokens alone.
func Text(sents []Sentence) string {
	var d detok
	for _, s := range sents {
		for _, t := range s.Tokens {
			d.add(t.Surface)
		}
		if n := len(s.Tokens); n > 0 && heading(s.Tokens[n-1].Surface) {
			d.b.WriteString("\n\n")
			d.glue = true
		}
	}
	return strings.TrimRight(d.b.String(), "\n")
}

// heading reports whether a sentence that ends in the token s is a line
// of its own: a title, a section heading (Луганський напрямок) or a lead
// printed without a full stop. Such a sentence ends in a word or a number,
// not in punctuation.
func heading(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// TokensText is Text of a single run of tokens.
func TokensText(toks []Token) string {
	var d detok
	for _, t := range toks {
		d.add(t.Surface)
	}
	return d.b.String()
}

// detok joins surfaces, keeping the state of the quote marks that are
// the same character at both ends.
type detok struct {
	b         strings.Builder
	glue      bool // no space before the next token (an opening mark was last)
	straight  bool // a straight double quote is open
	low, high int  // open „ and open “ quotes
}

func (d *detok) add(s string) {
	opens, closes := false, false
	switch s {
	case "(", "[", "{", "«", "„":
		opens = true
		if s == "„" {
			d.low++
		}
	case "\"":
		opens, closes = !d.straight, d.straight
		d.straight = !d.straight
	case "“":
		switch {
		case d.low > 0:
			d.low--
			closes = true
		case d.high > 0:
			d.high--
			closes = true
		default:
			d.high++
			opens = true
		}
	case "”":
		closes = true
		d.high = max(d.high-1, 0)
	default:
		closes = closing(s)
	}
	if d.b.Len() > 0 && !d.glue && !closes {
		d.b.WriteByte(' ')
	}
	d.b.WriteString(s)
	d.glue = opens
}

// closing reports whether s is punctuation written against the word
// before it: runs of . , ; : ! ? …, closing brackets and marks, and the
// signs % ‰ °.
func closing(s string) bool {
	switch s {
	case ")", "]", "}", "»", "%", "‰", "°":
		return true
	}
	if s == "" {
		return false
	}
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !strings.ContainsRune(".,;:!?…", r) {
			return false
		}
		s = s[n:]
	}
	return true
}
