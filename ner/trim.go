package ner

import (
	"strings"
	"unicode"

	"github.com/vistka/vistka"
)

// trimSpans drops from the edges of the spans of sentence s what no name
// holds: a leading preposition or conjunction, with the lower-case words
// after it (До завдань | Департаменту), which a capital at the start of a
// sentence draws in, and trailing trade-mark signs (ТІЛО ™); it drops the
// names that are a pronoun alone. spans[from:] are the sentence's spans;
// a span with nothing left is kept as it was.
func trimSpans(s *vistka.Sentence, spans []vistka.Span, from int) []vistka.Span {
	toks := s.Tokens
	out := spans[:from]
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		a, b := tokenRange(toks, sp.Start, sp.End)
		if trimTypes[sp.Type] && b-a == 1 && strings.Contains(toks[a].Tag, "pron") {
			continue // Ваші, written with a capital in a letter
		}
		out = append(out, *sp)
		sp = &out[len(out)-1]
		if b-a < 2 {
			continue
		}
		na, nb := a, b
		if trimTypes[sp.Type] && functionWord(&toks[na]) && toks[na+1].Text != "." {
			na++
			for na < nb && unicode.IsLower(firstRune(toks[na].Text)) {
				na++
			}
		}
		for nb > na && markSign(toks[nb-1].Text) {
			nb--
		}
		if na == a && nb == b || nb-na < 1 || !unicode.IsUpper(firstRune(toks[na].Text)) && !unicode.IsDigit(firstRune(toks[na].Text)) {
			continue
		}
		sp.Start, sp.End = toks[na].RStart, toks[nb-1].REnd
		sp.Text = joinTokens(toks[na:nb])
	}
	return out
}

// trimTypes are the types of names, which never start with a function
// word; dates and periods may (протягом 2014 року), titles of works too
// (За двома зайцями).
var trimTypes = map[string]bool{"PERS": true, "LOC": true, "ORG": true, "MISC": true}

// functionWord reports whether t is a preposition or a conjunction (an
// initial, as В. or І., is followed by a full stop).
func functionWord(t *vistka.Token) bool {
	return strings.HasPrefix(t.Tag, "prep") || strings.HasPrefix(t.Tag, "conj")
}

// markSign reports whether a token is a trade-mark or copyright sign.
func markSign(s string) bool { return s == "™" || s == "®" || s == "©" || s == "℠" }
