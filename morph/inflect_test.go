package morph_test

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vistka/vistka/morph"
)

var update = flag.Bool("update", false, "rewrite the .golden files")

// golden runs fn over the lines of testdata/name.txt (tab-separated
// fields; '#' starts a comment) and compares the output with
// testdata/name.golden.
func golden(t *testing.T, name string, fn func(fields []string) string) {
	t.Helper()
	in, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(in))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fmt.Fprintf(&out, "%s\t→ %s\n", line, fn(strings.Split(line, "\t")))
	}
	gp := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(gp, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(gp)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		got := strings.Split(out.String(), "\n")
		exp := strings.Split(string(want), "\n")
		for i := range max(len(got), len(exp)) {
			g, e := "", ""
			if i < len(got) {
				g = got[i]
			}
			if i < len(exp) {
				e = exp[i]
			}
			if g != e {
				t.Errorf("line %d:\n got  %s\n want %s", i+1, g, e)
			}
		}
	}
}

func TestInflect(t *testing.T) {
	l := openLexicon(t)
	golden(t, "inflect", func(f []string) string {
		return strings.Join(l.Inflect(f[0], f[1]), " ")
	})
}

func TestNominative(t *testing.T) {
	l := openLexicon(t)
	golden(t, "nominative", func(f []string) string {
		a := morph.Analysis{Lemma: f[1], Tag: f[2]}
		return l.Nominative(f[0], a) + " | " + l.NominativeSameNumber(f[0], a)
	})
	// A guessed analysis works the same way.
	gs := l.Guess("Гаркенові", 3)
	if len(gs) == 0 {
		t.Fatal("no guess for Гаркенові")
	}
	if got := l.Nominative("Гаркенові", morph.Analysis{Lemma: gs[0].Lemma, Tag: gs[0].Tag}); got != "Гаркен" {
		t.Errorf("Nominative(Гаркенові) = %q (guess %v)", got, gs[0])
	}
}
