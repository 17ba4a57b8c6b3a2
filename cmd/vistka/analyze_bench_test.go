package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/pipeline"
	"github.com/vistka/vistka/tokenize"
)

// BenchmarkAnalyze measures `vistka analyze` on raw text, the whole path:
// read, tokenize, split sentences, look up and tag every token, write TSV.
// It reports tokens/s and bytes/s (100 NER-UK news texts in one file).
// Run it with -cpu 1 for one core; the first iteration pays for the
// lexicon's cold form cache.
func BenchmarkAnalyze(b *testing.B) {
	dir := shared.TestPath(b, "ner-uk", "train", "ng")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var sb strings.Builder
	for _, f := range files[:min(len(files), 100)] {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	in := filepath.Join(b.TempDir(), "in.txt")
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	tokens := len(tokenize.Tokens(text))
	if _, err := pipeline.LoadTagger(); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if err := Run(ctx, []string{"analyze", in}, strings.NewReader(""), io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
