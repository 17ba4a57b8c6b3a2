package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/brat"
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
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if err := oneOf("format", *format, "json", "brat", "text"); err != nil {
		return err
	}
	var pub time.Time
	if *published != "" {
		t, err := time.Parse(time.DateOnly, *published)
		if err != nil {
			return usagef("--published %q: want YYYY-MM-DD", *published)
		}
		pub = t
	}
	files := fs.Args()
	if len(files) == 0 {
		return usagef("extract: no input files (use - for stdin)")
	}
	if *out != "" {
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
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		text, err := readDocument(e, name)
		if err != nil {
			fmt.Fprintf(e.stderr, "vistka: %s: %v\n", name, err)
			failed++
			continue
		}
		x := p.Extract(text, pub)
		dst := io.Writer(w)
		var f *os.File
		if *out != "" {
			ext := map[string]string{"json": ".json", "brat": ".ann", "text": ".txt"}[*format]
			base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
			if name == "-" {
				base = "stdin"
			}
			f, err = os.Create(filepath.Join(*out, base+ext))
			if err != nil {
				return err
			}
			dst = f
		}
		switch *format {
		case "json":
			err = writeJSON(dst, x)
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

// readDocument reads one input as text: UTF-8, at most maxDocument bytes.
// Invalid UTF-8 is kept (offsets count each bad byte as one code point).
func readDocument(e env, name string) (string, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return "", vistka.Errorf(vistka.EINVALID, "%v", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return "", vistka.Errorf(vistka.EINVALID, "%s is a directory", name)
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxDocument+1))
	if err != nil {
		return "", vistka.Errorf(vistka.EINVALID, "read: %v", err)
	}
	if len(b) > maxDocument {
		return "", vistka.Errorf(vistka.ETOOLARGE, "larger than %d MB", maxDocument>>20)
	}
	return string(b), nil
}

// writeJSON writes x as one line of JSON. The encoder writes from its own
// buffer, where Marshal would copy the whole text once more (and appending
// the newline could copy it a third time): for a 20 MB document that is
// ~70 MB less at the peak of memory.
func writeJSON(w io.Writer, x *vistka.Extraction) error {
	return json.NewEncoder(w).Encode(x)
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
	fmt.Fprintf(bw, "language: %s", x.Language)
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
				v = fmt.Sprintf("%.10g", *a.Value)
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
