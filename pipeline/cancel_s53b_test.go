package pipeline

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/vistka/vistka"
)

// cancellingTagger cancels its context at the first sentence it tags and
// counts the sentences.
type cancellingTagger struct {
	cancel context.CancelFunc
	n      atomic.Int64
}

func (c *cancellingTagger) TagSentence(*vistka.Sentence) {
	c.n.Add(1)
	c.cancel()
}

// A long text whose request ends while its first chunk is read is not
// read to the end: DocumentContext returns the context's error and the
// chunks not yet started are never tagged.
func TestDocumentContextStopsBetweenChunks(t *testing.T) {
	defer func(n int) { chunkSize = n }(chunkSize)
	chunkSize = 1 << 10
	para := "Депутати міської ради ухвалили бюджет на наступний рік. "
	text := strings.Repeat(strings.Repeat(para, 8)+"\n\n", 400)
	total := len(strings.Split(text, ". ")) - 1

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tg := &cancellingTagger{cancel: cancel}
	p := New(tg, nil, nil)
	words, err := p.DocumentContext(ctx, &vistka.Document{Text: text})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if words != nil {
		t.Errorf("%d words returned from a cancelled extraction", len(words))
	}
	if n := tg.n.Load(); n > int64(total/4) {
		t.Errorf("%d of %d sentences tagged after the context ended", n, total)
	}

	// An ended context stops a short text before it is read.
	tg.n.Store(0)
	if _, err := p.DocumentContext(ctx, &vistka.Document{Text: para}); !errors.Is(err, context.Canceled) || tg.n.Load() != 0 {
		t.Errorf("short text: err = %v, %d sentences tagged", err, tg.n.Load())
	}
}

// Document, the CLI's path, reads the whole text as before.
func TestDocumentReadsAllWithoutContext(t *testing.T) {
	defer func(n int) { chunkSize = n }(chunkSize)
	chunkSize = 1 << 10
	text := strings.Repeat(strings.Repeat("Депутати ухвалили бюджет. ", 8)+"\n\n", 40)
	tg := &cancellingTagger{cancel: func() {}}
	doc := &vistka.Document{Text: text}
	if words := New(tg, nil, nil).Document(doc); len(words) == 0 || doc.Extraction == nil {
		t.Fatalf("no words or extraction: %d words", len(words))
	}
	if n := tg.n.Load(); n != 320 {
		t.Errorf("%d sentences tagged, want 320", n)
	}
}
