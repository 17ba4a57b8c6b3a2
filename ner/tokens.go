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
		r += scan.RuneCount(line)
		b = end
		if b < len(text) {
			b++
			r++
		}
	}
	return sents
}

// isWordRune reports letters and marks. No rune below U+0300 is a mark,
// and unicode.IsMark has no fast path for them.
func isWordRune(c rune) bool { return isLetter(c) || c >= 0x300 && unicode.IsMark(c) }

// isLetter is unicode.IsLetter, with no search of its tables for the
// letters of the Russian and Ukrainian alphabets from Ѐ to џ (А to я, і,
// ї, є among them), which make up most of the text, and for ASCII.
func isLetter(c rune) bool {
	switch {
	case 'Ѐ' <= c && c <= 'џ':
		return true
	case c < utf8.RuneSelf:
		return 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	return unicode.IsLetter(c)
}

// isDigit is unicode.IsDigit, with no search of its tables for the runes
// below U+0660, the Arabic-Indic zero: only 0 to 9 among them are digits.
func isDigit(c rune) bool {
	if c < 0x660 {
		return '0' <= c && c <= '9'
	}
	return unicode.Is(unicode.Digit, c)
}

// isLower is unicode.IsLower, with no search of its tables for the
// letters from Ѐ to џ: а to џ are lower case.
func isLower(c rune) bool {
	if 'Ѐ' <= c && c <= 'џ' {
		return c >= 'а'
	}
	return unicode.IsLower(c)
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
	first := -1 // the first token that splits
	for i := range s.Tokens {
		if splits(&s.Tokens[i]) {
			first = i
			break
		}
	}
	if first < 0 {
		return s
	}
	out := make([]vistka.Token, 0, len(s.Tokens)+4)
	out = append(out, s.Tokens[:first]...) // not asked about again
	for _, t := range s.Tokens[first:] {
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
	if len(t) == 1 {
		return false // a byte alone is one token, whatever it is
	}
	for i := 0; i < len(t); {
		// Most runes are Cyrillic letters, U+0400 to U+047F, which UTF-8
		// writes as 0xd0 or 0xd1 and one more byte, or ASCII letters and
		// digits: none of them cuts a word. Four such letters at a time
		// first, in eight bytes.
		if i+8 <= len(t) && load64(t[i:])&0xc0fec0fec0fec0fe == 0x80d080d080d080d0 {
			i += 8
			continue
		}
		b := t[i]
		if b&0xfe == 0xd0 && i+1 < len(t) && t[i+1]&0xc0 == 0x80 {
			i += 2
			continue
		}
		if 'a' <= b|0x20 && b|0x20 <= 'z' || b-'0' < 10 {
			i++
			continue
		}
		c, size := scan.DecodeRune(t[i:])
		if isWordRune(c) || isDigit(c) || isApos(c) || c == '-' || c == '‑' {
			i += size
			continue
		}
		// A rune after others, or one that is not all of t.
		return i > 0 || len(t) > utf8.RuneLen(c)
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

// startsUpper is isUpper(firstRune(s)), with the runes from Ѐ to п,
// which UTF-8 writes as 0xd0 and one more byte, told apart from their
// bytes: small enough to inline where rules test every token.
func startsUpper(s string) bool {
	if len(s) > 1 && s[0] == 0xd0 {
		return s[1]-0x80 < 0x30 // Ѐ to Я; а to п are lower case
	}
	return firstUpper(s)
}

// upperText reports whether strings.ToUpper(s) == s, without making the
// upper-case copy: each rune is its own upper case (so a title-case word
// is told at its second letter), and s is valid UTF-8, since ToUpper
// writes U+FFFD for a byte that is not.
func upperText(s string) bool {
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r && r <= 'z' {
				return false
			}
		case 'Ѐ' <= r && r <= 'Я':
			// upper-case Cyrillic, its own upper case, without the tables
		case 'а' <= r && r <= 'џ':
			return false // lower-case Cyrillic, without the tables
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		case unicode.ToUpper(r) != r:
			return false
		}
	}
	return true
}

// firstUpper is isUpper(firstRune(s)), out of line, with ASCII and р to
// џ (0xd1 0x80 to 0xd1 0x9f) read from their bytes.
func firstUpper(s string) bool {
	switch {
	case s != "" && s[0] < utf8.RuneSelf:
		return 'A' <= s[0] && s[0] <= 'Z'
	case len(s) > 1 && s[0] == 0xd1 && s[1]-0x80 < 0x20:
		return false
	case len(s) > 1 && (s[0] == 0xc2 || s[0] == 0xe2 && s[1] == 0x80):
		// U+0080 to U+00BF (« » ° §…) and U+2000 to U+203F (– — “ ” …),
		// no letters, or a byte that is no rune
		return false
	}
	return isUpper(firstRune(s))
}

// startsLower is isLower(firstRune(s)), with the runes from Ѐ to п told
// apart from their bytes, as in startsUpper.
func startsLower(s string) bool {
	if len(s) > 1 && s[0] == 0xd0 {
		return s[1]-0xb0 < 0x10 // а to п; Ѐ to Я are upper case
	}
	return firstLower(s)
}

// firstLower is isLower(firstRune(s)), out of line, with ASCII and р to
// џ read from their bytes.
func firstLower(s string) bool {
	switch {
	case s != "" && s[0] < utf8.RuneSelf:
		return 'a' <= s[0] && s[0] <= 'z'
	case len(s) > 1 && s[0] == 0xd1 && s[1]-0x80 < 0x20:
		return true
	}
	return isLower(firstRune(s))
}

// startsDigit is isDigit(firstRune(s)). No rune that UTF-8 starts with a
// byte below 0xd9, U+0000 to U+063F, is a digit but 0 to 9, nor is the
// U+FFFD an invalid byte decodes to.
func startsDigit(s string) bool {
	if s != "" && s[0] < 0xd9 {
		return s[0]-'0' < 10
	}
	return firstDigit(s)
}

// firstDigit is isDigit(firstRune(s)), out of line.
func firstDigit(s string) bool { return isDigit(firstRune(s)) }
