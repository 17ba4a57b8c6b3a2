package tokenize_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vistka/vistka/internal/cputime"
	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/tokenize"
)

var (
	corpusOnce sync.Once
	corpusDocs []string
	corpusSize int
)

// corpus returns realistic Ukrainian news text, a document at a time: the
// shared articles and the NER-UK ng/ texts (ordinary prose, a paragraph a
// line), about 0.7 MB in all.
func corpus(b *testing.B) ([]string, int) {
	b.Helper()
	articles := shared.TestPath(b, "articles")
	ng := shared.TestPath(b, "ner-uk", "train", "ng")
	corpusOnce.Do(func() {
		for _, pattern := range []string{filepath.Join(articles, "*.txt"), filepath.Join(ng, "*.txt")} {
			files, _ := filepath.Glob(pattern)
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					continue
				}
				corpusDocs = append(corpusDocs, string(data))
				corpusSize += len(data)
			}
		}
	})
	if corpusSize == 0 {
		b.Skip("no corpus text")
	}
	return corpusDocs, corpusSize
}

// reportCPU adds throughput per CPU second, steadier than MB/s when other
// work shares the machine.
func reportCPU(b *testing.B, start time.Duration, bytes int) {
	if d := cputime.Used() - start; d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/d.Seconds()/1e6, "MB/cpu-s")
	}
}

func BenchmarkScanner(b *testing.B) {
	docs, size := corpus(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cputime.Used()
	n := 0
	var s tokenize.Scanner
	for b.Loop() {
		for _, doc := range docs {
			s.Init(doc)
			for _, ok := s.Next(); ok; _, ok = s.Next() {
				n++
			}
		}
	}
	reportCPU(b, cpu0, size)
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTokens(b *testing.B) {
	docs, size := corpus(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cputime.Used()
	n := 0
	for b.Loop() {
		for _, doc := range docs {
			n += len(tokenize.Tokens(doc))
		}
	}
	reportCPU(b, cpu0, size)
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkSentences(b *testing.B) {
	docs, size := corpus(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cputime.Used()
	n, ns := 0, 0
	for b.Loop() {
		for _, doc := range docs {
			for _, s := range tokenize.Sentences(doc) {
				n += len(s.Tokens)
				ns++
			}
		}
	}
	reportCPU(b, cpu0, size)
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(ns)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkReader streams the whole corpus as one input.
func BenchmarkReader(b *testing.B) {
	docs, size := corpus(b)
	text := strings.Join(docs, "\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cputime.Used()
	n := 0
	for b.Loop() {
		r := tokenize.NewReader(strings.NewReader(text))
		for {
			s, err := r.Next()
			if err != nil {
				break
			}
			n += len(s.Tokens)
		}
	}
	reportCPU(b, cpu0, size)
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkNormalize(b *testing.B) {
	words := []string{"п'яти", "зв’язки", "об`єднанню", "Київ"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			_ = tokenize.Normalize(w)
		}
	}
}
