package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/brat"
	"github.com/vistka/vistka/html"
	"github.com/vistka/vistka/internal/hugepage"
	"github.com/vistka/vistka/pipeline"
)

func init() {
	commands["extract"] = command{"read entities, quotes, sources, amounts, dates and events out of articles", runExtract}
}

// maxDocument bounds one input file; larger inputs are refused, not cut.
const maxDocument = 64 << 20

func runExtract(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	format := fs.String("format", "json", "output `format`: json, brat or text")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` that relative dates are resolved against")
	out := fs.String("out", "", "write one file per input into `DIR` (NAME.json or NAME.ann) instead of stdout")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: vistka extract --format json|brat|text [--published YYYY-MM-DD] [--out DIR] FILE...")
		fmt.Fprintln(e.stderr, "Example: vistka extract --format text --published 2023-02-28 article.txt")
		fmt.Fprintln(e.stderr, "A FILE is plain text (UTF-8, windows-1251, koi8-u) or a saved HTML page; a page's main text")
		fmt.Fprintln(e.stderr, "is extracted, its date used without --published, and --format json carries its title and text.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if err := oneOf("format", *format, "json", "brat", "text"); err != nil {
		return err
	}
	var pub time.Time
	if *published != "" {
		t, err := parseDay(*published)
		if err != nil {
			return usagef("--published %q: %v", *published, err)
		}
		pub = t
	}
	files := fs.Args()
	if len(files) == 0 {
		return usagef("extract: no input files (use - for stdin)")
	}
	var outPaths []string
	if *out != "" {
		ext := map[string]string{"json": ".json", "brat": ".ann", "text": ".txt"}[*format]
		var err error
		if outPaths, err = outputPaths(*out, ext, files); err != nil {
			return err
		}
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return err
		}
	}
	// Huge pages for the models and caches (a batch of documents runs
	// ~10% faster); advice only, so no reason to fail.
	_ = hugepage.Prime(0)
	p, err := pipeline.Load()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	var failed int
	for i, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		text, page, err := readDocument(e, name)
		if err != nil {
			fmt.Fprintf(e.stderr, "vistka: %s: %s\n", name, message(err))
			failed++
			continue
		}
		at := pub
		if at.IsZero() && page != nil {
			at = page.Published
		}
		x := p.Extract(text, at)
		dst := io.Writer(w)
		var f *os.File
		if *out != "" {
			f, err = os.Create(outPaths[i])
			if err != nil {
				return err
			}
			dst = f
		}
		switch *format {
		case "json":
			err = writeJSON(dst, x, page)
		case "brat":
			err = brat.Write(dst, annotations(x.Spans))
		case "text":
			err = writeDigest(dst, name, text, x)
		}
		if f != nil {
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs could not be read", failed, len(files))
	}
	return nil
}

// outputPaths is where --out dir puts the result of each of files, NAME
// and ext. It refuses a command line that would write one result over
// another (a.txt and a.html) or over an input (with --format text, the
// result of a.txt in its own folder is a.txt itself).
func outputPaths(dir, ext string, files []string) ([]string, error) {
	paths := make([]string, len(files))
	from := make(map[string]string, len(files))
	for i, name := range files {
		base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		if name == "-" {
			base = "stdin"
		}
		paths[i] = filepath.Join(dir, base+ext)
		if prev, ok := from[paths[i]]; ok {
			return nil, usagef("--out: the results of %s and %s would both be %s", prev, name, paths[i])
		}
		from[paths[i]] = name
	}
	var inputs []os.FileInfo
	for _, name := range files {
		if fi, err := os.Stat(name); err == nil && name != "-" {
			inputs = append(inputs, fi)
		}
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		for _, in := range inputs {
			if os.SameFile(fi, in) {
				return nil, usagef("--out: the result of %s would overwrite the input %s", from[p], p)
			}
		}
	}
	return paths, nil
}

// parseDay reads a YYYY-MM-DD date. A date in that form that no calendar
// has (2023-02-31) is told apart from a date in another form, so that the
// message does not ask for the form the user already gave.
func parseDay(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err == nil {
		return t, nil
	}
	var pe *time.ParseError
	if errors.As(err, &pe) && pe.Message != "" {
		return t, fmt.Errorf("no such date (%s)", strings.TrimPrefix(pe.Message, ": "))
	}
	return t, errors.New("want YYYY-MM-DD")
}

// readDocument reads one input: plain text of at most maxDocument bytes,
// or a saved HTML page (by its extension, or by its first bytes), whose
// main text is read as ingest reads it and returned with the page.
//
// Text in UTF-8 is taken as it is; invalid bytes in it are kept (offsets
// count each bad byte as one code point). Text that is mostly not UTF-8 is
// decoded from the legacy Cyrillic encoding it reads as (windows-1251,
// koi8-u: one byte a letter, so offsets still count the file's bytes), or
// from UTF-16 after a byte-order mark. NUL bytes without such a mark are
// binary data, not text.
func readDocument(e env, name string) (string, *vistka.Document, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return "", nil, vistka.Errorf(vistka.EINVALID, "%v", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return "", nil, vistka.Errorf(vistka.EINVALID, "is a directory") // the caller names it
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxDocument+1))
	if err != nil {
		return "", nil, vistka.Errorf(vistka.EINVALID, "read: %v", err)
	}
	if len(b) > maxDocument {
		return "", nil, vistka.Errorf(vistka.ETOOLARGE, "larger than %d MB", maxDocument>>20)
	}
	ext := filepath.Ext(name)
	if html.PageExt(ext) || !strings.EqualFold(ext, ".txt") && !strings.EqualFold(ext, ".text") &&
		html.Looks(bytes.TrimLeft(b[:min(len(b), 4096)], "\xef\xbb\xbf \t\r\n")) {
		return readPage(b)
	}
	utf16 := bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
	if bytes.IndexByte(b, 0) >= 0 && !utf16 {
		return "", nil, vistka.Errorf(vistka.EINVALID, "not a text file (binary data)")
	}
	if utf16 || mostlyNotUTF8(b) {
		text, _ := html.DecodeText(b)
		return text, nil, nil
	}
	return string(b), nil, nil
}

// readPage reads a saved page's main text and metadata.
func readPage(b []byte) (string, *vistka.Document, error) {
	doc, err := html.Read(bytes.NewReader(b), "")
	if err != nil {
		return "", nil, err
	}
	return doc.Text, doc, nil
}

// mostlyNotUTF8 reports whether b has more bytes that are no part of a
// UTF-8 sequence than runes of two bytes or more: a file in a single-byte
// encoding, not UTF-8 with a stray bad byte.
func mostlyNotUTF8(b []byte) bool {
	bad, wide := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			wide++
		}
		i += size
	}
	return bad > wide
}

// writeJSON writes x as one line of JSON; for a page, with its title and
// the main text the offsets count in, which no file holds. The encoder
// writes from its own buffer, where Marshal would copy the whole text once
// more (and appending the newline could copy it a third time): for a 20 MB
// document that is ~70 MB less at the peak of memory.
func writeJSON(w io.Writer, x *vistka.Extraction, page *vistka.Document) error {
	if page == nil {
		return json.NewEncoder(w).Encode(x)
	}
	return json.NewEncoder(w).Encode(struct {
		*vistka.Extraction
		Title string `json:"title,omitempty"`
		Text  string `json:"text"`
	}{x, page.Title, page.Text})
}

// writeDigest prints an extraction as a short human-readable digest.
func writeDigest(w io.Writer, name, text string, x *vistka.Extraction) error {
	bw := bufio.NewWriter(w)
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	who := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
	list := func(ids []string) string {
		var s []string
		for _, id := range ids {
			s = append(s, who(id))
		}
		return strings.Join(s, ", ")
	}
	fmt.Fprintf(bw, "# %s\n", name)
	fmt.Fprintf(bw, "language: %s", cmp.Or(x.Language, "unknown"))
	if x.Published != "" {
		fmt.Fprintf(bw, "   published: %s", x.Published)
	}
	fmt.Fprintln(bw)
	if x.Source.Publisher != "" || len(x.Source.Via) > 0 || len(x.Source.Photo) > 0 {
		fmt.Fprint(bw, "source:")
		if x.Source.Publisher != "" {
			fmt.Fprintf(bw, " %s", x.Source.Publisher)
		}
		if len(x.Source.Via) > 0 {
			fmt.Fprintf(bw, " via %s", strings.Join(x.Source.Via, ", "))
		}
		if len(x.Source.Photo) > 0 {
			fmt.Fprintf(bw, "; photo: %s", strings.Join(x.Source.Photo, ", "))
		}
		fmt.Fprintln(bw)
	}
	if len(x.Entities) > 0 {
		fmt.Fprintln(bw, "\nentities:")
		for _, e := range x.Entities {
			fmt.Fprintf(bw, "  %-4s %-5s %s", e.ID, e.Type, e.Name)
			if len(e.Titles) > 0 {
				fmt.Fprintf(bw, " — %s", strings.Join(e.Titles, "; "))
			}
			if len(e.Mentions) == 1 {
				fmt.Fprintf(bw, " (1 mention)\n")
			} else {
				fmt.Fprintf(bw, " (%d mentions)\n", len(e.Mentions))
			}
		}
	}
	if len(x.Quotes) > 0 {
		fmt.Fprintln(bw, "\nquotes:")
		for _, q := range x.Quotes {
			kind := "indirect"
			if q.Direct {
				kind = "direct"
			}
			sp := who(q.Speaker)
			if sp == "" {
				sp = "?"
			}
			fmt.Fprintf(bw, "  %s (%s, %s): %s\n", sp, q.Cue, kind, shorten(q.Text, 160))
		}
	}
	if len(x.Amounts) > 0 {
		fmt.Fprintln(bw, "\namounts:")
		for _, a := range x.Amounts {
			v := "?"
			if a.Value != nil {
				v = strconv.FormatFloat(*a.Value, 'f', -1, 64)
				if a.Max != nil {
					v += "–" + strconv.FormatFloat(*a.Max, 'f', -1, 64)
				}
			}
			fmt.Fprintf(bw, "  %s = %s %s %s\n", a.Text, v, a.Unit, a.Bound)
		}
	}
	if len(x.Dates) > 0 {
		fmt.Fprintln(bw, "\ndates:")
		for _, d := range x.Dates {
			v := "?"
			if d.Value != nil {
				v = *d.Value
			}
			fmt.Fprintf(bw, "  %s = %s\n", d.Text, v)
		}
	}
	if len(x.Events) > 0 {
		fmt.Fprintln(bw, "\nevents:")
		for _, ev := range x.Events {
			fmt.Fprintf(bw, "  %s", ev.Type)
			if ev.Mode != "" {
				fmt.Fprintf(bw, "/%s", ev.Mode)
			}
			actors := list(ev.Actors)
			if actors == "" {
				actors = "?"
			}
			fmt.Fprintf(bw, " %s", actors)
			if len(ev.Recipients) > 0 {
				fmt.Fprintf(bw, " → %s", list(ev.Recipients))
			}
			if ev.Place != "" {
				fmt.Fprintf(bw, " in %s", who(ev.Place))
			}
			if ev.Date != "" {
				fmt.Fprintf(bw, " on %s", ev.Date)
			}
			if len(ev.Aux) > 0 {
				fmt.Fprintf(bw, " [%s]", strings.Join(ev.Aux, ","))
			}
			fmt.Fprintf(bw, " (%s)\n", ev.Trigger)
		}
	}
	return bw.Flush()
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// annotations turns spans into brat T lines, numbered in text order.
func annotations(spans []vistka.Span) []brat.Annotation {
	out := make([]brat.Annotation, len(spans))
	for i, sp := range spans {
		out[i] = brat.Annotation{ID: fmt.Sprintf("T%d", i+1), Type: sp.Type, Start: sp.Start, End: sp.End, Text: sp.Text}
	}
	return out
}
