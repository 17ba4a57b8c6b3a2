package main

import (
	"context"
	"io"
	"path/filepath"
	"testing"

	"github.com/vistka/vistka/ingest"
	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/pipeline"
	"github.com/vistka/vistka/sqlite"
)

var _ ingest.Preparer = extractingSink{}

// BenchmarkIngest measures what `vistka ingest` does with files: read,
// extract and store each in a new SQLite file, in articles/s. Run it with
// -cpu 1 for one core.
func BenchmarkIngest(b *testing.B) {
	dir := shared.TestPath(b, "ner-uk", "train", "ng")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	files = files[:min(len(files), 100)]
	p, err := pipeline.Load()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		b.StopTimer()
		store, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), p.Lemmatize)
		if err != nil {
			b.Fatal(err)
		}
		in := &ingest.Ingester{Sink: extractingSink{p: p, store: store}, Stderr: io.Discard}
		b.StartTimer()
		sum, err := in.Run(ctx, files)
		if err != nil || sum.New != len(files) {
			b.Fatalf("ingest: %+v, %v", sum, err)
		}
		n += sum.New
		b.StopTimer()
		store.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
