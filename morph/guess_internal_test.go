package morph

import (
	"cmp"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vistka/vistka/bruk"
	"github.com/vistka/vistka/internal/shared"
)

// encoderOf rebuilds the encoder view of an opened lexicon, so that the
// guesser can be retrained without rebuilding the lexicon.
func encoderOf(l *Lexicon) *encoder {
	e := &encoder{cs: &l.cs, tags: l.tags, tagBits: l.tagBits, maxEnd: l.maxEnd}
	for i := 0; i+1 < len(l.endOff); i++ {
		e.ends = append(e.ends, string(l.ending(uint32(i))))
	}
	for p := 0; p < len(l.paraLemma); p++ {
		para := paradigm{lemma: l.paraLemma[p]}
		for s := int(l.paraOff[p]); s < int(l.paraOff[p+1]); s++ {
			para.slots = append(para.slots, l.paraSlots[s])
		}
		e.paras = append(e.paras, para)
	}
	for p := 0; p < len(l.recs); {
		stem, cnt, ids := l.rec(p)
		for k := range cnt {
			e.lexemes = append(e.lexemes, lexeme{string(stem), uint32(l.paraID(ids + k*l.paraBytes))})
		}
		p = ids + cnt*l.paraBytes
	}
	return e
}

func TestGuessExperiment(t *testing.T) {
	path := os.Getenv("MORPH_GUESS_EXPERIMENT")
	if path == "" {
		t.Skip("set MORPH_GUESS_EXPERIMENT to a lexicon file")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	env := func(k string) int { n, _ := strconv.Atoi(os.Getenv(k)); return n }
	if v, err := strconv.ParseFloat(os.Getenv("GDECAY"), 64); err == nil {
		guessDecay = v
	}
	if v, err := strconv.ParseFloat(os.Getenv("GLOWER"), 64); err == nil {
		guessLowerWeight = v
	}
	cfg := GuessConfig{MaxSuffix: env("GS"), MinCount: env("GMIN"), TopN: env("GTOP"), MinStem: env("GSTEM")}
	e := encoderOf(l)
	secs, slotBits, err := e.buildGuesser(cfg)
	if err != nil {
		t.Fatal(err)
	}
	size := 0
	for _, s := range secs {
		size += len(s.data)
	}
	cfg.defaults()
	secs2, _ := readFile(data)
	var all []section
	for id, d := range secs2 {
		if id < secGuessHash || id == secShapes {
			all = append(all, section{id, d})
		}
	}
	all = append(all, secs...)
	params := u32s(secs2[secParams])
	p := make([]uint32, numParams)
	for i := range p {
		p[i] = params.at(i)
	}
	p[paramGuessMaxSuffix] = uint32(cfg.MaxSuffix) | uint32(cfg.MinStem)<<8 | uint32(slotBits)<<16
	for i := range all {
		if all[i].id == secParams {
			all[i].data = appendU32s(nil, p...)
		}
	}
	l2, err := Open(writeFile(all))
	if err != nil {
		t.Fatal(err)
	}
	sents, err := bruk.ReadFile(shared.TestPath(t, "bruk", "train.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	n, topk, top1, lemma1 := 0, 0, 0, 0
	for _, s := range sents {
		if !bruk.IsDev(s.Doc) {
			continue
		}
		for _, tk := range s.Tokens {
			switch tagPOS(tk.Tag) {
			case "punct", "number", "symb", "unclass":
				continue
			}
			if l2.Known(tk.Surface) {
				continue
			}
			n++
			gs := l2.Guess(tk.Surface, 5)
			for i, g := range gs {
				if g.Lemma == NormApostrophe(tk.Lemma) && g.Tag == tk.Tag {
					topk++
					if i == 0 {
						top1++
					}
				}
			}
			if len(gs) > 0 && gs[0].Lemma == NormApostrophe(tk.Lemma) {
				lemma1++
			} else if os.Getenv("GVERBOSE") != "" {
				t.Logf("%s %s %s -> %v", tk.Surface, tk.Lemma, tk.Tag, gs[:min(2, len(gs))])
			}
		}
	}
	t.Logf("decay %.2f lower %.2f %+v: %d bytes; %d unknown; top-5 %.3f top-1 %.3f lemma-1 %.3f", guessDecay, guessLowerWeight, cfg, size, n,
		float64(topk)/float64(n), float64(top1)/float64(n), float64(lemma1)/float64(n))
}

// TestGuessOrder checks guessOrder against slices.SortStableFunc on
// readings with many ties (it is stable, though merged readings never
// tie), short lists and lists past its index buffer.
func TestGuessOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	lemmas := []string{"а", "б", "в"}
	byScore := func(a, b *Guess) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.Lemma, b.Lemma), cmp.Compare(a.TagID, b.TagID))
	}
	for _, n := range []int{0, 1, 2, 3, 17, 128, 129, 700} {
		gs := make([]Guess, n)
		for i := range gs {
			gs[i] = Guess{Lemma: lemmas[rng.IntN(len(lemmas))], TagID: TagID(rng.IntN(2)), Score: float64(rng.IntN(4)), para: i}
		}
		want := slices.Clone(gs)
		slices.SortStableFunc(want, func(a, b Guess) int { return byScore(&a, &b) })
		var got []Guess
		for _, i := range guessOrder(nil, gs) {
			got = append(got, gs[i])
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d readings: got %v, want %v", n, got, want)
		}
	}
}

