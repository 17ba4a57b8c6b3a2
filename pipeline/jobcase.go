package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// sentenceJobs gives the base form of a job title that opens a sentence
// the lower-case letter the title has anywhere else: Посол Японії … →
// посол Японії, as the entities' titles have it. The capital is the
// sentence's, not the title's. A title the writer capitalises inside a
// sentence (Президент України) keeps its capital, and so does one whose
// first word is an acronym (ЦВК) or that the tagger reads as a name. It
// runs after every other stage, which read the base forms as they were.
func sentenceJobs(a *vistka.Analysis) {
	for i := range a.Spans {
		sp := &a.Spans[i]
		if sp.Type != "JOB" || sp.Lemma == "" {
			continue
		}
		s := a.SentenceAt(sp.Start)
		if s < 0 {
			continue
		}
		first := firstWord(a.Sentences[s].Tokens)
		if first == nil || first.RStart != sp.Start {
			continue
		}
		lead, _, _ := strings.Cut(sp.Lemma, " ")
		if scan.Capitals(lead) >= 2 || !startsLower(first.Lemma) {
			continue
		}
		c, n := utf8.DecodeRuneInString(sp.Lemma)
		if l := unicode.ToLower(c); l != c {
			sp.Lemma = string(l) + sp.Lemma[n:]
		}
	}
}

// firstWord returns the first token of toks with a letter, or nil.
func firstWord(toks []vistka.Token) *vistka.Token {
	for i := range toks {
		if hasLetter(toks[i].Text) {
			return &toks[i]
		}
	}
	return nil
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
