package main

import (
	"context"
	"io"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/ingest"
	"github.com/vistka/vistka/internal/cputime"
	"github.com/vistka/vistka/sqlite"
)

// BenchmarkIngestStore is the storage side of BenchmarkIngest alone: the
// same 100 documents, read and extracted once, put into a new SQLite
// file in one batch each pass, in documents per CPU-second.
func BenchmarkIngestStore(b *testing.B) {
	files, p := benchFiles(b)
	ctx := context.Background()
	type extracted struct {
		doc   vistka.Document
		words []vistka.Token
	}
	var mu sync.Mutex
	var docs []extracted
	sink := ingest.SinkFunc(func(_ context.Context, doc *vistka.Document) (int64, bool, error) {
		words := p.Document(doc)
		mu.Lock()
		docs = append(docs, extracted{*doc, words})
		mu.Unlock()
		return int64(len(docs)), false, nil
	})
	in := &ingest.Ingester{Sink: sink, Stderr: io.Discard}
	if _, err := in.Run(ctx, files); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n := 0
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		store, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), p.Lemmatize)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c0 := cputime.Used()
		batch, err := store.Begin(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for i := range docs {
			doc := docs[i].doc
			if _, dup, err := batch.Put(ctx, &doc, docs[i].words); err != nil || dup {
				b.Fatal(dup, err)
			}
		}
		if err := batch.Commit(); err != nil {
			b.Fatal(err)
		}
		cpu += cputime.Used() - c0
		n += len(docs)
		b.StopTimer()
		store.Close()
		b.StartTimer()
	}
	if cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "docs/CPU-s")
	}
}
