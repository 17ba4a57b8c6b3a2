package tag

import (
	"fmt"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/bruk"
)

// Counts are the right answers among some tokens.
type Counts struct {
	Tokens int
	Lemma  int // lemma equal to the gold lemma
	POS    int // first tag part equal
	Tag    int // full tag equal
	Cased  int // tokens whose gold tag has a case (v_*)
	Case   int // … and whose predicted case is the same
}

func (c Counts) ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// LemmaAcc returns the share of tokens with the right lemma.
func (c Counts) LemmaAcc() float64 { return c.ratio(c.Lemma, c.Tokens) }

// POSAcc returns the share of tokens with the right part of speech.
func (c Counts) POSAcc() float64 { return c.ratio(c.POS, c.Tokens) }

// TagAcc returns the share of tokens with the right full tag.
func (c Counts) TagAcc() float64 { return c.ratio(c.Tag, c.Tokens) }

// CaseAcc returns the share of cased tokens with the right case.
func (c Counts) CaseAcc() float64 { return c.ratio(c.Case, c.Cased) }

func (c Counts) String() string {
	return fmt.Sprintf("lemma %.4f pos %.4f case %.4f tag %.4f (%d tokens)", c.LemmaAcc(), c.POSAcc(), c.CaseAcc(), c.TagAcc(), c.Tokens)
}

// Metrics score a tagger against gold sentences: on all tokens, and on the
// words the lexicon does not know (all its analyses are guesses).
type Metrics struct {
	All, Unknown Counts
}

func (m Metrics) String() string {
	return fmt.Sprintf("%s; unknown: %s", m.All, m.Unknown)
}

func caseOf(tag string) string {
	for f := range strings.SplitSeq(tag, ":") {
		if strings.HasPrefix(f, "v_") {
			return f
		}
	}
	return ""
}

func posOf(tag string) string {
	pos, _, _ := strings.Cut(tag, ":")
	return pos
}

func (c *Counts) add(gold bruk.Token, lemma, tag string) {
	c.Tokens++
	if lemma == gold.Lemma {
		c.Lemma++
	}
	if tag == gold.Tag {
		c.Tag++
	}
	if posOf(tag) == posOf(gold.Tag) {
		c.POS++
	}
	if gc := caseOf(gold.Tag); gc != "" {
		c.Cased++
		if caseOf(tag) == gc {
			c.Case++
		}
	}
}

// Evaluate tags the gold sentences with m and lex and scores the result.
func Evaluate(m *Model, sents []bruk.Sentence, lex Lexicon) Metrics {
	var met Metrics
	var toks []vistka.Token
	var buf []Candidate
	for _, s := range sents {
		toks = toks[:0]
		for _, t := range s.Tokens {
			toks = append(toks, vistka.Token{Text: t.Surface})
		}
		m.Tag(toks, lex)
		for i, gt := range s.Tokens {
			met.All.add(gt, toks[i].Lemma, toks[i].Tag)
			if isWord(gt.Surface) {
				buf = lex.Analyze(gt.Surface, buf[:0])
				if len(buf) == 0 || buf[0].Guess {
					met.Unknown.add(gt, toks[i].Lemma, toks[i].Tag)
				}
			}
		}
	}
	return met
}

// evaluate scores prepared sentences with w during training.
func evaluate(data []prepared, gold []bruk.Sentence, w scorer) Metrics {
	var met Metrics
	var s scratch
	var picks []int
	for si, p := range data {
		picks = decodeGreedy(p.words, w, &s, picks)
		for i, gt := range gold[si].Tokens {
			t := &p.toks[i]
			c := &t.cands[picks[i]]
			met.All.add(gt, c.lemma, c.tag.str)
			if t.guess && isWord(gt.Surface) {
				met.Unknown.add(gt, c.lemma, c.tag.str)
			}
		}
	}
	return met
}
