package main

import (
	"context"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/vistka/vistka/ingest"
	"github.com/vistka/vistka/internal/cputime"
	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/pipeline"
	"github.com/vistka/vistka/sqlite"
)

var (
	_ ingest.Preparer  = extractingSink{}
	_ ingest.Preparer  = (*batchingSink)(nil)
	_ ingest.Committer = (*batchingSink)(nil)
)

// benchFiles returns the texts the ingest benchmarks read, the first 100
// of NER-UK's ng/ folder, and the pipeline.
func benchFiles(b *testing.B) ([]string, *pipeline.Pipeline) {
	dir := shared.TestPath(b, "ner-uk", "train", "ng")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	p, err := pipeline.Load()
	if err != nil {
		b.Fatal(err)
	}
	return files[:min(len(files), 100)], p
}

// BenchmarkIngest measures what `vistka ingest` does with files: read,
// extract and store each in a new SQLite file, in articles/s. Run it with
// -cpu 1 for one core.
func BenchmarkIngest(b *testing.B) {
	files, p := benchFiles(b)
	ctx := context.Background()
	b.ReportAllocs()
	n := 0
	var cpu time.Duration // the CPU time of the runs
	for b.Loop() {
		b.StopTimer()
		store, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), p.Lemmatize)
		if err != nil {
			b.Fatal(err)
		}
		sink, closeSink := ingestSink(p, store)
		in := &ingest.Ingester{Sink: sink, Stderr: io.Discard}
		b.StartTimer()
		c0 := cputime.Used()
		sum, err := in.Run(ctx, files)
		cpu += cputime.Used() - c0
		closeSink()
		if err != nil || sum.New != len(files) {
			b.Fatalf("ingest: %+v, %v", sum, err)
		}
		n += sum.New
		b.StopTimer()
		store.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	// On a shared machine the wall clock counts other processes' turns
	// too; the CPU time of the process does not.
	if cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "articles/CPU-s")
	}
}
