package ner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/brat"
	"github.com/vistka/vistka/cluster"
	"github.com/vistka/vistka/tokenize"
)

// Analyzer fills Token.Lemma and Token.Tag (VESUM tags joined by ':') of
// the tokens of a sentence: the morphology the tagger reads. The
// pipeline's Tagger fits behind it.
type Analyzer interface {
	TagSentence(s *vistka.Sentence)
}

// AnalyzerFunc adapts a function to Analyzer.
type AnalyzerFunc func(s *vistka.Sentence)

// TagSentence calls f(s).
func (f AnalyzerFunc) TagSentence(s *vistka.Sentence) { f(s) }

// TrainConfig says how to train.
type TrainConfig struct {
	Epochs   int       // passes over the data; 0 means 12
	MinCount int       // features seen fewer times are dropped; 0 means 2
	Prune    float64   // averaged weights below Prune×max are dropped; 0 means 0.002, <0 none
	Seed     uint64    // shuffling seed
	Tokenize Tokenizer // nil means tokenize.Sentences
	// Morph, when set, fills lemmas and tags before features are built,
	// and the model uses morphology features. Find must then be given
	// sentences tagged by the same morphology.
	Morph Analyzer
	// MorphName says in the model's metadata which morphology it was
	// trained with.
	MorphName string
	// Gazetteer, when set, adds name-list membership features.
	Gazetteer Gazetteer
	// Clusters, when set, adds the classes of the lemmas (with Morph;
	// else of the words) of w-1, w0 and w+1 as features. A model opened with
	// Open uses the embedded classes (cluster.Default), which must be the
	// ones given here.
	Clusters *cluster.Clusters
	Log      io.Writer // progress; nil for none
	// Meta is stored in the model (training data, licence).
	Meta string
	// NoHistory turns off the features of the types predicted earlier in
	// the document for the same stem.
	NoHistory bool
	// Runs is how many times training goes over the data in different
	// orders (seeds Seed, Seed+1, …); the model is the mean of the runs'
	// averaged weights, which varies less with the order. 0 means 1.
	Runs int
	// Margin is added in training to the score of every wrong label, so
	// that updates continue until the gold sequence wins by a margin
	// (loss-augmented decoding); 0 means 1, <0 the plain perceptron.
	Margin float32
	// Dropout is the probability with which each feature of a token is
	// left out of a training step (drawn anew for every sentence in every
	// epoch), so that no single feature carries a decision alone; 0 for
	// none.
	Dropout float64
	// WideCase, WideMarks and WideLemma, with Morph, add the cases, the
	// name markers (prop, fname, geo, …) and the lemmas of w-2 and w+2 as
	// features, beside those of w-1, w0 and w+1. The shipped model has
	// none of them: 3-fold CV (micro, PERS+LOC+ORG) of the shipped
	// settings, 0.8093/0.8595 without, moved within the noise of the
	// shuffling seed with them (case 0.8111/0.8608, marks 0.8118/0.8615
	// but 0.8105/0.8601 → 0.8107/0.8596 with seed 7, case and marks
	// 0.8107/0.8593, all three 0.8094/0.8595), and dev fell.
	WideCase, WideMarks, WideLemma bool
	// Stack, when above 1, trains a stacked model of two stages (see
	// stack.go): the first is the model these options give without
	// Stack; the second reads the first's labels of the whole document.
	// The first-stage labels the second is trained on come from Stack
	// models each trained without a Stack-th of the documents (document
	// i is left out of the model i%Stack), so training costs Stack+2
	// trainings, and tagging about twice as much as one stage. The
	// shipped model has none: with Stack 3, 3-fold CV (micro,
	// PERS+LOC+ORG) went 0.8142/0.8636 → 0.8166/0.8658 with seed 0 and
	// 0.8147/0.8648 → 0.8166/0.8650 with seed 7, inside the noise for
	// PERS+LOC+ORG, and dev did not move.
	Stack int
}

// sample is one training sentence: its gold labels and feature indices.
type sample struct {
	keys  []string // history keys of the tokens
	gold  []uint8
	feats []int32 // feature indices, token i at offs[i]:offs[i+1]
	offs  []int32
}

// Prepare reads docs as the pipeline does: it tokenizes them (nil tok
// means tokenize.Sentences), runs morph, when not nil, over the
// sentences, and refines them (Refine): the sentences Train and Evaluate
// see.
func Prepare(docs []brat.Document, tok Tokenizer, morph Analyzer) [][]vistka.Sentence {
	if tok == nil {
		tok = tokenize.Sentences
	}
	out := make([][]vistka.Sentence, len(docs))
	for i, d := range docs {
		out[i] = tok(d.Text)
		for j := range out[i] {
			if morph != nil {
				morph.TagSentence(&out[i][j])
			}
			out[i][j] = Refine(out[i][j])
		}
	}
	return out
}

