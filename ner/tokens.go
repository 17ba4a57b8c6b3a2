package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/tokenize"
)

// Tokenizer splits a text into sentences of tokens with byte and
// code-point offsets into it. The pipeline's tokenizer fits; SimpleTokenize
// is the fallback the package uses on its own.
type Tokenizer func(text string) []vistka.Sentence

// SimpleTokenize is a small rune-class tokenizer: each non-blank line is
// one sentence (NER-UK's bruk/ files hold a sentence a line, its ng/ files
// a paragraph a line). Words keep inner apostrophes and hyphens
// (п'яти, Касим-Жомарт, COVID-19), numbers keep inner separators between
// digits (7,08, 28.02.2023, 10:30); every other non-space rune is a token
// of its own.
func SimpleTokenize(text string) []vistka.Sentence {
	var sents []vistka.Sentence
	b, r := 0, 0 // byte and rune offset of the current line
	for b < len(text) {
		end := strings.IndexByte(text[b:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += b
		}
		line := text[b:end]
		if toks := tokenizeLine(line, b, r); len(toks) > 0 {
			last := toks[len(toks)-1]
			sents = append(sents, vistka.Sentence{
				Start: toks[0].Start, End: last.End,
				RStart: toks[0].RStart, REnd: last.REnd,
				Tokens: toks,
			})
		}
		r += utf8.RuneCountInString(line)
		b = end
		if b < len(text) {
			b++
			r++
		}
	}
	return sents
}

func isWordRune(c rune) bool { return isLetter(c) || unicode.IsMark(c) }

// isLetter is unicode.IsLetter, with no search of its tables for the
// letters of the Russian and Ukrainian alphabets from Ѐ to џ (А to я, і,
// ї, є among them), which make up most of the text.
func isLetter(c rune) bool {
	if 'Ѐ' <= c && c <= 'џ' {
		return true
	}
	return unicode.IsLetter(c)
}

// isDigit is unicode.IsDigit, with no search of its tables for the
// letters from Ѐ to џ, which are no digits.
func isDigit(c rune) bool {
	if 'Ѐ' <= c && c <= 'џ' {
		return false
	}
	return unicode.IsDigit(c)
}

// isUpper is unicode.IsUpper, with no search of its tables for the
// letters from Ѐ to џ: Ѐ to Я are upper case.
func isUpper(c rune) bool {
	if 'Ѐ' <= c && c <= 'џ' {
		return c <= 'Я'
	}
	return scan.IsUpper(c)
}

func isApos(c rune) bool { return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '‘' }

func isQuote(c rune) bool {
	switch c {
	case '«', '»', '"', '„', '“', '”', '‟', '‹', '›':
		return true
	}
	return false
}

func isDash(c rune) bool {
	return c == '-' || c == '–' || c == '—' || c == '‒' || c == '―' || c == '‑'
}

// tokenizeLine tokenizes one line that starts at byte b0 and rune r0.
func tokenizeLine(line string, b0, r0 int) []vistka.Token {
	var toks []vistka.Token
	rs := []rune(line)
	// byte offset of each rune
	bo := make([]int, len(rs)+1)
	{
		i := 0
		for j := range line {
			bo[i] = j
			i++
		}
		bo[len(rs)] = len(line)
	}
	alnum := func(c rune) bool { return isWordRune(c) || isDigit(c) }
	i := 0
	for i < len(rs) {
		c := rs[i]
		if scan.IsSpace(c) || c == '\ufeff' || c == '\u00ad' || c == '\u200b' {
			i++
			continue
		}
		j := i + 1
		kind := vistka.Symbol
		switch {
		case alnum(c):
			letters, digits := isWordRune(c), isDigit(c)
			for j < len(rs) {
				d := rs[j]
				if alnum(d) {
					letters = letters || isWordRune(d)
					digits = digits || isDigit(d)
					j++
					continue
				}
				if j+1 < len(rs) && alnum(rs[j+1]) {
					prevDigit := isDigit(rs[j-1])
					nextDigit := isDigit(rs[j+1])
					if (isApos(d) && isWordRune(rs[j-1]) && isWordRune(rs[j+1])) ||
						(d == '-' || d == '‑') ||
						((d == ',' || d == '.' || d == ':') && prevDigit && nextDigit && !letters) {
						j++
						continue
					}
				}
				break
			}
			switch {
			case letters && digits:
				kind = vistka.Code
			case letters:
				kind = vistka.Word
			default:
				kind = vistka.Number
			}
		case isQuote(c):
			kind = vistka.QuoteMark
		case isDash(c):
			kind = vistka.Dash
		case unicode.IsPunct(c):
			kind = vistka.Punct
		}
		toks = append(toks, vistka.Token{
			Text: line[bo[i]:bo[j]], Kind: kind,
			Start: b0 + bo[i], End: b0 + bo[j],
			RStart: r0 + i, REnd: r0 + j,
		})
		i = j
	}
	return toks
}

// Refine splits the tokens of s the way SimpleTokenize would (грн. → грн
// and ., 1 200 → 1 and 200), keeping offsets into the same text, so that
// the tagger sees one segmentation whichever tokenizer made the
// sentences. URLs, e-mail addresses and hashtags stay whole. A token that splits passes its Lemma and Tag to its first
// word part.
func Refine(s vistka.Sentence) vistka.Sentence {
	split := false
	for i := range s.Tokens {
		if splits(&s.Tokens[i]) {
			split = true
			break
		}
	}
	if !split {
		return s
	}
	out := make([]vistka.Token, 0, len(s.Tokens)+4)
	for _, t := range s.Tokens {
		if !splits(&t) {
			out = append(out, t)
			continue
		}
		parts := tokenizeLine(t.Text, t.Start, t.RStart)
		if len(parts) <= 1 {
			out = append(out, t)
			continue
		}
		given := false
		for _, p := range parts {
			if !given && (p.Kind == vistka.Word || p.Kind == vistka.Code || p.Kind == vistka.Number) {
				p.Lemma, p.Tag = t.Lemma, t.Tag
				given = true
			}
			out = append(out, p)
		}
	}
	s.Tokens = out
	return s
}

// splits reports whether Refine cuts t: URLs, e-mail addresses and
// hashtags stay whole (Zakon.kz is a name).
func splits(t *vistka.Token) bool {
	switch t.Kind {
	case vistka.URL, vistka.Email, vistka.Hashtag:
		return false
	}
	return mightSplit(t.Text)
}

// mightSplit reports whether SimpleTokenize could cut t in more than one
// token: it holds a space or a rune other than a letter, digit, mark,
// apostrophe or hyphen, or it is punctuation longer than one rune.
func mightSplit(t string) bool {
	n := 0
	for i := 0; i < len(t); {
		// Most runes are Cyrillic letters, U+0400 to U+047F, which UTF-8
		// writes as 0xd0 or 0xd1 and one more byte, or ASCII letters and
		// digits: none of them cuts a word.
		b := t[i]
		if (b == 0xd0 || b == 0xd1) && i+1 < len(t) && t[i+1]&0xc0 == 0x80 {
			i += 2
			n++
			continue
		}
		if 'a' <= b|0x20 && b|0x20 <= 'z' || '0' <= b && b <= '9' {
			i++
			n++
			continue
		}
		c, size := scan.DecodeRune(t[i:])
		i += size
		n++
		if isWordRune(c) || isDigit(c) || isApos(c) || c == '-' || c == '‑' {
			continue
		}
		return n > 1 || len(t) > utf8.RuneLen(c)
	}
	return false
}

// Sentences is the pipeline's tokenizer and sentence splitter (package
// tokenize), refined: the segmentation the tagger works on.
func Sentences(text string) []vistka.Sentence {
	sents := tokenize.Sentences(text)
	for i := range sents {
		sents[i] = Refine(sents[i])
	}
	return sents
}
