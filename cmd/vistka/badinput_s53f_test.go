package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractGarbage runs extract over inputs no article is made of: each
// gives a clear message and a non-zero exit code, or some output and
// none, and never a panic or a hang.
func TestExtractGarbage(t *testing.T) {
	dir := t.TempDir()
	file := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	words := func(w string, n int) []byte { return bytes.Repeat([]byte(w+" "), n) }
	for _, c := range []struct {
		name   string
		args   []string
		code   int    // exit code
		stderr string // what the message says; "" for none
	}{
		{"empty file", []string{file("empty.txt", nil)}, 0, ""},
		{"binary file", []string{file("bin.dat", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01"))}, 1, "not a text file (binary data)"},
		{"one word repeated", []string{file("rep.txt", words("слово", 20000))}, 0, ""},
		{"only quotation marks", []string{file("quotes.txt", []byte(strings.Repeat(`"«»„“”`, 500)))}, 0, ""},
		{"unclosed quote", []string{file("unclosed.txt", append([]byte("Він сказав: «"), words("слово", 10000)...))}, 0, ""},
		{"invalid UTF-8", []string{file("bad.txt", []byte("Київ \xff\xfe\xc3\x28 \xe2\x82 заявив."))}, 0, ""},
		{"directory", []string{dir}, 1, ": is a directory"},
		{"missing file", []string{filepath.Join(dir, "missing.txt")}, 1, "no such file"},
		{"no such date", []string{"--published", "2023-02-31", file("a.txt", []byte("Київ."))}, 2, "no such date"},
		{"date in another form", []string{"--published", "31.01.2023", file("b.txt", []byte("Київ."))}, 2, "want YYYY-MM-DD"},
		{"unknown format", []string{"--format", "xml", file("c.txt", []byte("Київ."))}, 2, `not "xml"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, stderr, err := run(t, "", append([]string{"extract"}, c.args...)...)
			if err != nil {
				stderr += message(err)
			}
			if got := exitCode(err); got != c.code {
				t.Errorf("exit code %d, want %d (%s)", got, c.code, stderr)
			}
			if c.stderr != "" && !strings.Contains(stderr, c.stderr) {
				t.Errorf("message %q, want it to say %q", stderr, c.stderr)
			}
			if c.name == "directory" && strings.Count(stderr, dir) != 1 {
				t.Errorf("message %q names the directory more than once", stderr)
			}
		})
	}
}

// TestIngestBadFlags: counts and durations the ingester would quietly
// replace by its defaults are refused, before any store is opened.
func TestIngestBadFlags(t *testing.T) {
	db := filepath.Join(t.TempDir(), "never.db")
	for _, args := range [][]string{
		{"--concurrency", "-3"},
		{"--concurrency", "0"},
		{"--follow", "--every", "-5m"},
		{"--every", "0s"},
		{"--timeout", "-1s"},
	} {
		_, _, err := run(t, "", append(append([]string{"ingest", "--db", db}, args...), "a.txt")...)
		if exitCode(err) != 2 || !strings.Contains(message(err), "want") {
			t.Errorf("%q: %v (exit code %d), want a usage error", args, err, exitCode(err))
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("a refused command line created the store %s", db)
	}
}

// TestExtractOutKeepsInputs: --out never writes a result over an input
// or over another result; the command line is refused and the files are
// as they were.
func TestExtractOutKeepsInputs(t *testing.T) {
	dir := t.TempDir()
	const article = "Київ, 1 березня. Уряд ухвалив програму відновлення."
	txt := filepath.Join(dir, "a.txt")
	page := filepath.Join(dir, "a.html")
	os.WriteFile(txt, []byte(article), 0o644)
	os.WriteFile(page, []byte("<html><body><p>"+article+"</p></body></html>"), 0o644)
	for _, args := range [][]string{
		{"--format", "text", "--out", dir, txt},
		{"--format", "text", "--out", dir, page, txt},
		{"--out", filepath.Join(dir, "out"), page, txt},
	} {
		_, _, err := run(t, "", append([]string{"extract"}, args...)...)
		if exitCode(err) != 2 || !strings.Contains(message(err), "--out") {
			t.Errorf("%q: %v, want a usage error about --out", args, err)
		}
		if b, _ := os.ReadFile(txt); string(b) != article {
			t.Fatalf("%q overwrote the input: %q", args, b)
		}
	}
}

// TestAnalyzeAndEvalGarbage: analyze refuses binary data as extract does,
// and eval names a missing gold folder once, without a doubled prefix.
func TestAnalyzeAndEvalGarbage(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.dat")
	os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01"), 0o644)
	out, _, err := run(t, "", "analyze", bin)
	if exitCode(err) != 2 || !strings.Contains(message(err), "NUL bytes") || out != "" {
		t.Errorf("analyze of binary data: %v, %d bytes of output", err, len(out))
	}
	_, _, err = run(t, "", "eval", "ner", "--gold", filepath.Join(dir, "missing"))
	if exitCode(err) != 2 || strings.Contains(message(err), "vistka:") {
		t.Errorf("eval of a missing folder: message %q (exit code %d)", message(err), exitCode(err))
	}
}

// TestHelpAndUnknownModels: help that was asked for is no error, and a
// model train does not know is refused before --out is made.
func TestHelpAndUnknownModels(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--help"}, {"serve", "-h"}, {"ingest", "--help"}, {"analyze", "--help"},
		{"eval", "--help"}, {"eval", "ner", "--help"}, {"train", "--help"}, {"train", "ner", "-h"},
	} {
		_, stderr, err := run(t, "", args...)
		if err != nil || !strings.Contains(stderr, "Usage:") {
			t.Errorf("%q: %v, stderr %q; want the usage and no error", args, err, stderr)
		}
	}
	out := filepath.Join(t.TempDir(), "models")
	for _, args := range [][]string{{"train", "bogus", "--out", out}, {"eval", "bogus"}} {
		if _, _, err := run(t, "", args...); exitCode(err) != 2 {
			t.Errorf("%q: %v, want a usage error", args, err)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("train of an unknown model made %s", out)
	}
}