// Train trains a model on docs. The same documents and config give a
// model file with identical bytes.
func Train(ctx context.Context, docs []brat.Document, cfg TrainConfig) (*Model, error) {
	sents := Prepare(docs, cfg.Tokenize, cfg.Morph)
	if cfg.Stack < 2 {
		return train(ctx, docs, sents, cfg, nil, nil)
	}
	k := cfg.Stack
	if len(docs) < k {
		return nil, vistka.Errorf(vistka.EINVALID, "stacking in %d parts needs as many documents, have %d", k, len(docs))
	}
	c1 := cfg
	c1.Stack = 0
	// The first stage's labels of each document, from a model that did
	// not see it.
	labels := make([][][]uint8, len(docs))
	for j := range k {
		var ds []brat.Document
		var ss [][]vistka.Sentence
		for i := range docs {
			if i%k != j {
				ds = append(ds, docs[i])
				ss = append(ss, sents[i])
			}
		}
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "ner: stacking, first stage without part %d of %d\n", j+1, k)
		}
		mj, err := train(ctx, ds, ss, c1, nil, nil)
		if err != nil {
			return nil, err
		}
		for i := j; i < len(docs); i += k {
			labels[i] = mj.labelDoc(sents[i], sents[i])
		}
	}
	if cfg.Log != nil {
		fmt.Fprintf(cfg.Log, "ner: stacking, first stage\n")
	}
	first, err := train(ctx, docs, sents, c1, nil, nil)
	if err != nil {
		return nil, err
	}
	if cfg.Log != nil {
		fmt.Fprintf(cfg.Log, "ner: stacking, second stage\n")
	}
	return train(ctx, docs, sents, cfg, labels, first)
}

