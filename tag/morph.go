package tag

import (
	"github.com/vistka/vistka/morph"
)

// MorphLexicon adapts the lexicon of package morph to the tagger: the
// analyses of a known form from Lookup, and guesses for an unknown one.
// It is safe for concurrent use.
type MorphLexicon struct {
	lex     *morph.Lexicon
	guesses int
}

// NewMorphLexicon returns the tagger's view of l, which proposes at most
// guesses analyses for a form l does not know (0 means 12).
func NewMorphLexicon(l *morph.Lexicon, guesses int) *MorphLexicon {
	if guesses <= 0 {
		guesses = 12
	}
	return &MorphLexicon{lex: l, guesses: guesses}
}

// Analyze implements Lexicon.
func (m *MorphLexicon) Analyze(form string, dst []Candidate) []Candidate {
	var buf [32]morph.Cand
	cs := m.lex.AppendLookup(buf[:0], form)
	if len(cs) == 0 {
		return m.Guess(form, dst)
	}
	for i, c := range cs {
		lemma := ""
		if i > 0 && cs[i-1].Lexeme == c.Lexeme {
			// The forms of one lexeme come together: decode its
			// lemma once.
			lemma = dst[len(dst)-1].Lemma
		} else {
			lemma = m.lex.Lemma(c.Lexeme)
		}
		dst = append(dst, Candidate{Lemma: lemma, Tag: m.lex.Tag(c.Tag)})
	}
	return dst
}

// Guess implements Guesser.
func (m *MorphLexicon) Guess(form string, dst []Candidate) []Candidate {
	for _, g := range m.lex.Guess(form, m.guesses) {
		dst = append(dst, Candidate{Lemma: g.Lemma, Tag: g.Tag, Guess: true})
	}
	return dst
}
