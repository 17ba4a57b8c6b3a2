package tag

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/vistka/vistka/bruk"
)

// TrainConfig sets up Train. The zero value trains with the defaults.
type TrainConfig struct {
	Epochs int // passes over the data; 0 means 6
	// GuessRare makes training analyse forms seen at most GuessRare times
	// in the training sentences with the lexicon's guesser (when the
	// lexicon is a Guesser), so that the model learns what unknown words
	// look like. 0 means 1; a negative value turns it off.
	GuessRare int
	// MaxWeights keeps only the largest averaged weights (by magnitude);
	// it trades accuracy for model size, about 5 bytes a weight. 0 means
	// 1,000,000.
	MaxWeights int
	Seed       uint64          // shuffles the sentences between epochs
	Dev        []bruk.Sentence // when set, scored after every epoch for the log
	Log        io.Writer       // progress; nil for none
	Meta       string          // free text stored in the model (licence, data, command)
}

func (c *TrainConfig) defaults() {
	if c.Epochs == 0 {
		c.Epochs = 6
	}
	if c.GuessRare == 0 {
		c.GuessRare = 1
	}
	if c.MaxWeights == 0 {
		c.MaxWeights = 1_000_000
	}
}

// prepared is a sentence ready for decoding.
type prepared struct {
	toks  []token
	words []word // toks at their places
}

// prepare turns gold sentences into tokens with candidates. When gold is
// true, the gold analysis is added to the candidates where the lexicon
// lacks it and recorded in token.gold.
func prepare(sents []bruk.Sentence, lex Lexicon, sp specials, ts tagSource, guessForms map[string]bool, gold bool) []prepared {
	out := make([]prepared, len(sents))
	var buf []Candidate
	var kb []byte
	for si, s := range sents {
		toks := make([]token, len(s.Tokens))
		var lower []byte
		for i, bt := range s.Tokens {
			lower = prepareToken(&toks[i], bt.Surface, lower)
		}
		for i, bt := range s.Tokens {
			t := &toks[i]
			guess := guessForms != nil && guessForms[string(t.lower)]
			t.cands, buf = candidates(nil, bt.Surface, t.lower, lex, guess, sp, ts, buf, kb)
			t.gold = -1
			if gold {
				for ci, c := range t.cands {
					if c.tag.str == bt.Tag && c.lemma == bt.Lemma {
						t.gold = int32(ci)
						break
					}
				}
				if t.gold < 0 {
					t.gold = int32(len(t.cands))
					t.cands = append(t.cands, cand{tag: ts.info(bt.Tag), lemma: bt.Lemma, added: true})
				}
			}
			t.cands = slices.Clip(t.cands)
			finishCands(t)
		}
		out[si] = prepared{toks, words(toks)}
	}
	return out
}

// weightTable maps a (feature, label) pair to the index of its weight:
// open addressing over 64-bit keys.
type weightTable struct {
	keys []uint64
	idx  []int32
	n    int
}

func pairKey(f uint64, l uint16) uint64 {
	k := mix(f, uint64(l)+1)
	if k == 0 {
		k = 1
	}
	return k
}

func (t *weightTable) get(k uint64) int32 {
	if k == 0 {
		k = zeroKey
	}
	if len(t.keys) == 0 {
		return -1
	}
	mask := uint64(len(t.keys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.idx[i]
		case 0:
			return -1
		}
	}
}

// zeroKey stands for the key 0, which marks empty slots.
const zeroKey = 0x9E3779B97F4A7C15

func (t *weightTable) put(k uint64, v int32) {
	if k == 0 {
		k = zeroKey
	}
	if 2*(t.n+1) > len(t.keys) {
		old, oldIdx := t.keys, t.idx
		size := max(1<<16, 2*len(old))
		t.keys, t.idx, t.n = make([]uint64, size), make([]int32, size), 0
		for i, ok := range old {
			if ok != 0 {
				t.put(ok, oldIdx[i])
			}
		}
	}
	mask := uint64(len(t.keys) - 1)
	i := k & mask
	for t.keys[i] != 0 {
		i = (i + 1) & mask
	}
	t.keys[i], t.idx[i] = k, v
	t.n++
}

