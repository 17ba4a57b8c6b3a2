package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*/want from the tool's output")

// copyDir copies the .go files of src into a new temporary directory.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dir := t.TempDir()
	paths, err := filepath.Glob(filepath.Join(src, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// files reads every .go file of dir.
func files(t *testing.T, dir string) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = string(b)
	}
	return out
}

func sameFiles(t *testing.T, got, want map[string]string) {
	t.Helper()
	for name, w := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("%s: missing", name)
		} else if g != w {
			t.Errorf("%s:\n got:\n%s\nwant:\n%s", name, g, w)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: not wanted", name)
		}
	}
}

func TestMove(t *testing.T) {
	dir := copyDir(t, "testdata/basic/in")
	if err := run(filepath.Join(dir, "event.go"), "testdata/basic/map.txt", false, false); err != nil {
		t.Fatal(err)
	}
	got := files(t, dir)
	if *update {
		os.RemoveAll("testdata/basic/want")
		os.MkdirAll("testdata/basic/want", 0o755)
		for name, text := range got {
			os.WriteFile(filepath.Join("testdata/basic/want", name), []byte(text), 0o644)
		}
	}
	want := files(t, "testdata/basic/want")
	sameFiles(t, got, want)

	cases := []struct {
		name, file, has, hasNot string
	}{
		{"func with its doc", "words.go", "// count counts words; it moves with this comment.\nfunc count(", ""},
		{"free comment and var block", "words.go", "// A section comment set apart by a blank line belongs to the block below.\n\n// stopWords are", ""},
		{"trailing comment", "dates.go", "date.Parse(s) } // a trailing comment", ""},
		{"method into an existing file", "tokens.go", "func (f *finder) low(i int) string", ""},
		{"imports of a new file", "words.go", "import (\n\t\"strings\"\n\t\"unicode/utf8\"\n)", ""},
		{"existing import block extended", "tokens.go", "import (\n\t\"strings\"\n\t\"unicode\"\n)", ""},
		{"a local named like a package is no use of it", "tokens.go", "", "example.com/lib/date"},
		{"non-standard import", "dates.go", "import \"example.com/lib/date\"", ""},
		{"unused imports dropped from the source", "event.go", "import \"sort\"", "strings"},
		{"unmapped declaration stays", "event.go", "type finder struct", "func count("},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.has != "" && !strings.Contains(got[c.file], c.has) {
				t.Errorf("%s lacks %q:\n%s", c.file, c.has, got[c.file])
			}
			if c.hasNot != "" && strings.Contains(got[c.file], c.hasNot) {
				t.Errorf("%s has %q:\n%s", c.file, c.hasNot, got[c.file])
			}
		})
	}
}

func TestIdempotent(t *testing.T) {
	dir := copyDir(t, "testdata/basic/in")
	src := filepath.Join(dir, "event.go")
	if err := run(src, "testdata/basic/map.txt", false, false); err != nil {
		t.Fatal(err)
	}
	once := files(t, dir)
	if err := run(src, "testdata/basic/map.txt", false, false); err != nil {
		t.Fatalf("second run: %v", err)
	}
	sameFiles(t, files(t, dir), once)
}

func TestRefuse(t *testing.T) {
	cases := []struct {
		name, mapping string
		errHas        []string
	}{
		{"unknown and twice", "testdata/refuse/map.txt", []string{"count mapped twice", "bad mapping"}},
		{"unknown", "", []string{"no declaration nosuch"}},
		{"malformed", "", []string{"want \"KEY FILE.go\""}},
		{"in both files", "", []string{"upper is in both"}},
	}
	bodies := map[string]string{
		"unknown":       "count words.go\nnosuch words.go\n",
		"malformed":     "count\n",
		"in both files": "upper tokens.go\n",
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyDir(t, "testdata/refuse/in")
			before := files(t, dir)
			mapping := c.mapping
			if mapping == "" {
				mapping = filepath.Join(t.TempDir(), "map.txt")
				if err := os.WriteFile(mapping, []byte(bodies[c.name]), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if c.name == "in both files" {
				// a declaration of tokens.go copied into the source
				b := before["event.go"] + "\nfunc upper(r rune) bool { return false }\n"
				os.WriteFile(filepath.Join(dir, "event.go"), []byte(b), 0o644)
				before = files(t, dir)
			}
			err := run(filepath.Join(dir, "event.go"), mapping, false, false)
			if err == nil {
				t.Fatal("no error")
			}
			for _, s := range c.errHas {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q lacks %q", err, s)
				}
			}
			sameFiles(t, files(t, dir), before)
		})
	}
}
