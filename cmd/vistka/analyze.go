package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/bruk"
	"github.com/vistka/vistka/pipeline"
	"github.com/vistka/vistka/tokenize"
)

func init() {
	commands["analyze"] = command{"tokens, sentences, lemmas and VESUM tags of a text", runAnalyze}
}

func runAnalyze(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	input := fs.String("input", "text", "input `kind`: text (raw text) or tokens (one token a line, blank line between sentences)")
	format := fs.String("format", "tsv", "output `format` for raw text: tsv (CoNLL-U style) or json (JSON Lines, a sentence a line)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: vistka analyze [--input text|tokens] [--format tsv|json] [FILE|-]")
		fmt.Fprintln(e.stderr, "Example: echo 'Блінкен прибув до Астани.' | vistka analyze")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if err := oneOf("input", *input, "text", "tokens"); err != nil {
		return err
	}
	if err := oneOf("format", *format, "tsv", "json"); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usagef("analyze takes one FILE or -")
	}
	r := e.stdin
	name := "-"
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			return vistka.Errorf(vistka.EINVALID, "%v", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return vistka.Errorf(vistka.EINVALID, "%s is a directory", name)
		}
		r = f
	}
	tagger, err := pipeline.LoadTagger()
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	if *input == "tokens" {
		tr := bruk.NewTokenReader(r, name)
		for {
			s, err := tr.Next()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return vistka.Errorf(vistka.EINVALID, "%v", err)
			}
			tagger.TagSentence(s)
			if err := bruk.WriteSentence(w, s); err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
		}
	}
	br := bufio.NewReader(r)
	if head, _ := br.Peek(4096); bytes.IndexByte(head, 0) >= 0 {
		// Text has no NUL bytes; tokenized, binary data is pages of junk.
		return vistka.Errorf(vistka.EINVALID, "%s: not UTF-8 text (it has NUL bytes)", name)
	}
	tr := tokenize.NewReader(br)
	n := 0
	for {
		s, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return vistka.Errorf(vistka.EINVALID, "%s: %v", name, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		tagger.TagSentence(&s)
		n++
		if *format == "json" {
			err = writeSentenceJSON(w, &s)
		} else {
			err = writeSentenceTSV(w, n, &s)
		}
		if err != nil {
			return err
		}
	}
}

// writeSentenceTSV writes one sentence CoNLL-U style: comments with the
// sentence's code-point range and text, then ID, FORM, LEMMA, TAGS, START
// and END (code points) a token a line, and a blank line.
func writeSentenceTSV(w *bufio.Writer, n int, s *vistka.Sentence) error {
	fmt.Fprintf(w, "# sent_id = %d\n# range = %d-%d\n# text = ", n, s.RStart, s.REnd)
	for i, t := range s.Tokens {
		if i > 0 {
			w.WriteByte(' ')
		}
		w.WriteString(oneLine(t.Text))
	}
	w.WriteByte('\n')
	for i, t := range s.Tokens {
		w.WriteString(strconv.Itoa(i + 1))
		w.WriteByte('\t')
		w.WriteString(oneLine(t.Text))
		w.WriteByte('\t')
		w.WriteString(oneLine(t.Lemma))
		w.WriteByte('\t')
		w.WriteString(t.Tag)
		w.WriteByte('\t')
		w.WriteString(strconv.Itoa(t.RStart))
		w.WriteByte('\t')
		w.WriteString(strconv.Itoa(t.REnd))
		w.WriteByte('\n')
	}
	return w.WriteByte('\n')
}

// oneLine keeps a field on its line: tabs and line breaks (possible inside
// multi-part tokens such as "т. зв.") become spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, s)
}

type jsonToken struct {
	Text  string `json:"text"`
	Lemma string `json:"lemma"`
	Tag   string `json:"tag"`
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonSentence struct {
	Start  int         `json:"start"`
	End    int         `json:"end"`
	Tokens []jsonToken `json:"tokens"`
}

func writeSentenceJSON(w *bufio.Writer, s *vistka.Sentence) error {
	js := jsonSentence{Start: s.RStart, End: s.REnd, Tokens: make([]jsonToken, len(s.Tokens))}
	for i, t := range s.Tokens {
		js.Tokens[i] = jsonToken{t.Text, t.Lemma, t.Tag, t.Kind.String(), t.RStart, t.REnd}
	}
	b, err := json.Marshal(js)
	if err != nil {
		return err
	}
	w.Write(b)
	return w.WriteByte('\n')
}
