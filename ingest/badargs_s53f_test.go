package ingest_test

import (
	"strings"
	"testing"

	"github.com/vistka/vistka/ingest"
)

// TestBadArguments: an argument written as a URL that ingest does not
// read, or cannot parse, fails for that reason, not as a missing file.
func TestBadArguments(t *testing.T) {
	args := map[string]string{
		"ftp://news.example.ua/a.txt": "ftp: URLs are not read",
		"file:///tmp/no/such.txt":     "file: URLs are not read",
		"http://[::1":                 "not a valid URL",
		"https://%zz/a":               "not a valid URL",
		"testdata/no-such-file.txt":   "no such file or folder",
	}
	var list []string
	for a := range args {
		list = append(list, a)
	}
	sum, _, stderr := run(t, &ingest.Ingester{}, list...)
	got := reasons(sum)
	for src, want := range args {
		if !strings.Contains(got[src], want) {
			t.Errorf("failure of %s = %q, want it to contain %q", src, got[src], want)
		}
	}
	if sum.Failed != len(args) {
		t.Errorf("summary = %+v, want %d failed\n%s", sum, len(args), stderr)
	}
}
