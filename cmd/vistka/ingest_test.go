package main

import (
	"context"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/vistka/vistka/ingest"
	"github.com/vistka/vistka/internal/cputime"
	"github.com/vistka/vistka/internal/hugepage"
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
	_ = hugepage.Prime(0) // as ingest does
	p, err := pipeline.Load()
	if err != nil {
		b.Fatal(err)
	}
	return files[:min(len(files), 100)], p
}

// BenchmarkIngest measures what `vistka ingest` does with files: read,
// extract and store each in a new SQLite file, in articles/s. Run it with
// -cpu 1 for one core. Its first pass runs with the caches of a process
// just started; BenchmarkIngestUnseen measures a process that has read
// earlier news.
func BenchmarkIngest(b *testing.B) {
	files, p := benchFiles(b)
	ingestPasses(b, p, files)
}

// BenchmarkIngestUnseen measures a long-running ingest on news it has not
// seen: the process first ingests the NER-UK texts other than the
// measured ones (the bruk/ files and the ng/ files past the first 100)
// into a store of its own, as a service has read earlier news, then
// ingests the first 100 ng/ texts into a new SQLite file a pass. Its
// caches hold the common words but not the measured texts' own names and
// rare forms, so its first pass is the honest number, and with the
// default -benchtime it runs about two.
func BenchmarkIngestUnseen(b *testing.B) {
	files, p := benchFiles(b)
	root := shared.TestPath(b, "ner-uk", "train")
	ng, _ := filepath.Glob(filepath.Join(root, "ng", "*.txt"))
	bruk, _ := filepath.Glob(filepath.Join(root, "bruk", "*.txt"))
	warm := append(bruk, ng[min(len(ng), 100):]...)
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "warm.db"), p.Lemmatize)
	if err != nil {
		b.Fatal(err)
	}
	sink, closeSink := ingestSink(p, store)
	in := &ingest.Ingester{Sink: sink, Stderr: io.Discard}
	if _, err := in.Run(ctx, warm); err != nil {
		b.Fatal(err)
	}
	closeSink()
	store.Close()
	ingestPasses(b, p, files)
}

// ingestPasses ingests files into a new SQLite file once a benchmark
// iteration and reports articles per second and per CPU-second.
func ingestPasses(b *testing.B, p *pipeline.Pipeline, files []string) {
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
