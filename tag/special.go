package tag

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/vistka/vistka/bruk"
)

// specials holds the candidates of tokens that are not Cyrillic words:
// numbers, punctuation, symbols, Latin words, digit-letter forms. Keys are
// "=" and the exact text (for tokens without digits), "#" and the shape
// key with its Cyrillic tail (9-а|х), and "#" and the shape key alone,
// tried in that order.
type specials map[string][]specCand

type specCand struct {
	tag  string
	rule lemmaRule
}

const specMax = 6 // candidates kept per key

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// specialKeys returns the keys of text, most specific first.
func specialKeys(text string, buf []byte) []string {
	keys := make([]string, 0, 3)
	if !hasDigit(text) {
		keys = append(keys, "="+text)
	}
	shape, tail := shapeKey(append(buf[:0], '#'), text)
	if tail != "" {
		keys = append(keys, string(shape)+"|"+tail)
	}
	return append(keys, string(shape))
}

// buildSpecials learns the candidates of non-words from sents.
func buildSpecials(sents []bruk.Sentence) specials {
	counts := make(map[string]map[specCand]int)
	var buf []byte
	for _, s := range sents {
		for _, t := range s.Tokens {
			if isWord(t.Surface) {
				continue
			}
			c := specCand{t.Tag, ruleOf(t.Surface, t.Lemma)}
			for _, k := range specialKeys(t.Surface, buf) {
				m := counts[k]
				if m == nil {
					m = make(map[specCand]int)
					counts[k] = m
				}
				m[c]++
			}
		}
	}
	sp := make(specials, len(counts))
	type cnt struct {
		c specCand
		n int
	}
	for k, m := range counts {
		var cs []cnt
		total := 0
		for c, n := range m {
			cs = append(cs, cnt{c, n})
			total += n
		}
		slices.SortFunc(cs, func(x, y cnt) int {
			return cmp.Or(-cmp.Compare(x.n, y.n), cmp.Compare(x.c.tag, y.c.tag), cmp.Compare(x.c.rule.mode, y.c.rule.mode),
				cmp.Compare(x.c.rule.strip, y.c.rule.strip), cmp.Compare(x.c.rule.add, y.c.rule.add))
		})
		var out []specCand
		for _, c := range cs {
			if len(out) == specMax || (len(out) > 0 && c.n*100 < total) {
				break
			}
			out = append(out, c.c)
		}
		sp[k] = out
	}
	return sp
}

// lookup returns the candidates of a non-word.
func (sp specials) lookup(text string, buf []byte) []specCand {
	for _, k := range specialKeys(text, buf) {
		if cs, ok := sp[k]; ok {
			return cs
		}
	}
	return fallbackSpecial(text)
}

var (
	specPunct   = []specCand{{tag: "punct"}}
	specSymb    = []specCand{{tag: "symb"}}
	specNumber  = []specCand{{tag: "number"}}
	specUnclass = []specCand{{tag: "unclass"}}
	specUnknown = []specCand{{tag: "unknown"}}
)

// fallbackSpecial gives BRUK's conventions for tokens no rule covers.
func fallbackSpecial(text string) []specCand {
	var letters, digits, puncts, symbols int
	for _, c := range text {
		switch {
		case unicode.IsLetter(c):
			letters++
		case unicode.IsDigit(c):
			digits++
		case unicode.IsPunct(c):
			puncts++
		default:
			symbols++
		}
	}
	switch {
	case letters > 0:
		if isWord(text) {
			return specUnknown
		}
		return specUnclass
	case digits > 0:
		return specNumber
	case symbols > 0:
		return specSymb
	}
	return specPunct
}
