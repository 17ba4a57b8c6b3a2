package tokenize_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vistka/vistka/tokenize"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

// TestGolden splits each testdata/NAME.txt and compares the sentences and
// tokens, with kinds and offsets, to testdata/NAME.golden. Run with -update
// to rewrite the golden files after a deliberate change, and read the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := dump(string(b))
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the golden file (run go test -update if the change is right):\n%s", name, diff(string(want), got))
			}
		})
	}
}

// dump prints the sentences of text, one token a line.
func dump(text string) string {
	var b strings.Builder
	for i, s := range tokenize.Sentences(text) {
		fmt.Fprintf(&b, "sentence %d  bytes %d:%d  runes %d:%d\n", i+1, s.Start, s.End, s.RStart, s.REnd)
		for _, tok := range s.Tokens {
			fmt.Fprintf(&b, "  %5d:%-5d %5d:%-5d %-8s %q\n", tok.Start, tok.End, tok.RStart, tok.REnd, tok.Kind, tok.Text)
		}
	}
	return b.String()
}

// diff shows the first lines where want and got differ, with context.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	for k := max(0, i-3); k < i; k++ {
		fmt.Fprintf(&b, "  %s\n", w[k])
	}
	for k := i; k < min(len(w), i+6); k++ {
		fmt.Fprintf(&b, "- %s\n", w[k])
	}
	for k := i; k < min(len(g), i+6); k++ {
		fmt.Fprintf(&b, "+ %s\n", g[k])
	}
	return b.String()
}
