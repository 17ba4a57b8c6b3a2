package sqlite_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/cputime"
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

// longDBEnv names a file that BenchmarkPutLong keeps its filled store in
// between runs, so that a profiler need not fill it again.
const longDBEnv = "VISTKA_LONG_DB"

// longDocs is how many documents BenchmarkPutLong's store holds before it
// measures, unless $VISTKA_BENCH_DOCS says otherwise.
const longDocs = 10_000

// BenchmarkPutLong measures a long ingest: batches of 100 documents (as
// `vistka ingest` commits them) put into a store that already holds
// longDocs, in documents per CPU-second. A new store, as in BenchmarkPutBatch
// and cmd/vistka's BenchmarkIngestStore, has small indexes in its cache
// and a full-text index of a few segments; here every batch also pays
// for searching and growing large B-trees, for merging the full-text
// index's segments and for checkpointing the WAL into a large file.
// The documents are storetest's, NER-UK news sentences recombined with
// extractions made from their gold spans: 5 to 24 sentences, about 19 KB
// stored a document, more than a real article.
//
// The store is filled once a process (about 15 CPU-seconds), or kept in
// $VISTKA_LONG_DB between runs, and copied for each run of the
// benchmark, so that every run starts from the same file of about 250
// MB. Each iteration is one batch: run it with -benchtime 50x or more,
// as the full-text index merges its segments only every few batches.
func BenchmarkPutLong(b *testing.B) {
	// Other documents than the store's, the same in every run.
	c := storetest.NewCorpus(b, 7)
	if !c.Data {
		b.Skip("a long ingest needs the NER-UK texts of the shared data, not the fixtures")
	}
	n := storetest.Docs(b, longDocs)
	file := filepath.Join(b.TempDir(), "long.db")
	if err := copyFile(file, longStore(b, n)); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, file, storetest.Lemmatize)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	type doc struct {
		doc   *vistka.Document
		words []vistka.Token
	}
	batch := make([]doc, 100)
	put := 0
	var cpu time.Duration
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		for i := range batch {
			batch[i].doc, batch[i].words = c.Next()
			// The ingester hashes the text before it puts a document.
			batch[i].doc.Hash = vistka.TextHash(batch[i].doc.Text)
		}
		b.StartTimer()
		c0 := cputime.Used()
		tx, err := s.Begin(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range batch {
			_, dup, err := tx.Put(ctx, d.doc, d.words)
			if err != nil {
				b.Fatal(err)
			}
			if !dup {
				put++
			}
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
		cpu += cputime.Used() - c0
	}
	if cpu > 0 {
		b.ReportMetric(float64(put)/cpu.Seconds(), "docs/CPU-s")
	}
}

// long is the store BenchmarkPutLong fills once a process, in a
// directory of its own that TestMain removes.
var long struct {
	sync.Mutex
	dir, file string
}

func TestMain(m *testing.M) {
	code := m.Run()
	if long.dir != "" {
		os.RemoveAll(long.dir)
	}
	os.Exit(code)
}

// longStore returns a store file holding n documents of the corpus of
// seed 1, filled in batches of 100 and closed (its WAL checkpointed):
// $VISTKA_LONG_DB, filled when it holds fewer, or else a file made once
// a process.
func longStore(b *testing.B, n int) string {
	long.Lock()
	defer long.Unlock()
	file := os.Getenv(longDBEnv)
	if file == "" {
		if long.file != "" {
			return long.file
		}
		dir, err := os.MkdirTemp("", "vistka-long")
		if err != nil {
			b.Fatal(err)
		}
		long.dir, file = dir, filepath.Join(dir, "long.db")
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, file, storetest.Lemmatize)
	if err != nil {
		b.Fatal(err)
	}
	r, err := s.Search(ctx, vistka.SearchQuery{Limit: 1})
	if err != nil {
		b.Fatal(err)
	}
	if r.Total < n {
		// From the first document: those there already are duplicates.
		c := storetest.NewCorpus(b, 1)
		start, added, total := time.Now(), 0, r.Total
		var tx vistka.Batch
		for i := 0; total < n; i++ {
			if tx == nil {
				if tx, err = s.Begin(ctx); err != nil {
					b.Fatal(err)
				}
			}
			doc, words := c.Next()
			_, dup, err := tx.Put(ctx, doc, words)
			if err != nil {
				b.Fatal(err)
			}
			if !dup {
				added++
				total++
			}
			if i%100 == 99 || total == n {
				if err := tx.Commit(); err != nil {
					b.Fatal(err)
				}
				tx = nil
			}
		}
		b.Logf("filled %s with %d documents in %v", file, added, time.Since(start).Round(time.Second))
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	if os.Getenv(longDBEnv) == "" {
		long.file = file
	}
	return file
}

// copyFile copies the file src to dst.
func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
