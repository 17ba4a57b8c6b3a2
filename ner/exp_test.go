package ner_test

import (
	"bytes"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/brat"
	"github.com/vistka/vistka/cluster"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/ner"
)

// cachedMorph remembers the analyses of sentences by their words, so that
// the trainings of one experiment tag each sentence once.
type cachedMorph struct {
	an ner.Analyzer
	mu sync.Mutex
	m  map[string][][2]string
}

func (c *cachedMorph) TagSentence(s *vistka.Sentence) {
	var b strings.Builder
	for _, t := range s.Tokens {
		b.WriteString(t.Text)
		b.WriteByte(0)
	}
	k := b.String()
	c.mu.Lock()
	a, ok := c.m[k]
	c.mu.Unlock()
	if !ok {
		c.an.TagSentence(s)
		a = make([][2]string, len(s.Tokens))
		for i, t := range s.Tokens {
			a[i] = [2]string{t.Lemma, t.Tag}
		}
		c.mu.Lock()
		c.m[k] = a
		c.mu.Unlock()
		return
	}
	for i := range s.Tokens {
		s.Tokens[i].Lemma, s.Tokens[i].Tag = a[i][0], a[i][1]
	}
}

// TestExp trains the shipped configuration (morphology, gazetteer) with
// the options of the environment and scores it on the dev split and by
// 3-fold cross-validation inside the training documents, two trainings at
// a time: NER_EXP=1 go test ./ner -run TestExp -v. NER_CLUSTERS=1 adds
// the word-class features (the folds' texts were in the clustering
// corpus; the dev documents were not).
func TestExp(t *testing.T) {
	if os.Getenv("NER_EXP") == "" {
		t.Skip("set NER_EXP=1")
	}
	train, dev := splitDocs(t)
	an := &cachedMorph{an: morphology(t), m: map[string][][2]string{}}
	ner.Prepare(train, nil, an)
	ner.Prepare(dev, nil, an)
	cfg := ner.TrainConfig{Gazetteer: gazetteer.Default(), MinCount: 1, Morph: an}
	if v, err := strconv.Atoi(os.Getenv("NER_EPOCHS")); err == nil {
		cfg.Epochs = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_MINCOUNT")); err == nil {
		cfg.MinCount = v
	}
	if v, err := strconv.ParseFloat(os.Getenv("NER_PRUNE"), 64); err == nil {
		cfg.Prune = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_RUNS")); err == nil {
		cfg.Runs = v
	}
	if v, err := strconv.ParseUint(os.Getenv("NER_SEED"), 0, 64); err == nil {
		cfg.Seed = v
	}
	if v, err := strconv.ParseFloat(os.Getenv("NER_MARGIN"), 64); err == nil {
		cfg.Margin = float32(v)
	}
	if v, err := strconv.ParseFloat(os.Getenv("NER_DROPOUT"), 64); err == nil {
		cfg.Dropout = v
	}
	// NER_STACK=K trains stacked models, the first stage's labels of the
	// training documents from K models each without a K-th of them.
	if v, err := strconv.Atoi(os.Getenv("NER_STACK")); err == nil {
		cfg.Stack = v
	}
	if v, err := strconv.Atoi(os.Getenv("NER_STACKLOCAL")); err == nil {
		ner.SetStackLocal(v > 0)
	}
	if os.Getenv("NER_CLUSTERS") == "1" {
		c, err := cluster.Default()
		if err != nil {
			t.Fatal(err)
		}
		cfg.Clusters = c
	}
	// NER_WIDE=case,mark,lemma adds the morphology features of w-2 and w+2.
	for w := range strings.SplitSeq(os.Getenv("NER_WIDE"), ",") {
		switch w {
		case "case":
			cfg.WideCase = true
		case "mark":
			cfg.WideMarks = true
		case "lemma":
			cfg.WideLemma = true
		case "":
		default:
			t.Fatalf("NER_WIDE: unknown %q", w)
		}
	}
	if v, err := strconv.Atoi(os.Getenv("NER_BRANCH")); err == nil {
		ner.SetBranches(v > 0)
	}
	if v, err := strconv.Atoi(os.Getenv("NER_NAMED")); err == nil {
		ner.SetNamedAfter(v > 0)
	}
	if v, err := strconv.Atoi(os.Getenv("NER_STREET")); err == nil {
		ner.SetStreets(v > 0)
	}
	if v, err := strconv.Atoi(os.Getenv("NER_PERIOD")); err == nil {
		ner.SetPeriods(v > 0)
	}
	// NER_OFF=name,name turns rules after decoding off (ner.SetRule).
	for name := range strings.SplitSeq(os.Getenv("NER_OFF"), ",") {
		if name != "" && !ner.SetRule(name, false) {
			t.Fatalf("NER_OFF: unknown rule %q", name)
		}
	}
	fold := func(id string) int {
		h := fnv.New32a()
		h.Write([]byte(id))
		return (int(h.Sum32()%10) - 1) / 3
	}
	type job struct {
		tr, te []brat.Document
		r      ner.Report
		size   int
		took   time.Duration
	}
	jobs := []*job{{tr: train, te: dev}}
	for k := range 3 {
		j := &job{}
		for _, d := range train {
			if fold(d.ID) == k {
				j.te = append(j.te, d)
			} else {
				j.tr = append(j.tr, d)
			}
		}
		jobs = append(jobs, j)
	}
	par := 2
	if v, err := strconv.Atoi(os.Getenv("NER_PAR")); err == nil {
		par = v
	}
	sem := make(chan bool, par)
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		sem <- true
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			start := time.Now()
			// NER_MODELS=DIR keeps the models of the trainings in DIR
			// and, with NER_LOAD=1, reads them from there instead of
			// training: rules after decoding are then tried in seconds.
			var m *ner.Model
			var err error
			file := ""
			if dir := os.Getenv("NER_MODELS"); dir != "" {
				file = fmt.Sprintf("%s/job%d.bin", dir, slices.Index(jobs, j))
			}
			if file != "" && os.Getenv("NER_LOAD") == "1" {
				data, rerr := os.ReadFile(file)
				if rerr != nil {
					t.Error(rerr)
					return
				}
				if m, err = ner.Open(data); err == nil {
					m = m.WithGazetteer(cfg.Gazetteer)
				}
			} else {
				m, err = ner.Train(context.Background(), j.tr, cfg)
				if err == nil && file != "" {
					var b bytes.Buffer
					m.WriteTo(&b)
					err = os.WriteFile(file, b.Bytes(), 0o644)
				}
			}
			if err != nil {
				t.Error(err)
				return
			}
			j.took, j.size = time.Since(start), m.Size()
			j.r, err = ner.Evaluate(context.Background(), m, j.te, ner.EvalConfig{Morph: an})
			if err != nil {
				t.Error(err)
			}
			// NER_DUMPDEV=1 dumps the dev split's errors instead of the folds'.
			if dump := os.Getenv("NER_DUMP"); dump != "" && (j == jobs[0]) == (os.Getenv("NER_DUMPDEV") == "1") {
				f, err := os.OpenFile(dump, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
				if err != nil {
					t.Error(err)
					return
				}
				defer f.Close()
				for _, d := range j.te {
					sents := ner.Prepare([]brat.Document{d}, nil, an)[0]
					writeErrors(f, d, m.Find(sents))
				}
			}
		}()
	}
	wg.Wait()
	var cv ner.Report
	cv.ByType = map[string]ner.Count{}
	for _, j := range jobs[1:] {
		for ty, c := range j.r.ByType {
			p := cv.ByType[ty]
			p.TP += c.TP
			p.FP += c.FP
			p.FN += c.FN
			cv.ByType[ty] = p
		}
	}
	d := jobs[0].r
	t.Logf("dev (trained in %v, %d bytes):\n%s\ncv:\n%s", jobs[0].took.Round(time.Millisecond), jobs[0].size, d, cv)
	line := fmt.Sprintf("RESULT %s dev %.4f %.4f cv %.4f %.4f\n", os.Getenv("NER_TAG"),
		d.Micro().F1(), d.Micro("PERS", "LOC", "ORG").F1(), cv.Micro().F1(), cv.Micro("PERS", "LOC", "ORG").F1())
	t.Log(line)
	if f, err := os.OpenFile("/tmp/ner_results.txt", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); err == nil {
		f.WriteString(line)
		f.Close()
	}
}

