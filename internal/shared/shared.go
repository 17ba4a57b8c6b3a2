// Package shared finds the read-only training data that lives beside the
// project root in ../shared/data. Training commands and tests read it;
// nothing at run time does.
package shared

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Env names a directory that overrides the default ../shared/data.
const Env = "VISTKA_SHARED_DATA"

// Dir returns the shared data directory: $VISTKA_SHARED_DATA, or
// ../shared/data beside the module root found by walking up from the
// working directory.
func Dir() (string, error) {
	if d := os.Getenv(Env); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			data := filepath.Join(d, "..", "shared", "data")
			if _, err := os.Stat(data); err != nil {
				return "", fmt.Errorf("shared data: %w (set %s)", err, Env)
			}
			return filepath.Clean(data), nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", errors.New("shared data: no go.mod above the working directory; set " + Env)
		}
		d = parent
	}
}

// Path joins elem to the shared data directory.
func Path(elem ...string) (string, error) {
	d, err := Dir()
	if err != nil {
		return "", err
	}
	return filepath.Join(append([]string{d}, elem...)...), nil
}

// TestPath is Path for tests: it skips the test, saying why, when the
// shared data is not there (CI always has it).
func TestPath(tb testing.TB, elem ...string) string {
	tb.Helper()
	p, err := Path(elem...)
	if err == nil {
		_, err = os.Stat(p)
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("shared data missing in CI: %v", err)
		}
		tb.Skipf("shared data not available: %v", err)
	}
	return p
}
