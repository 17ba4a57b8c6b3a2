package ner_test

import (
	"errors"
	"io"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/vistka/vistka/pipeline"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/bruk"
	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/ner"
)

// formLex is an interim, context-free analyser for experiments: each word
// form gets its most frequent lemma and tag in BRUK's training part.
type formLex map[string]struct{ lemma, tag string }

func (f formLex) TagSentence(s *vistka.Sentence) {
	for i := range s.Tokens {
		t := &s.Tokens[i]
		if a, ok := f[strings.ToLower(t.Text)]; ok {
			t.Lemma, t.Tag = a.lemma, a.tag
		}
	}
}

var interim = sync.OnceValues(func() (formLex, error) {
	p, err := shared.Path("bruk", "train.tsv")
	if err != nil {
		return nil, err
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	counts := map[string]map[[2]string]int{}
	r := bruk.NewReader(f, p)
	for {
		s, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		for _, t := range s.Tokens {
			k := strings.ToLower(t.Surface)
			if counts[k] == nil {
				counts[k] = map[[2]string]int{}
			}
			counts[k][[2]string{t.Lemma, t.Tag}]++
		}
	}
	lex := formLex{}
	for k, m := range counts {
		best, n := [2]string{}, 0
		for a, c := range m {
			if c > n || c == n && (a[0] < best[0] || a[0] == best[0] && a[1] < best[1]) {
				best, n = a, c
			}
		}
		lex[k] = struct{ lemma, tag string }{best[0], best[1]}
	}
	return lex, nil
})

// loadTagger is the pipeline's text core: the tagger over the embedded
// morph lexicon, which the shipped model is trained with.
var loadTagger = sync.OnceValues(func() (ner.Analyzer, error) {
	c, err := pipeline.LoadTagger()
	if err != nil {
		return nil, err
	}
	return c, nil
})

// morphology returns the analyser the models with morphology features
// were trained with.
// The stand-in for the pipeline's tagger is the default;
// NER_INTERIM=1 gives the context-free form lexicon instead.
func morphology(t testing.TB) ner.Analyzer {
	if os.Getenv("NER_INTERIM") != "" {
		lex, err := interim()
		if err != nil {
			t.Fatal(err)
		}
		return lex
	}
	shared.TestPath(t, "bruk", "train.tsv")
	an, err := loadTagger()
	if err != nil {
		t.Skipf("no tagger: %v", err)
	}
	return an
}
