package vesum_test

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/vesum"
)

// TestFullDict expands the whole dict/ directory and logs the counts and
// the lines that could not be expanded, by kind. It takes a while, so it
// runs only with VESUM_FULL=1; VESUM_FULL_DUMP=file also writes the
// entries out.
func TestFullDict(t *testing.T) {
	if os.Getenv("VESUM_FULL") == "" {
		t.Skip("set VESUM_FULL=1 to expand the whole dictionary")
	}
	dir := shared.TestPath(t, "vesum")
	a, err := vesum.LoadAffixes(filepath.Join(dir, "affix"))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	examples := map[string][]string{}
	x := &vesum.Expander{Affixes: a, Warn: func(err error) {
		var e *vesum.Error
		if errors.As(err, &e) {
			kinds[e.Kind]++
			if len(examples[e.Kind]) < 5 {
				examples[e.Kind] = append(examples[e.Kind], e.Error())
			}
		}
	}}
	var dump *bufio.Writer
	if p := os.Getenv("VESUM_FULL_DUMP"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		dump = bufio.NewWriter(f)
		defer dump.Flush()
	}
	start := time.Now()
	n := 0
	lemmas := map[string]bool{}
	err = x.ExpandDir(filepath.Join(dir, "dict"), func(e vesum.Entry) error {
		n++
		lemmas[e.Lemma] = true
		if dump != nil {
			dump.WriteString(e.String() + "\n")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d entries, %d lemmas in %v", n, len(lemmas), time.Since(start))
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t.Logf("%s: %d, e.g. %v", k, kinds[k], examples[k])
	}
}
