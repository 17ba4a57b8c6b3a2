package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"golang.org/x/text/encoding/charmap"
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

// TestExtractInputs: extract reads what ingest reads — text in a legacy
// Cyrillic encoding, saved pages with their date — and refuses binary data.
func TestExtractInputs(t *testing.T) {
	dir := t.TempDir()
	const text = "Міністр закордонних справ України Дмитро Кулеба у середу зустрівся у Варшаві з Радославом Сікорським."
	utf := filepath.Join(dir, "utf8.txt")
	os.WriteFile(utf, []byte(text), 0o644)
	cp, err := charmap.Windows1251.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	legacy := filepath.Join(dir, "cp1251.txt")
	os.WriteFile(legacy, []byte(cp), 0o644)
	// One stray byte does not make a UTF-8 file windows-1251: it is kept,
	// one code point, and the rest reads as it is.
	stray := filepath.Join(dir, "stray.txt")
	os.WriteFile(stray, []byte(text+" \xff"), 0o644)
	page := filepath.Join(dir, "page.html")
	os.WriteFile(page, []byte(`<html><head><meta charset="utf-8"><title>Кулеба у Варшаві</title>`+
		`<meta property="article:published_time" content="2024-03-06T10:00:00+02:00"></head>`+
		`<body><article><h1>Кулеба у Варшаві</h1><p>`+text+`</p><p>Сторони обговорили безпеку.</p></article></body></html>`), 0o644)
	bin := filepath.Join(dir, "data.bin")
	os.WriteFile(bin, []byte("\x7fELF\x02\x01\x01\x00\x00\x00Київ"), 0o644)

	out, stderr, err := run(t, "", "extract", "--format", "json", utf, legacy, stray, page, bin)
	if err == nil || !strings.Contains(stderr, "data.bin: not a text file (binary data)") {
		t.Errorf("binary input: err %v, stderr %q", err, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d JSON lines, want 4:\n%s", len(lines), out)
	}
	type result struct {
		vistka.Extraction
		Title string
		Text  string
	}
	var got [4]result
	for i, l := range lines {
		if err := json.Unmarshal([]byte(l), &got[i]); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
	}
	names := func(x vistka.Extraction) (s []string) {
		for _, e := range x.Entities {
			s = append(s, e.Name)
		}
		return s
	}
	want := names(got[0].Extraction)
	if !slices.Contains(want, "Дмитро Кулеба") {
		t.Fatalf("UTF-8 text: entities %q", want)
	}
	for i, what := range []string{"", "windows-1251 text", "UTF-8 with a stray byte", "saved page"} {
		if i > 0 && !slices.Equal(names(got[i].Extraction), want) {
			t.Errorf("%s: entities %q, want %q", what, names(got[i].Extraction), want)
		}
	}
	if got[0].Text != "" || got[1].Text != "" {
		t.Errorf("a text file's JSON carries no text field: %q", got[1].Text)
	}
	p := got[3]
	if p.Title != "Кулеба у Варшаві" || !strings.HasPrefix(p.Text, text) || p.Published != "2024-03-06" {
		t.Errorf("page: title %q, published %q, text %q", p.Title, p.Published, p.Text)
	}
	for _, ev := range p.Events {
		if ev.Type == "CONSULT" && ev.Date != "2024-03-06" {
			t.Errorf("page: у середу resolved to %q against the page's date", ev.Date)
		}
	}
}

// TestDigestAmounts: the digest prints amounts as whole numbers, not in
// exponent form, and a range with both ends.
func TestDigestAmounts(t *testing.T) {
	out, _, err := run(t, "Уряд виділить 1,5-2 млрд гривень, а інвестиції сягнули 62 млрд доларів.", "extract", "--format", "text", "-")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"= 1500000000–2000000000 UAH range", "= 62000000000 USD"} {
		if !strings.Contains(out, want) {
			t.Errorf("digest lacks %q:\n%s", want, out)
		}
	}
}
