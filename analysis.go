package vistka

import (
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// Analysis is a document after the text core and the entity tagger: the
// input of every extraction stage (entities, quotes, sources, amounts,
// dates, events). Stages read it and never change it.
type Analysis struct {
	Text      string
	Published time.Time // zero when unknown
	Sentences []Sentence
	Spans     []Span // NER spans in code points, sorted by Start, non-overlapping

	runes []rune // Text as code points, once IndexRunes has run
}

// IndexRunes keeps Text as code points for Runes. The stages slice the
// text by code-point offsets, and one conversion for all of them costs
// less than one each; whoever builds an Analysis calls it, before the
// Analysis is shared and after Text is final.
func (a *Analysis) IndexRunes() { a.runes = toRunes(a.Text) }

// toRunes is []rune(s), with the two-byte runes (Cyrillic among them)
// decoded in place rather than one call each, and four letters from
// U+0400 to U+047F at once where a word starts and on while they last,
// as scan.RuneCount counts them.
func toRunes(s string) []rune {
	rs := make([]rune, scan.RuneCount(s))
	n := 0
	quads := true // whether four such letters may start at i
	for i := 0; i < len(s); n++ {
		if quads {
			for i+8 <= len(s) && n+4 <= len(rs) {
				w := scan.Load64(s, i)
				if w&scan.CyrillicQuadMask != scan.CyrillicQuad {
					break
				}
				// U+0400, the low bit of the lead byte and six bits of
				// the next, for each of the four
				q := (*[4]rune)(rs[n : n+4])
				q[0] = 0x400 | rune(w&1)<<6 | rune(w>>8&0x3f)
				q[1] = 0x400 | rune(w>>16&1)<<6 | rune(w>>24&0x3f)
				q[2] = 0x400 | rune(w>>32&1)<<6 | rune(w>>40&0x3f)
				q[3] = 0x400 | rune(w>>48&1)<<6 | rune(w>>56&0x3f)
				i += 8
				n += 4
			}
			if i == len(s) {
				break
			}
			quads = false
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			rs[n] = rune(c)
			i++
			quads = true
		case 0xc2 <= c && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			rs[n] = rune(c&0x1f)<<6 | rune(s[i+1]&0x3f)
			i += 2
			quads = c-0xd0 >= 2
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			rs[n] = r
			i += size
			quads = true
		}
	}
	return rs
}

// Runes returns Text as code points, which the caller must not change:
// the ones IndexRunes kept, or else a new conversion.
func (a *Analysis) Runes() []rune {
	if a.runes == nil && a.Text != "" {
		return toRunes(a.Text)
	}
	return a.runes
}

// TokenRef names one token of an Analysis by sentence and token index.
type TokenRef struct{ S, T int }

// Token returns the token r points at.
func (a *Analysis) Token(r TokenRef) *Token { return &a.Sentences[r.S].Tokens[r.T] }

// SpanTokens returns the index range [from, to) of the tokens of sentence s
// that lie inside the code-point range [start, end) (TokensIn).
func (a *Analysis) SpanTokens(s, start, end int) (from, to int) {
	return TokensIn(a.Sentences[s].Tokens, start, end)
}

// TokensIn returns the index range [from, to) of the tokens of toks that
// lie inside the code-point range [start, end), (0, 0) for none. toks
// must be in order and not overlap, as a sentence's are, so those inside
// are the run from the first that starts at start or later (found by
// binary search) up to the first that ends past end.
func TokensIn(toks []Token, start, end int) (from, to int) {
	lo, hi := 0, len(toks)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if toks[h].RStart < start {
			lo = h + 1
		} else {
			hi = h
		}
	}
	from, to = lo, lo
	for to < len(toks) && toks[to].REnd <= end {
		to++
	}
	if to == from {
		return 0, 0
	}
	return from, to
}

// SentenceAt returns the index of the sentence that holds the code point
// at offset pos, or -1.
func (a *Analysis) SentenceAt(pos int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Sentences[m].REnd <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(a.Sentences) && a.Sentences[lo].RStart <= pos {
		return lo
	}
	return -1
}
