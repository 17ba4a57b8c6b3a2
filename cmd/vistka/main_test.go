package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

func run(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func TestAnalyzeTokens(t *testing.T) {
	out, _, err := run(t, "", "analyze", "--input", "tokens", "testdata/tokens.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out, "\n")
	want := []string{
		"Державний\tдержавний\tadj:m:v_naz",
		"секретар\tсекретар\tnoun:anim:m:v_naz",
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d = %q, want %q", i+1, lines[i], w)
		}
	}
	// One output line per input token, a blank line after each sentence.
	if n := strings.Count(out, "\n"); n != 12+2 {
		t.Errorf("%d lines, want 14:\n%s", n, out)
	}
	if !strings.Contains(out, "Астани\tАстана\tnoun:inanim:f:v_rod:prop:geo\n") {
		t.Errorf("Астани not analysed as a place in the genitive:\n%s", out)
	}
	if !strings.Contains(out, "Токаєвим\tТокаєв\tnoun:anim:m:v_oru:prop:lname\n") {
		t.Errorf("Токаєвим not analysed:\n%s", out)
	}
}

func TestAnalyzeText(t *testing.T) {
	text := "Блінкен прибув до Астани.\r\nВін зустрівся з Токаєвим."
	out, _, err := run(t, text, "analyze", "-")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "# range = 0-25\n") || !strings.Contains(out, "4\tАстани\tАстана\t") {
		t.Errorf("tsv:\n%s", out)
	}
	out, _, err = run(t, text, "analyze", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	r := []rune(text)
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var s struct {
			Tokens []struct {
				Text       string
				Start, End int
			}
		}
		if err := json.Unmarshal([]byte(line), &s); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		for _, tk := range s.Tokens {
			if string(r[tk.Start:tk.End]) != tk.Text {
				t.Errorf("token %q at [%d,%d) is %q in the text", tk.Text, tk.Start, tk.End, string(r[tk.Start:tk.End]))
			}
		}
	}
}

func TestExtractFormats(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "news.txt")
	text := "Президент України Володимир Зеленський зустрівся в Києві з Олафом Шольцом.\n«Ми вдячні Німеччині», — сказав Зеленський."
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "", "extract", "--format", "brat", in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "T1\tJOB ") && !strings.Contains(out, "\tPERS ") {
		t.Errorf("brat:\n%s", out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || !strings.HasPrefix(f[0], "T") || len(strings.Fields(f[1])) != 3 {
			t.Errorf("not brat standoff: %q", line)
		}
	}
	outDir := filepath.Join(dir, "out")
	if _, _, err := run(t, "", "extract", "--format", "json", "--published", "2024-03-05", "--out", outDir, in); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(outDir, "news.json"))
	if err != nil {
		t.Fatal(err)
	}
	var x vistka.Extraction
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatal(err)
	}
	if x.Published != "2024-03-05" || len(x.Quotes) != 1 || len(x.Events) == 0 {
		t.Errorf("extraction: %s", b)
	}
	out, _, err = run(t, "", "extract", "--format", "text", in)
	if err != nil || !strings.Contains(out, "Володимир Зеленський") {
		t.Errorf("text digest (%v):\n%s", err, out)
	}
}

func TestBadCommandLines(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"extract"},
		{"extract", "--format", "xml", "a.txt"},
		{"extract", "--published", "28.02.2023", "a.txt"},
		{"analyze", "--input", "words"},
		{"analyze", "a", "b"},
		{"train"},
		{"eval", "ner"},
	} {
		_, _, err := run(t, "", args...)
		if err == nil {
			t.Errorf("%q: no error", args)
			continue
		}
		if exitCode(err) != 2 {
			t.Errorf("%q: exit code %d, want 2 (%v)", args, exitCode(err), err)
		}
	}
}

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("\xff\xfe\x00Київ\x00\r\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	// Unreadable inputs are reported; the others still come out.
	out, stderr, err := run(t, "", "extract", "--format", "json", bad, empty, filepath.Join(dir, "missing.txt"), dir)
	if err == nil || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("want an error naming the missing file, got %v / %s", err, stderr)
	}
	if n := strings.Count(out, "\n"); n != 2 {
		t.Errorf("%d JSON lines, want 2:\n%s", n, out)
	}
	if _, _, err := run(t, "", "analyze", filepath.Join(dir, "missing.txt")); err == nil || exitCode(err) != 2 {
		t.Errorf("analyze of a missing file: %v", err)
	}
	// Token input that is not UTF-8 cannot be read: a clear error with
	// its position, not a panic.
	if _, _, err := run(t, "\xff\x00", "analyze", "--input", "tokens"); err == nil || !strings.Contains(err.Error(), ":1:") {
		t.Errorf("analyze tokens of garbage: %v", err)
	}
}
