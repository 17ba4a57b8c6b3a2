package tag

import (
	"strings"

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

// lexCand is an analysis of a morph lexicon on its way to a candidate:
// the lemma is arena[start:end].
type lexCand struct {
	start, end int32
	tag        morph.TagID
}

// morphCands appends the candidates of a word that ml proposes, as
// candidates does with ml.Analyze, but with the tags looked up by number
// and the lemmas made in one string with text. It returns the extended
// dst and text in that string.
func (s *tagScratch) morphCands(dst []cand, text string, ml *MorphLexicon) ([]cand, string) {
	lex := ml.lex
	var buf [32]morph.Cand
	cs := lex.AppendLookup(buf[:0], text)
	start := len(dst)
	if len(cs) == 0 {
		text = strings.Clone(text)
		s.guesses = lex.AppendGuess(s.guesses[:0], text, ml.guesses)
		for _, g := range s.guesses {
			if g.Tag == "" || g.Lemma == "" {
				continue
			}
			var ti *tagInfo
			if lex.Tag(g.TagID) == g.Tag {
				ti = s.tagsrc.infoID(lex, g.TagID)
			} else {
				ti = s.tagsrc.info(g.Tag)
			}
			dst = appendNew(dst, start, cand{tag: ti, lemma: g.Lemma, guess: true})
		}
		clear(s.guesses) // let the lemmas go
	} else {
		arena := append(s.arena[:0], text...)
		lc := s.lcands[:0]
		for i, c := range cs {
			if i > 0 && cs[i-1].Lexeme == c.Lexeme {
				// The forms of one lexeme come together: decode its
				// lemma once.
				lc = append(lc, lexCand{lc[i-1].start, lc[i-1].end, c.Tag})
				continue
			}
			from := len(arena)
			arena = lex.AppendLemma(arena, c.Lexeme)
			lc = append(lc, lexCand{int32(from), int32(len(arena)), c.Tag})
		}
		str := string(arena)
		text = str[:len(text)]
		for _, c := range lc {
			if c.start == c.end || lex.Tag(c.tag) == "" {
				continue
			}
			dst = appendNew(dst, start, cand{tag: s.tagsrc.infoID(lex, c.tag), lemma: str[c.start:c.end]})
		}
		s.arena, s.lcands = arena, lc
	}
	if len(dst) == start {
		for _, c := range fallbackSpecial(text) {
			dst = append(dst, cand{tag: s.tagsrc.info(c.tag), lemma: text, guess: true})
		}
	}
	return dst, text
}

// appendNew appends c to dst unless dst[start:] has its tag and lemma.
func appendNew(dst []cand, start int, c cand) []cand {
	for _, d := range dst[start:] {
		if d.tag == c.tag && d.lemma == c.lemma {
			return dst
		}
	}
	return append(dst, c)
}
