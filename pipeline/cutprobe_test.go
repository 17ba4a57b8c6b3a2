package pipeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestCutProbe is a tool, skipped unless VISTKA_CUT_DIR names a folder
// of .txt files (e.g. the snapshot corpus): it extracts every line of
// every file cut after each word and each mark after it, recovers from
// any panic and reports each distinct place that panicked (the first
// frames outside the runtime) with the count of cuts that reached it.
// TestTruncatedTexts keeps a small fixed sample of the same cuts in
// every run; this one sweeps a whole corpus (about a minute for 1,363
// texts) and prints code places only, no text.
func TestCutProbe(t *testing.T) {
	dir := os.Getenv("VISTKA_CUT_DIR")
	if dir == "" {
		t.Skip("VISTKA_CUT_DIR not set")
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no .txt files in %s: %v", dir, err)
	}
	p := load(t)
	published := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	seen := map[string]int{}
	var order []string
	lines := 0
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			lines++
			for _, end := range wordEnds(line) {
				if where := panicsAt(func() { p.Extract(line[:end], published) }); where != "" {
					if seen[where] == 0 {
						order = append(order, where)
					}
					seen[where]++
				}
			}
		}
	}
	for _, where := range order {
		t.Errorf("%d cuts panic at %s", seen[where], where)
	}
	t.Logf("%d files, %d lines, %d places that panic", len(paths), lines, len(order))
}

// panicsAt runs f and returns "" or, when f panics, the panic and the
// first four frames outside the runtime, innermost first.
func panicsAt(f func()) (where string) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		pc := make([]uintptr, 32)
		frames := runtime.CallersFrames(pc[:runtime.Callers(3, pc)])
		var at []string
		for len(at) < 4 {
			fr, more := frames.Next()
			if !strings.HasPrefix(fr.Function, "runtime.") {
				at = append(at, fmt.Sprintf("%s:%d", filepath.Base(fr.File), fr.Line))
			}
			if !more {
				break
			}
		}
		where = fmt.Sprintf("%v: %s", r, strings.Join(at, " < "))
	}()
	f()
	return ""
}
