package ner

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/brat"
)

// Count is true positives, false positives and false negatives of one type.
type Count struct{ TP, FP, FN int }

// P is precision.
func (c Count) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is recall.
func (c Count) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R.
func (c Count) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is exact-span-match scores per type. Gold spans are the
// outermost ones, as Find returns.
type Report struct {
	Docs   int
	ByType map[string]Count
}

// Micro sums the counts of the given types (all types when none given).
func (r Report) Micro(types ...string) Count {
	if len(types) == 0 {
		types = Types
	}
	var c Count
	for _, t := range types {
		x := r.ByType[t]
		c.TP += x.TP
		c.FP += x.FP
		c.FN += x.FN
	}
	return c
}

// Add scores the predicted spans of one document against its gold spans.
func (r *Report) Add(gold, pred []vistka.Span) {
	if r.ByType == nil {
		r.ByType = map[string]Count{}
	}
	r.Docs++
	type key struct {
		s, e int
		t    string
	}
	g := map[key]bool{}
	for _, s := range Outermost(gold) {
		g[key{s.Start, s.End, s.Type}] = true
	}
	for _, s := range pred {
		k := key{s.Start, s.End, s.Type}
		c := r.ByType[s.Type]
		if g[k] {
			c.TP++
			delete(g, k)
		} else {
			c.FP++
		}
		r.ByType[s.Type] = c
	}
	for k := range g {
		c := r.ByType[k.t]
		c.FN++
		r.ByType[k.t] = c
	}
}

// WriteTable prints the report as a table: a row per type, then micro
// averages over all types and over PERS, LOC, ORG.
func (r Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "type\tgold\tfound\tP\tR\tF1\t\n")
	row := func(name string, c Count) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", name, c.TP+c.FN, c.TP+c.FP, c.P(), c.R(), c.F1())
	}
	for _, t := range Types {
		row(t, r.ByType[t])
	}
	row("micro", r.Micro())
	row("PERS+LOC+ORG", r.Micro("PERS", "LOC", "ORG"))
	return tw.Flush()
}

func (r Report) String() string {
	var b strings.Builder
	r.WriteTable(&b)
	return b.String()
}

// EvalConfig says how to read the documents scored.
type EvalConfig struct {
	Tokenize Tokenizer // nil means tokenize.Sentences
	Morph    Analyzer  // should be set when the model UsesMorphology
	// Filter keeps the documents whose ID it accepts; nil keeps all.
	Filter func(id string) bool
}

// Evaluate scores m on docs.
func Evaluate(ctx context.Context, m *Model, docs []brat.Document, cfg EvalConfig) (Report, error) {
	var r Report
	r.ByType = map[string]Count{}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		if cfg.Filter != nil && !cfg.Filter(d.ID) {
			continue
		}
		sents := Prepare([]brat.Document{d}, cfg.Tokenize, cfg.Morph)[0]
		r.Add(Spans(d), m.Find(sents))
	}
	return r, nil
}

// EvalDir scores m on the documents of a folder in NER-UK layout
// (ID.txt with ID.ann, in any subfolders): the entry point of
// `vistka eval ner --gold DIR`.
func EvalDir(ctx context.Context, m *Model, dir string, cfg EvalConfig) (Report, error) {
	docs, err := brat.ReadDir(dir)
	if err != nil {
		return Report{}, vistka.Errorf(vistka.EINVALID, "%v", err)
	}
	return Evaluate(ctx, m, docs, cfg)
}