// writeErrors writes the differences between the gold spans of d and
// pred: TYPE (same span, other type), BOUND (overlapping), FP, FN.
func writeErrors(w io.Writer, d brat.Document, pred []vistka.Span) {
	gold := ner.Outermost(ner.Spans(d))
	type key struct{ s, e int }
	g := map[key]vistka.Span{}
	for _, s := range gold {
		g[key{s.Start, s.End}] = s
	}
	p := map[key]vistka.Span{}
	for _, s := range pred {
		p[key{s.Start, s.End}] = s
	}
	// NER_DUMPCTX=1 adds the text around each error, a last column.
	ctx := func(s vistka.Span) string {
		if os.Getenv("NER_DUMPCTX") == "" {
			return ""
		}
		r := []rune(d.Text)
		a, b := max(s.Start-60, 0), min(s.End+60, len(r))
		if s.Start < 0 || s.End > len(r) || s.Start > s.End {
			return ""
		}
		return "\t" + strings.ReplaceAll(string(r[a:s.Start])+"[["+string(r[s.Start:s.End])+"]]"+string(r[s.End:b]), "\n", " ")
	}
	overlap := func(a vistka.Span, xs []vistka.Span) *vistka.Span {
		for i := range xs {
			if xs[i].Start < a.End && a.Start < xs[i].End {
				return &xs[i]
			}
		}
		return nil
	}
	for _, s := range pred {
		if gs, ok := g[key{s.Start, s.End}]; ok {
			if gs.Type != s.Type {
				fmt.Fprintf(w, "TYPE\t%s\t%s->%s\t%q%s\n", d.ID, gs.Type, s.Type, s.Text, ctx(s))
			}
			continue
		}
		if o := overlap(s, gold); o != nil {
			fmt.Fprintf(w, "BOUND\t%s\t%s/%s\t%q\tgold %q%s\n", d.ID, o.Type, s.Type, s.Text, o.Text, ctx(s))
			continue
		}
		fmt.Fprintf(w, "FP\t%s\t%s\t%q%s\n", d.ID, s.Type, s.Text, ctx(s))
	}
	for _, s := range gold {
		if _, ok := p[key{s.Start, s.End}]; ok {
			continue
		}
		if overlap(s, pred) == nil {
			fmt.Fprintf(w, "FN\t%s\t%s\t%q%s\n", d.ID, s.Type, s.Text, ctx(s))
		}
	}
}

// TestDevErrors writes the differences between the shipped model and the
// dev split's gold to the file NER_DEVERR names.
func TestDevErrors(t *testing.T) {
	path := os.Getenv("NER_DEVERR")
	if path == "" {
		t.Skip("set NER_DEVERR=FILE")
	}
	m := loadModel(t)
	an := morphology(t)
	_, dev := splitDocs(t)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, d := range dev {
		writeErrors(f, d, m.Find(ner.Prepare([]brat.Document{d}, nil, an)[0]))
	}
}
