package pipeline_test

import (
	"encoding/json"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// TestExtractConcurrent checks that extractions at the same time, as
// ingest and serve run them, give what one at a time does: the caches
// the texts share (the lexicon's lookup and guess memos, the taggers'
// states, the extractors' memos) must not leak one text into another.
// Each goroutine reads the texts in another order, so that the caches
// hold other texts' words when a text comes.
func TestExtractConcurrent(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "news2[0-3]", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no texts in testdata/news20–23")
	}
	texts, _, _ := readTexts(files)
	p := load(t)
	published := time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)
	extract := func(i int) string {
		js, err := json.Marshal(p.Extract(texts[i], published))
		if err != nil {
			t.Error(err)
		}
		return string(js)
	}
	want := make([]string, len(texts))
	for i := range texts {
		want[i] = extract(i)
	}
	const workers = 4
	got := make([][]string, workers)
	var wg sync.WaitGroup
	for w := range workers {
		got[w] = make([]string, len(texts))
		wg.Go(func() {
			for k := range texts {
				// Another order for each worker: started at another
				// text, and backwards for every other one.
				i := (k + w*len(texts)/workers) % len(texts)
				if w%2 == 1 {
					i = len(texts) - 1 - i
				}
				got[w][i] = extract(i)
			}
		})
	}
	wg.Wait()
	for w := range workers {
		for i := range texts {
			if got[w][i] != want[i] {
				t.Errorf("worker %d, %s: extraction differs from the one made alone", w, files[i])
			}
		}
	}
}
