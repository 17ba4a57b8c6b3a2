package vesum_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/vesum"
)

func TestGolden(t *testing.T) {
	dir := shared.TestPath(t, "vesum")
	var got []string
	x := &vesum.Expander{Warn: func(err error) { t.Errorf("warning: %v", err) }}
	a, err := vesum.LoadAffixes(filepath.Join(dir, "affix"))
	if err != nil {
		t.Fatal(err)
	}
	x.Affixes = a
	err = x.ExpandDir(filepath.Join(dir, "golden", "input"), func(e vesum.Entry) error {
		got = append(got, e.String())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := readLines(t, filepath.Join(dir, "golden", "expected", "dict_corp_lt.txt"))
	if d := diff(want, got); d != "" {
		t.Errorf("expansion differs from dict_corp_lt.txt (-want +got):\n%s", d)
		if os.Getenv("VESUM_DUMP") != "" {
			os.WriteFile(os.Getenv("VESUM_DUMP"), []byte(strings.Join(got, "\n")+"\n"), 0o644)
		}
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// diff returns the first differing hunks of two line lists, in unified
// style, or "" when they are equal.
func diff(a, b []string) string {
	var sb strings.Builder
	i, j, hunks := 0, 0, 0
	for i < len(a) || j < len(b) {
		if i < len(a) && j < len(b) && a[i] == b[j] {
			i++
			j++
			continue
		}
		// Find the nearest resynchronisation point.
		bi, bj := len(a), len(b)
		found := false
		for d := 1; d < 400 && !found; d++ {
			for k := 0; k <= d; k++ {
				ii, jj := i+k, j+d-k
				if ii < len(a) && jj < len(b) && a[ii] == b[jj] {
					bi, bj, found = ii, jj, true
					break
				}
			}
		}
		fmt.Fprintf(&sb, "@@ -%d +%d @@\n", i+1, j+1)
		for ; i < bi; i++ {
			sb.WriteString("-" + a[i] + "\n")
		}
		for ; j < bj; j++ {
			sb.WriteString("+" + b[j] + "\n")
		}
		hunks++
		if hunks >= 15 {
			fmt.Fprintf(&sb, "… (more differences; %d/%d lines)\n", len(a), len(b))
			break
		}
	}
	return sb.String()
}