// trainer holds the perceptron's weights, their running sums for
// averaging, and which feature and label each belongs to.
type trainer struct {
	table  weightTable // pairKey(feature, label) → weight index
	byFeat weightTable // feature → index in blocks
	blocks [][]tentry  // per feature, its weights
	mark   [1 << 16]int16
	w      []int32
	u      []int64 // sum of c·delta, for the average w - u/c
	feat   []uint64
	label  []uint16
	c      int64 // instances seen + 1
	avg    bool  // score with averaged weights
}

type tentry struct {
	label uint16
	idx   int32
}

func (tr *trainer) add(feats []uint64, labels []uint16, acc []float32) {
	for j, l := range labels {
		tr.mark[l] = int16(j + 1)
	}
	for _, f := range feats {
		b := tr.byFeat.get(f)
		if b < 0 {
			continue
		}
		for _, e := range tr.blocks[b] {
			if k := tr.mark[e.label]; k != 0 {
				if tr.avg {
					acc[k-1] += float32(tr.average(e.idx))
				} else {
					acc[k-1] += float32(tr.w[e.idx])
				}
			}
		}
	}
	for _, l := range labels {
		tr.mark[l] = 0
	}
}

func (tr *trainer) average(i int32) float64 {
	return float64(tr.w[i]) - float64(tr.u[i])/float64(tr.c)
}

func (tr *trainer) update(f uint64, l uint16, d int32) {
	k := pairKey(f, l)
	i := tr.table.get(k)
	if i < 0 {
		i = int32(len(tr.w))
		tr.w = append(tr.w, 0)
		tr.u = append(tr.u, 0)
		tr.feat = append(tr.feat, f)
		tr.label = append(tr.label, l)
		tr.table.put(k, i)
		b := tr.byFeat.get(f)
		if b < 0 {
			b = int32(len(tr.blocks))
			tr.blocks = append(tr.blocks, nil)
			tr.byFeat.put(f, b)
		}
		tr.blocks[b] = append(tr.blocks[b], tentry{l, i})
	}
	tr.w[i] += d
	tr.u[i] += tr.c * int64(d)
}

func (tr *trainer) addAll(feats []uint64, acc []float32) {
	for j, f := range feats {
		i := tr.table.get(pairKey(f, allLabel))
		if i < 0 {
			continue
		}
		if tr.avg {
			acc[j] += float32(tr.average(i))
		} else {
			acc[j] += float32(tr.w[i])
		}
	}
}

// learn moves the weights towards candidate g and away from p of the
// token whose features are feats; gcf and pcf are their candidate
// features.
func (tr *trainer) learn(feats []uint64, g, p *cand, gcf, pcf *[maxCF]uint64) {
	if g.tag != p.tag {
		for _, lg := range g.tag.labels {
			if lg != noLabel && !slices.Contains(p.tag.labels[:], lg) {
				for _, f := range feats {
					tr.update(f, lg, 1)
				}
			}
		}
		for _, lp := range p.tag.labels {
			if lp != noLabel && !slices.Contains(g.tag.labels[:], lp) {
				for _, f := range feats {
					tr.update(f, lp, -1)
				}
			}
		}
	}
	for _, f := range gcf {
		if f != 0 && !slices.Contains(pcf[:], f) {
			tr.update(f, allLabel, 1)
		}
	}
	for _, f := range pcf {
		if f != 0 && !slices.Contains(gcf[:], f) {
			tr.update(f, allLabel, -1)
		}
	}
}

// Train trains a model on sents, asking lex for the candidates of words.
// It is deterministic: the same sentences, lexicon and configuration give
// the same model bytes.
func Train(ctx context.Context, sents []bruk.Sentence, lex Lexicon, cfg TrainConfig) (*Model, error) {
	data, err := TrainBytes(ctx, sents, lex, cfg)
	if err != nil {
		return nil, err
	}
	return Open(data)
}