// train trains a model on docs, read as sents. With first, it trains the
// second stage of a stacked model over first, stack holding the
// first-stage labels of the tokens of sents.
func train(ctx context.Context, docs []brat.Document, sents [][]vistka.Sentence, cfg TrainConfig, stack [][][]uint8, first *Model) (*Model, error) {
	if cfg.Epochs == 0 {
		cfg.Epochs = 12
	}
	if cfg.MinCount == 0 {
		cfg.MinCount = 2
	}
	if cfg.Prune == 0 {
		cfg.Prune = 0.002
	}
	if cfg.Margin == 0 {
		cfg.Margin = 1
	}
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format, args...)
		}
	}
	start := time.Now()
	var set uint32
	if cfg.Morph != nil {
		set |= featMorph
	}
	if cfg.Gazetteer != nil {
		set |= featGaz
	}
	if cfg.Clusters != nil {
		set |= featCluster
	}
	if cfg.Morph != nil {
		if cfg.WideCase {
			set |= featWideCase
		}
		if cfg.WideMarks {
			set |= featWideMark
		}
		if cfg.WideLemma {
			set |= featWideLemma
		}
	}
	if first != nil {
		set |= featStack
	}
	f := featurizer{set: set, gaz: cfg.Gazetteer, clu: cfg.Clusters}

	// Pass 1: count features.
	counts := map[uint32]int32{}
	type raw struct {
		keys   []string
		gold   []uint8
		hashes []uint32
		offs   []int32
	}
	var raws []raw
	docStart := make([]int, len(docs)+1) // first sentence of each document
	misaligned := 0
	for i, d := range docs {
		docStart[i] = len(raws)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		spans := Outermost(Spans(d))
		f.setDoc(sents[i])
		if first != nil {
			f.setStack(sents[i], stack[i])
		}
		for j := range sents[i] {
			f.stkSent = j
			s := &sents[i][j]
			gold := make([]uint8, len(s.Tokens))
			misaligned += encode(s, spans, gold)
			f.extract(s)
			r := raw{keys: slices.Clone(f.keys), gold: gold, hashes: make([]uint32, len(f.out)), offs: make([]int32, len(f.offs))}
			for k, h := range f.out { // folded already
				r.hashes[k] = h
				counts[h]++
			}
			for k, o := range f.offs {
				r.offs[k] = int32(o)
			}
			raws = append(raws, r)
		}
	}
	docStart[len(docs)] = len(raws)
	history := !cfg.NoHistory
	if history {
		set |= featHist
		for t := range Types {
			counts[histHash(t)] += int32(cfg.MinCount)
		}
	}
	var hashes []uint32
	for h, c := range counts {
		if int(c) >= cfg.MinCount {
			hashes = append(hashes, h)
		}
	}
	slices.Sort(hashes)
	idx := make(map[uint32]int32, len(hashes))
	for i, h := range hashes {
		idx[h] = int32(i)
	}
	counts = nil
	samples := make([]sample, len(raws))
	ntok := 0
	for i, r := range raws {
		s := sample{keys: r.keys, gold: r.gold, offs: make([]int32, len(r.offs))}
		for t := 0; t+1 < len(r.offs); t++ {
			s.offs[t] = int32(len(s.feats))
			for _, h := range r.hashes[r.offs[t]:r.offs[t+1]] {
				if k, ok := idx[h]; ok {
					s.feats = append(s.feats, k)
				}
			}
		}
		s.offs[len(r.offs)-1] = int32(len(s.feats))
		samples[i] = s
		ntok += len(r.gold)
	}
	raws = nil
	logf("ner: %d documents, %d sentences, %d tokens, %d features, %d spans off token bounds (%v)\n",
		len(docs), len(samples), ntok, len(hashes), misaligned, time.Since(start).Round(time.Millisecond))

	nl := numLabels
	runs := max(cfg.Runs, 1)
	trainRun := func(run int) (*perceptron, error) {
		p := newPerceptron(len(hashes), nl)
		allowed := allowedTransitions()
		// Documents are visited in random order, their sentences in order, so
		// that the history features see what was predicted before.
		order := make([]int, len(docs))
		for i := range order {
			order[i] = i
		}
		histIdx := make([]int32, len(Types))
		for t := range Types {
			histIdx[t] = idx[histHash(t)]
		}
		var dyn []int32           // history feature indices of the current sentence
		var kept, keptOff []int32 // the features not dropped out
		var dynOff []int32
		rng := rand.New(rand.NewPCG(cfg.Seed+uint64(run), 0x5eed))
		var vit viterbi
		var em []float32
		var pred []uint8
		for ep := 0; ep < cfg.Epochs; ep++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs := 0
			for _, di := range order {
				hist := map[string]uint16{}
				for si := docStart[di]; si < docStart[di+1]; si++ {
					if err := ctx.Err(); err != nil {
						return nil, err
					}
					s := &samples[si]
					n := len(s.gold)
					dyn, dynOff = dyn[:0], dynOff[:0]
					for t := range n {
						dynOff = append(dynOff, int32(len(dyn)))
						if !history || s.keys[t] == "" {
							continue
						}
						for b, seen := 0, hist[s.keys[t]]; seen != 0; b, seen = b+1, seen>>1 {
							if seen&1 != 0 {
								dyn = append(dyn, histIdx[b])
							}
						}
					}
					dynOff = append(dynOff, int32(len(dyn)))
					sf, so := s.feats, s.offs
					if cfg.Dropout > 0 {
						kept, keptOff = kept[:0], keptOff[:0]
						for t := range n {
							keptOff = append(keptOff, int32(len(kept)))
							for _, k := range s.feats[s.offs[t]:s.offs[t+1]] {
								if rng.Float64() >= cfg.Dropout {
									kept = append(kept, k)
								}
							}
						}
						keptOff = append(keptOff, int32(len(kept)))
						sf, so = kept, keptOff
					}
					feats := func(t int) ([]int32, []int32) {
						return sf[so[t]:so[t+1]], dyn[dynOff[t]:dynOff[t+1]]
					}
					em = slices.Grow(em[:0], n*nl)[:n*nl]
					clear(em)
					for t := range n {
						row := em[t*nl : (t+1)*nl]
						a, b := feats(t)
						for _, fs := range [2][]int32{a, b} {
							for _, k := range fs {
								w := p.w[int(k)*nl : int(k+1)*nl]
								for l := range row {
									row[l] += w[l]
								}
							}
						}
					}
					if cfg.Margin > 0 {
						for t := range n {
							row := em[t*nl : (t+1)*nl]
							for l := range row {
								if l != int(s.gold[t]) {
									row[l] += cfg.Margin
								}
							}
						}
					}
					pred = vit.decode(em, n, nl, p.trans, allowed, pred)
					if history {
						remember(hist, s.keys, pred)
					}
					p.c++
					if slices.Equal(pred, s.gold) {
						continue
					}
					errs++
					for t := range n {
						g, q := int(s.gold[t]), int(pred[t])
						if g != q {
							a, b := feats(t)
							for _, fs := range [2][]int32{a, b} {
								for _, k := range fs {
									p.update(int(k)*nl+g, 1)
									p.update(int(k)*nl+q, -1)
								}
							}
						}
						gp, qp := nl, nl // start row
						if t > 0 {
							gp, qp = int(s.gold[t-1]), int(pred[t-1])
						}
						if gp != qp || g != q {
							p.updateTrans(gp*nl+g, 1)
							p.updateTrans(qp*nl+q, -1)
						}
					}
					g, q := int(s.gold[n-1]), int(pred[n-1])
					if g != q {
						p.updateTrans((nl+1)*nl+g, 1)
						p.updateTrans((nl+1)*nl+q, -1)
					}
				}
			}
			logf("ner: run %d, epoch %d: %d of %d sentences wrong (%v)\n", run+1, ep+1, errs, len(samples), time.Since(start).Round(time.Millisecond))
		}
		return p, nil
	}
	// The runs are independent: they go in parallel, and their results
	// are combined in run order, so the model does not depend on timing.
	ps := make([]*perceptron, runs)
	errs := make([]error, runs)
	sem := make(chan struct{}, max(1, min(runs, runtime.GOMAXPROCS(0))))
	var wg sync.WaitGroup
	for run := range runs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			ps[run], errs[run] = trainRun(run)
			<-sem
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	p := ps[0]
	if runs > 1 {
		// The mean of the runs' averaged weights, as a perceptron whose
		// average is its weights.
		avg := func(q *perceptron, w float32, u float64) float64 { return float64(w) - u/max(q.c, 1) }
		for i := range p.w {
			sum := 0.0
			for _, q := range ps {
				sum += avg(q, q.w[i], q.u[i])
			}
			p.w[i], p.u[i] = float32(sum/float64(runs)), 0
		}
		for i := range p.trans {
			sum := 0.0
			for _, q := range ps {
				sum += avg(q, q.trans[i], q.transU[i])
			}
			p.trans[i], p.transU[i] = float32(sum/float64(runs)), 0
		}
		p.c = 1
	}
	ps = nil
	parts := p.finish(hashes, cfg.Prune)
	parts.set = set
	parts.meta = cfg.Meta
	if first != nil {
		parts.first = first.data
	}
	data := parts.encode()
	logf("ner: model %d bytes, trained in %v\n", len(data), time.Since(start).Round(time.Millisecond))
	m, err := open(data, cfg.Clusters)
	if err != nil {
		return nil, vistka.Errorf(vistka.EINVALID, "open entity model: %v", err)
	}
	return m.WithGazetteer(cfg.Gazetteer), nil
}

