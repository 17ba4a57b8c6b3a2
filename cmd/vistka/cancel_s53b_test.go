package main

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/pipeline"
)

type countingTagger struct{ n int }

func (c *countingTagger) TagSentence(*vistka.Sentence) { c.n++ }

// refusingStore fails the test if anything is stored.
type refusingStore struct {
	vistka.Store
	t *testing.T
}

func (s refusingStore) Put(context.Context, *vistka.Document, []vistka.Token) (int64, bool, error) {
	s.t.Error("a document of an ended request was stored")
	return 0, false, nil
}

// The serve sink does not extract nor store a document whose request
// has ended: it returns the context's error, which the server answers
// with 503.
func TestExtractingSinkStopsWhenContextEnds(t *testing.T) {
	tg := &countingTagger{}
	sink := extractingSink{p: pipeline.New(tg, nil, nil), store: refusingStore{t: t}}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := &vistka.Document{Text: strings.Repeat("Рада ухвалила бюджет. ", 20000)}
	if _, _, err := sink.Put(ctx, doc); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if tg.n != 0 {
		t.Errorf("%d sentences tagged for an ended request", tg.n)
	}
}
