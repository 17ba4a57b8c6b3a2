package postgres_test

import (
	"context"
	"os"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/postgres"
	"github.com/vistka/vistka/storetest"
)

// benchDSNEnv names a DSN (with its own search_path) the search
// benchmarks keep their documents in, so that 100,000 documents are put
// once; without it they use a fresh schema.
const benchDSNEnv = "VISTKA_BENCH_POSTGRES"

func benchStore(tb testing.TB) *postgres.Store {
	tb.Helper()
	dsn := os.Getenv(benchDSNEnv)
	if dsn == "" {
		dsn = freshSchema(tb, server(tb))
	}
	s, err := postgres.Open(context.Background(), dsn, storetest.Lemmatize)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// TestSearchLatency measures search latency over $VISTKA_BENCH_DOCS
// documents (default 100: a smoke test).
func TestSearchLatency(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a store")
	}
	storetest.SearchLatency(t, benchStore(t), storetest.Docs(t, 100), 100)
}

// BenchmarkPut measures how fast documents with realistic extractions go
// into a fresh schema.
func BenchmarkPut(b *testing.B) {
	s := benchStore(b)
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
	s := benchStore(b)
	c := storetest.NewCorpus(b, 3)
	ctx := context.Background()
	var bytes int64
	var batch vistka.Batch
	var err error
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
	s := benchStore(b)
	storetest.Fill(b, s, 1, storetest.Docs(b, 2000))
	c := storetest.NewCorpus(b, 2)
	b.ResetTimer()
	d, _ := storetest.Latencies(b, s, c, b.N, nil)
	b.ReportMetric(float64(storetest.Percentile(d, 99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(storetest.Percentile(d, 50).Microseconds())/1000, "p50-ms")
}