// perceptron holds weights and their running sums for averaging: the
// averaged weight is w - u/c (Daumé's trick).
type perceptron struct {
	nl     int
	w      []float32
	u      []float64
	trans  []float32
	transU []float64
	c      float64
}

func newPerceptron(nfeat, nl int) *perceptron {
	return &perceptron{
		nl: nl,
		w:  make([]float32, nfeat*nl), u: make([]float64, nfeat*nl),
		trans: make([]float32, (nl+2)*nl), transU: make([]float64, (nl+2)*nl),
	}
}

func (p *perceptron) update(i int, d float32) {
	p.w[i] += d
	p.u[i] += p.c * float64(d)
}

func (p *perceptron) updateTrans(i int, d float32) {
	p.trans[i] += d
	p.transU[i] += p.c * float64(d)
}

// finish averages, prunes and quantises the weights.
func (p *perceptron) finish(hashes []uint32, prune float64) *modelParts {
	nl := p.nl
	c := p.c
	if c == 0 {
		c = 1
	}
	avg := func(w float32, u float64) float64 { return float64(w) - u/c }
	maxAbs := 0.0
	for i := range p.w {
		maxAbs = max(maxAbs, math.Abs(avg(p.w[i], p.u[i])))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	threshold := prune * maxAbs
	parts := &modelParts{scale: float32(scale), trans: make([]float32, len(p.trans))}
	for i := range p.trans {
		parts.trans[i] = float32(avg(p.trans[i], p.transU[i]))
	}
	for f, h := range hashes {
		w := make([]int16, nl)
		any := false
		for l := range nl {
			a := avg(p.w[f*nl+l], p.u[f*nl+l])
			if math.Abs(a) < threshold {
				continue
			}
			w[l] = int16(math.Round(a / scale))
			any = any || w[l] != 0
		}
		if any {
			parts.hashes = append(parts.hashes, h)
			parts.wts = append(parts.wts, w)
		}
	}
	return parts
}
