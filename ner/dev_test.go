package ner_test

import (
	"context"
	"hash/fnv"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/brat"
	"github.com/vistka/vistka/cluster"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/cputime"
	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/ner"
)

func splitDocs(t testing.TB) (train, dev []brat.Document) {
	docs, err := brat.ReadDir(shared.TestPath(t, "ner-uk", "train"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if ner.IsDev(d.ID) {
			dev = append(dev, d)
		} else {
			train = append(train, d)
		}
	}
	return train, dev
}

func TestExperiment(t *testing.T) {
	if os.Getenv("NER_EXPERIMENT") == "" {
		t.Skip("set NER_EXPERIMENT=1")
	}
	train, dev := splitDocs(t)
	t.Logf("%d train, %d dev", len(train), len(dev))
	if os.Getenv("NER_CV") != "" {
		crossValidate(t, train)
		return
	}
	start := time.Now()
	cfg := ner.TrainConfig{Log: os.Stderr}
	cfg.Epochs, _ = strconv.Atoi(os.Getenv("NER_EPOCHS"))
	cfg.MinCount, _ = strconv.Atoi(os.Getenv("NER_MINCOUNT"))
	cfg.Prune, _ = strconv.ParseFloat(os.Getenv("NER_PRUNE"), 64)
	if os.Getenv("NER_GAZ") != "" {
		cfg.Gazetteer = gazetteer.Default()
	}
	if os.Getenv("NER_MORPH") != "" {
		cfg.Morph = morphology(t)
	}
	m, err := ner.Train(context.Background(), train, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %v, %d bytes", time.Since(start), m.Size())
	r, err := ner.Evaluate(context.Background(), m, dev, ner.EvalConfig{Morph: cfg.Morph})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", r)
}

func expConfig() ner.TrainConfig {
	cfg := ner.TrainConfig{}
	cfg.Epochs, _ = strconv.Atoi(os.Getenv("NER_EPOCHS"))
	cfg.MinCount, _ = strconv.Atoi(os.Getenv("NER_MINCOUNT"))
	cfg.Prune, _ = strconv.ParseFloat(os.Getenv("NER_PRUNE"), 64)
	margin, _ := strconv.ParseFloat(os.Getenv("NER_MARGIN"), 64)
	cfg.Margin = float32(margin)
	if os.Getenv("NER_GAZ") != "" {
		cfg.Gazetteer = gazetteer.Default()
	}
	return cfg
}

// crossValidate scores the experiment's config on three folds of the
// training documents (never the dev split), pooling the counts.
func crossValidate(t *testing.T, docs []brat.Document) {
	cfg := expConfig()
	if os.Getenv("NER_MORPH") != "" {
		cfg.Morph = morphology(t)
	}
	fold := func(id string) int {
		h := fnv.New32a()
		h.Write([]byte(id))
		return (int(h.Sum32()%10) - 1) / 3
	}
	var pooled ner.Report
	pooled.ByType = map[string]ner.Count{}
	for k := range 3 {
		var tr, te []brat.Document
		for _, d := range docs {
			if fold(d.ID) == k {
				te = append(te, d)
			} else {
				tr = append(tr, d)
			}
		}
		m, err := ner.Train(context.Background(), tr, cfg)
		if err != nil {
			t.Fatal(err)
		}
		r, err := ner.Evaluate(context.Background(), m, te, ner.EvalConfig{Morph: cfg.Morph})
		if err != nil {
			t.Fatal(err)
		}
		for ty, c := range r.ByType {
			p := pooled.ByType[ty]
			p.TP += c.TP
			p.FP += c.FP
			p.FN += c.FN
			pooled.ByType[ty] = p
		}
		t.Logf("fold %d: micro %.4f PLO %.4f", k, r.Micro().F1(), r.Micro("PERS", "LOC", "ORG").F1())
	}
	t.Logf("cross-validation, pooled:\n%s", pooled)
}

func TestErrors(t *testing.T) {
	if os.Getenv("NER_ERRORS") == "" {
		t.Skip("set NER_ERRORS=1")
	}
	_, dev := splitDocs(t)
	m, err := ner.Open(mustRead(t, modelPath(t)))
	m = m.WithGazetteer(gazetteer.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dev {
		pred := m.Find(ner.Prepare([]brat.Document{d}, nil, nil)[0])
		gold := ner.Outermost(ner.Spans(d))
		type key struct{ s, e int }
		g := map[key]string{}
		for _, s := range gold {
			g[key{s.Start, s.End}] = s.Type
		}
		p := map[key]string{}
		for _, s := range pred {
			p[key{s.Start, s.End}] = s.Type
			if gt := g[key{s.Start, s.End}]; gt != s.Type {
				t.Logf("FP %s %-6s (gold %-6s) %q", d.ID, s.Type, gt, s.Text)
			}
		}
		for _, s := range gold {
			if _, ok := p[key{s.Start, s.End}]; !ok {
				t.Logf("FN %s %-6s %q", d.ID, s.Type, s.Text)
			}
		}
	}
}

// Floors on the development split, a little under what the checked-in
// model measures (see the package documentation).
const (
	floorMicro = 0.81
	floorPLO   = 0.86
)

func TestDevFloor(t *testing.T) {
	m := loadModel(t)
	if os.Getenv("NER_NOPROP") != "" {
		ner.SetPropagate(false)
		defer ner.SetPropagate(true)
	}
	if os.Getenv("NER_NOHARM") != "" {
		ner.SetHarmonize(false)
		defer ner.SetHarmonize(true)
	}
	_, dev := splitDocs(t)
	cfg := ner.EvalConfig{}
	if m.UsesMorphology() && os.Getenv("NER_NOMORPH") == "" {
		cfg.Morph = morphology(t)
	}
	r, err := ner.Evaluate(context.Background(), m, dev, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dev split, %d documents:\n%s", r.Docs, r)
	if f := r.Micro().F1(); f < floorMicro {
		t.Errorf("micro F1 %.3f under the floor %.2f", f, floorMicro)
	}
	if f := r.Micro("PERS", "LOC", "ORG").F1(); f < floorPLO {
		t.Errorf("PERS+LOC+ORG F1 %.3f under the floor %.2f", f, floorPLO)
	}
}

func BenchmarkFind(b *testing.B) {
	m := loadModel(b)
	_, dev := splitDocs(b)
	var docs [][]vistka.Sentence
	words := 0
	for _, d := range dev {
		var an ner.Analyzer
		if m.UsesMorphology() {
			an = morphology(b)
		}
		s := ner.Prepare([]brat.Document{d}, nil, an)[0]
		docs = append(docs, s)
		for _, x := range s {
			words += len(x.Tokens)
		}
	}
	m.Find(docs[0]) // load the gazetteer
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	for b.Loop() {
		for _, d := range docs {
			m.Find(d)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	// CPU time too: on a shared machine wall time says little.
	b.ReportMetric(float64(words)*float64(b.N)/(cputime.Used()-cpu0).Seconds(), "words/cpu-s")
}

// TestWriteModel trains the shipped model and writes it where
// NER_WRITE says: `NER_WRITE=../models/uk-ner.bin go test ./ner -run WriteModel`
// (NER_CLUSTERS=1 adds the word-class features, which it ships without).
// `vistka train ner` does the same through TrainCorpus.
func TestWriteModel(t *testing.T) {
	out := os.Getenv("NER_WRITE")
	if out == "" {
		t.Skip("set NER_WRITE=path")
	}
	cfg := ner.TrainConfig{Log: os.Stderr, Gazetteer: gazetteer.Default(), MinCount: 1, Runs: 4, Prune: 0.008, Margin: 2, Dropout: 0.1}
	if os.Getenv("NER_MORPH") != "" {
		cfg.Morph = morphology(t)
		cfg.MorphName = "(models/uk-tagger.bin with a lexicon of BRUK's training part)"
	}
	if os.Getenv("NER_CLUSTERS") != "0" { // on, as `vistka train ner` has it
		c, err := cluster.Default()
		if err != nil {
			t.Fatal(err)
		}
		cfg.Clusters = c
	}
	m, r, err := ner.TrainCorpus(context.Background(), shared.TestPath(t, "ner-uk", "train"), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dev:\n%s", r)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.WriteTo(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func mustRead(t testing.TB, path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestInner scores Inner against the nested annotations of the dev split.
func TestInner(t *testing.T) {
	m := loadModel(t)
	_, dev := splitDocs(t)
	var an ner.Analyzer
	if m.UsesMorphology() {
		an = morphology(t)
	}
	var c ner.Count
	for _, d := range dev {
		sents := ner.Prepare([]brat.Document{d}, nil, an)[0]
		outer := ner.Outermost(ner.Spans(d))
		type key struct{ s, e int }
		isOuter := map[key]bool{}
		for _, s := range outer {
			isOuter[key{s.Start, s.End}] = true
		}
		gold := map[key]string{}
		for _, s := range ner.Spans(d) {
			if !isOuter[key{s.Start, s.End}] {
				gold[key{s.Start, s.End}] = s.Type
			}
		}
		for _, s := range ner.Inner(sents, m.Find(sents)) {
			if gold[key{s.Start, s.End}] == s.Type {
				c.TP++
				delete(gold, key{s.Start, s.End})
			} else {
				c.FP++
			}
		}
		c.FN += len(gold)
	}
	t.Logf("nested spans on dev: P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d)", c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
}