// TrainBytes is Train returning the model file's bytes.
func TrainBytes(ctx context.Context, sents []bruk.Sentence, lex Lexicon, cfg TrainConfig) ([]byte, error) {
	cfg.defaults()
	start := time.Now()
	tr, reg, sp, err := train(ctx, sents, lex, cfg)
	if err != nil {
		return nil, err
	}
	out, err := tr.export(reg, sp, cfg)
	if err != nil {
		return nil, err
	}
	if cfg.Log != nil {
		fmt.Fprintf(cfg.Log, "tag: model %d bytes (%v)\n", len(out), time.Since(start).Round(time.Second))
	}
	return out, nil
}

func train(ctx context.Context, sents []bruk.Sentence, lex Lexicon, cfg TrainConfig) (*trainer, *registry, specials, error) {
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format, args...)
		}
	}
	start := time.Now()
	sp := buildSpecials(sents)
	reg := newRegistry()
	var guessForms map[string]bool
	if _, ok := lex.(Guesser); ok && cfg.GuessRare > 0 {
		counts := make(map[string]int)
		for _, s := range sents {
			for _, t := range s.Tokens {
				counts[Normalize(t.Surface)]++
			}
		}
		guessForms = make(map[string]bool)
		for f, n := range counts {
			if n <= cfg.GuessRare {
				guessForms[f] = true
			}
		}
	}
	data := prepare(sents, lex, sp, reg, guessForms, true)
	var dev []prepared
	if len(cfg.Dev) > 0 {
		dev = prepare(cfg.Dev, lex, sp, reg, nil, false)
	}
	logf("tag: prepared %d sentences in %v\n", len(data), time.Since(start).Round(time.Millisecond))

	tr := &trainer{c: 1}
	var s scratch
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7461676765720001))
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var n, errs int
		for _, si := range order {
			toks := data[si].words
			var st state
			for i := range toks {
				t := toks[i].token
				pick := 0
				if len(t.cands) > 1 {
					pick = s.best(toks, i, &st, tr)
					if pick != int(t.gold) {
						errs++
						tr.learn(s.feats, &t.cands[t.gold], &t.cands[pick], &s.cfs[t.gold], &s.cfs[pick])
					}
					tr.c++
				}
				n++
				st.advance(t, &t.cands[pick])
			}
		}
		msg := fmt.Sprintf("tag: epoch %d: train accuracy %.4f, %d weights", epoch, 1-float64(errs)/float64(n), len(tr.w))
		if dev != nil {
			tr.avg = true
			m := evaluate(dev, cfg.Dev, tr)
			tr.avg = false
			msg += fmt.Sprintf("; dev %s", m)
		}
		logf("%s (%v)\n", msg, time.Since(start).Round(time.Second))
	}
	return tr, reg, sp, nil
}

// decodeGreedy picks a candidate for every token of toks, left to right.
func decodeGreedy(toks []word, w scorer, s *scratch, picks []int) []int {
	picks = picks[:0]
	var st state
	for i := range toks {
		t := toks[i].token
		pick := 0
		if len(t.cands) > 1 {
			pick = s.best(toks, i, &st, w)
		}
		picks = append(picks, pick)
		st.advance(t, &t.cands[pick])
	}
	for i := range picks {
		picks[i] = surnameBeforePrep(toks, picks, i)
		picks[i] = nameOverArchaic(toks, picks, i)
		picks[i] = placeOverSurname(toks, picks, i)
	}
	if slices.ContainsFunc(toks, func(w word) bool { return w.token.cands[0].guess }) {
		model := slices.Clone(picks) // (both words of a name read against the model's picks)
		for i := range picks {
			picks[i] = nameOverGuessedVerb(toks, model, i)
			if picks[i] != model[i] && i > 0 {
				picks[i-1] = firstNameBefore(toks[i-1].token, picks[i-1])
			}
		}
	}
	return picks
}

// quantum is the unit weights are stored in, relative to the largest.
func quantum(ws []float64) float64 {
	var maxAbs float64
	for _, w := range ws {
		maxAbs = math.Max(maxAbs, math.Abs(w))
	}
	if maxAbs == 0 {
		return 1
	}
	return maxAbs / 32767
}