// mergeGuessesSorted is mergeGuesses as two stable sorts: the
// definition mergeGuesses must agree with.
func mergeGuessesSorted(out []Guess, dst []Guess) []Guess {
	slices.SortStableFunc(out, func(a, b Guess) int {
		return cmp.Or(cmp.Compare(a.TagID, b.TagID), strings.Compare(a.Lemma, b.Lemma), cmp.Compare(b.Score, a.Score), cmp.Compare(a.para, b.para))
	})
	n0 := len(dst)
	merged := dst
	for _, g := range out {
		if n := len(merged); n > n0 && merged[n-1].Lemma == g.Lemma && merged[n-1].TagID == g.TagID {
			merged[n-1].Score += g.Score
			continue
		}
		merged = append(merged, g)
	}
	slices.SortStableFunc(merged[n0:], func(a, b Guess) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.Lemma, b.Lemma), cmp.Compare(a.TagID, b.TagID))
	})
	return merged
}

// TestMergeGuesses checks mergeGuesses against two stable sorts on
// readings with many equal lemmas, tags, scores and paradigms, stems
// that tell apart readings equal otherwise, and scores whose sums depend
// on the order of adding; also with dst sharing out's array.
func TestMergeGuesses(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	lemmas := []string{"а", "б", "ба", "аб", "", "вода", "воду"}
	scores := []float64{0.1, 0.2, 0.3, 1e-17, 1, 0.7}
	for _, n := range []int{0, 1, 2, 3, 5, 17, 48, 127, 128, 129, 300} {
		for rep := range 20 {
			gs := make([]Guess, n)
			for i := range gs {
				lemma := lemmas[rng.IntN(len(lemmas))]
				if rep%2 == 1 { // many groups
					lemma = strconv.Itoa(rng.IntN(n))
				}
				gs[i] = Guess{Lemma: lemma, TagID: TagID(rng.IntN(3)),
					Score: scores[rng.IntN(len(scores))], para: rng.IntN(3), stem: strconv.Itoa(i)}
			}
			head := rng.IntN(4)
			pre := make([]Guess, head)
			for i := range pre {
				pre[i] = Guess{Lemma: "x", stem: "pre"}
			}
			want := mergeGuessesSorted(slices.Clone(gs), slices.Clone(pre))
			if got := mergeGuesses(slices.Clone(gs), slices.Clone(pre)); !slices.Equal(got, want) {
				t.Fatalf("%d readings (%d): got %v, want %v", n, rep, got, want)
			}
			// As guessCompound calls it: dst is the head of out's array.
			all := append(slices.Clone(pre), gs...)
			if got := mergeGuesses(all[head:len(all):len(all)], all[:head]); !slices.Equal(got, want) {
				t.Fatalf("%d readings (%d), shared: got %v, want %v", n, rep, got, want)
			}
		}
	}
}
