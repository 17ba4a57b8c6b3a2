package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/sqlite"
	"github.com/vistka/vistka/storetest"
)

// benchDBEnv names a file the search benchmarks keep their documents in,
// so that a store of 100,000 documents is filled once:
//
//	VISTKA_BENCH_DOCS=100000 VISTKA_BENCH_DB=/tmp/bench.db go test -run TestSearchLatency -v ./sqlite/
const benchDBEnv = "VISTKA_BENCH_DB"

func benchFile(tb testing.TB) string {
	if f := os.Getenv(benchDBEnv); f != "" {
		return f
	}
	return filepath.Join(tb.TempDir(), "bench.db")
}

// TestSearchLatency measures search latency over $VISTKA_BENCH_DOCS
// documents (default 200: a smoke test).
func TestSearchLatency(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a store")
	}
	s, err := sqlite.Open(context.Background(), benchFile(t), storetest.Lemmatize)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.SearchLatency(t, s, storetest.Docs(t, 200), 200)
}

// BenchmarkPut measures how fast documents with realistic extractions go
// into a fresh file.
func BenchmarkPut(b *testing.B) {
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "put.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	c := storetest.NewCorpus(b, 3)
	ctx := context.Background()
	var bytes int64
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		doc, words := c.Next()
		bytes += int64(len(doc.Text))
		b.StartTimer()
		if _, _, err := s.Put(ctx, doc, words); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(bytes / int64(b.N))
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkPutBatch is BenchmarkPut with the documents put in batches
// of 100, as `vistka ingest` puts them.
func BenchmarkPutBatch(b *testing.B) {
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "put.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	c := storetest.NewCorpus(b, 3)
	ctx := context.Background()
	var bytes int64
	var batch vistka.Batch
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		doc, words := c.Next()
		bytes += int64(len(doc.Text))
		b.StartTimer()
		if batch == nil {
			if batch, err = s.Begin(ctx); err != nil {
				b.Fatal(err)
			}
		}
		if _, _, err := batch.Put(ctx, doc, words); err != nil {
			b.Fatal(err)
		}
		if i%100 == 99 || i == b.N-1 {
			if err := batch.Commit(); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	b.SetBytes(bytes / int64(b.N))
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkSearch measures one search over $VISTKA_BENCH_DOCS documents
// (default 2000), with queries drawn from the texts.
func BenchmarkSearch(b *testing.B) {
	s, err := sqlite.Open(context.Background(), benchFile(b), storetest.Lemmatize)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.Fill(b, s, 1, storetest.Docs(b, 2000))
	c := storetest.NewCorpus(b, 2)
	b.ResetTimer()
	d, _ := storetest.Latencies(b, s, c, b.N, nil)
	b.ReportMetric(float64(storetest.Percentile(d, 99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(storetest.Percentile(d, 50).Microseconds())/1000, "p50-ms")
}
