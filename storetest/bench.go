package storetest

import (
	"context"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// Env names the environment variables of the benchmarks.
const (
	// DocsEnv sets how many documents the search benchmarks store.
	DocsEnv = "VISTKA_BENCH_DOCS"
	// P99Env, in milliseconds, makes TestSearchLatency fail above it.
	P99Env = "VISTKA_SEARCH_P99_MS"
)

// Docs returns the number of documents in $VISTKA_BENCH_DOCS, or def.
func Docs(tb testing.TB, def int) int {
	tb.Helper()
	v := os.Getenv(DocsEnv)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		tb.Fatalf("%s=%q: want a positive number", DocsEnv, v)
	}
	return n
}

// Fill puts the first n documents of a corpus made with seed into s;
// those already there are duplicates and cost little, and a store that
// holds n documents or more is taken as filled, so that a store can be
// filled once and reused. It logs progress for long fills.
func Fill(tb testing.TB, s vistka.Store, seed uint64, n int) {
	tb.Helper()
	ctx := context.Background()
	if r, err := s.Search(ctx, vistka.SearchQuery{Limit: 1}); err == nil && r.Total >= n {
		return
	}
	c := NewCorpus(tb, seed)
	start, last := time.Now(), time.Now()
	added := 0
	// A Batcher takes the documents 500 at a time.
	bs, _ := s.(vistka.Batcher)
	var b vistka.Batch
	commit := func() {
		if b != nil {
			if err := b.Commit(); err != nil {
				tb.Fatalf("fill: commit: %v", err)
			}
			b = nil
		}
	}
	defer commit()
	put := s.Put
	for i := range n {
		if bs != nil && b == nil {
			var err error
			if b, err = bs.Begin(ctx); err != nil {
				tb.Fatalf("fill: %v", err)
			}
			put = b.Put
		}
		doc, words := c.Next()
		_, dup, err := put(ctx, doc, words)
		if err != nil {
			tb.Fatalf("fill: document %d: %v", i, err)
		}
		if i%500 == 499 {
			commit()
		}
		if !dup {
			added++
		}
		if time.Since(last) > 30*time.Second {
			tb.Logf("fill: %d of %d documents (%d new) in %v", i+1, n, added, time.Since(start).Round(time.Second))
			last = time.Now()
		}
	}
	if added > 0 {
		el := time.Since(start)
		tb.Logf("fill: %d new documents in %v (%.0f docs/s)", added, el.Round(time.Millisecond), float64(added)/el.Seconds())
	}
}

// Latencies runs queries searches made from the corpus (see
// Corpus.Query), each changed by with when it is not nil, and returns
// their durations sorted, and the mean total of documents found.
func Latencies(tb testing.TB, s vistka.Store, c *Corpus, queries int, with func(*vistka.SearchQuery)) ([]time.Duration, float64) {
	tb.Helper()
	ctx := context.Background()
	d := make([]time.Duration, 0, queries)
	total := 0
	for range queries {
		q := vistka.SearchQuery{Text: c.Query()}
		if with != nil {
			with(&q)
		}
		start := time.Now()
		r, err := s.Search(ctx, q)
		if err != nil {
			tb.Fatalf("Search(%+v): %v", q, err)
		}
		d = append(d, time.Since(start))
		total += r.Total
	}
	slices.Sort(d)
	return d, float64(total) / float64(max(queries, 1))
}

// Percentile returns the p-th percentile (0 < p <= 100) of sorted
// durations.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p/100+0.5) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// SearchLatency fills s with n documents (see Fill), runs searches on it
// (plain, by relevance, and with a date range and a publisher), logs the
// percentiles, and fails when the 99th percentile of plain searches is
// over $VISTKA_SEARCH_P99_MS milliseconds. When $VISTKA_BENCH_DOCS is set
// it runs 500 searches of each kind, else queries.
func SearchLatency(t *testing.T, s vistka.Store, n, queries int) {
	if os.Getenv(DocsEnv) != "" {
		queries = 500
	}
	Fill(t, s, 1, n)
	c := NewCorpus(t, 2)
	Latencies(t, s, c, min(queries, 20), nil) // warm up
	for _, tc := range []struct {
		name string
		with func(*vistka.SearchQuery)
	}{
		{"plain", nil},
		{"newest by relevance", func(q *vistka.SearchQuery) { q.Order = vistka.OrderRelevance }},
		{"one year, one publisher", func(q *vistka.SearchQuery) {
			q.From, q.To, q.Publisher = base.AddDate(1, 0, 0), base.AddDate(2, 0, 0), publishers[1]
		}},
	} {
		d, total := Latencies(t, s, c, queries, tc.with)
		p99 := Percentile(d, 99)
		t.Logf("%d documents, %d searches %s: p50 %v, p90 %v, p99 %v, max %v; %.0f found on average",
			n, queries, tc.name, Percentile(d, 50).Round(time.Microsecond), Percentile(d, 90).Round(time.Microsecond),
			p99.Round(time.Microsecond), d[len(d)-1].Round(time.Microsecond), total)
		if v := os.Getenv(P99Env); v != "" && tc.with == nil {
			ms, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("%s=%q: %v", P99Env, v, err)
			}
			if p99 > time.Duration(ms*float64(time.Millisecond)) {
				t.Errorf("p99 %v is over %s=%vms", p99, P99Env, v)
			}
		}
	}
}
