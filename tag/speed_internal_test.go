package tag

import (
	"errors"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/vistka/vistka/morph"
)

// TestSumBlocks checks sumBlocks, which adds entries eight and four at a
// time, against adding them one by one, on blocks of every length up to
// 40 with random labels and weights, one block and several at a time.
func TestSumBlocks(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	ms := modelScorer{m: &Model{}, mark: new([1 << 16]uint8)}
	for l := range ms.mark {
		ms.mark[l] = uint8(rng.IntN(256))
	}
	for n := range 41 {
		for range 20 {
			var blocks []uint64
			var want [256]int32
			ms.m.entries = ms.m.entries[:0]
			for k := range 1 + rng.IntN(3) {
				m := n
				if k > 0 {
					m = rng.IntN(41)
				}
				blocks = append(blocks, uint64(len(ms.m.entries))<<32|uint64(m))
				ms.m.entries = append(ms.m.entries, uint32(m))
				for range m {
					e := rng.Uint32()
					ms.m.entries = append(ms.m.entries, e)
					want[ms.mark[e>>16]] += int32(int16(e))
				}
			}
			ms.sums = [256]int32{}
			ms.sumBlocks(blocks)
			if ms.sums != want {
				t.Fatalf("blocks %v: sums differ", blocks)
			}
		}
	}
}

// TestPreparedShipped is TestPreparedToken with the shipped model and
// lexicon on sentences of news: the weights of the features that best
// finds apart for prepared tokens (static, near, stateRefs) must give
// the scores that looking every feature up gives.
func TestPreparedShipped(t *testing.T) {
	m, _ := openFile(t, "../models/uk-tagger.bin")
	l, err := morph.OpenFile("../models/uk-lexicon.bin")
	if errors.Is(err, os.ErrNotExist) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	lex := NewMorphLexicon(l, 0)
	sents := []string{
		"Уряд України ухвалив нову постанову про захист енергетичної інфраструктури .",
		"Міністр закордонних справ зустрівся з колегами у Брюсселі в понеділок .",
		"За словами речника , ворог випустив по місту три ракети , дві з яких збили .",
		"Вона сказала , що діти повернуться до школи восени .",
		"Прем'єр-міністр Польщі заявив журналістам : « Ми не відкриємо кордон » .",
		"У Києві тривога тривала понад дві години , повідомляє КМВА",
		"Нові правила набудуть чинності з 1 січня 2025 року .",
		"Його брат працював лікарем у районній лікарні на Харківщині , а сестра вчила дітей .",
		"Зранку",
		"Ракета влучила в будинок ; загинули двоє людей , ще п'ятеро поранені .",
	}
	s := m.scratch(lex)
	defer m.release(s)
	for n, sent := range sents {
		var fast, slow []token
		for _, w := range strings.Fields(sent) {
			tok := *s.token(w, lex, m.specials)
			fast = append(fast, tok)
			tok.static, tok.labels, tok.slot, tok.hasNear = nil, nil, nil, false
			slow = append(slow, tok)
		}
		samePicks(t, s, n, fast, slow)
	}
}

// TestAgreeTable checks Model.agree, the weights best reads for the
// agreement features of prepared tokens, against looking every such
// feature up with addAll, and that none of the features is 0 (which
// best would leave out).
func TestAgreeTable(t *testing.T) {
	for _, path := range []string{"testdata/tiny.bin", "../models/uk-tagger.bin"} {
		m, _ := openFile(t, path)
		ms := newModelScorer(m)
		found := 0
		for c := range uint8(numCaseIdx) {
			for k := range tagKind(numKinds) {
				for key := range uint64(agreeKeys) {
					f := agreeFeature(c, k, key)
					if f == 0 {
						t.Fatalf("agreement feature %d %d %d is 0", c, k, key)
					}
					acc := []float32{0}
					ms.addAll([]uint64{f}, acc)
					ti := &tagInfo{caseIdx: c, kind: k}
					if got := m.agree[agreeIndex(ti, key)]; got != acc[0] {
						t.Fatalf("%s: agreement %d %d %d: table %v, addAll %v", path, c, k, key, got, acc[0])
					}
					if acc[0] != 0 {
						found++
					}
				}
			}
		}
		t.Logf("%s: %d agreement weights", path, found)
	}
}

// TestAgreeKeyGenPerson checks what best's memo of agreement keys
// assumes: candidates of one gender and person have one agreeKey, with
// every verb of the shipped model's tags as the clause's verb and as the
// next one.
func TestAgreeKeyGenPerson(t *testing.T) {
	m, _ := openFile(t, "../models/uk-tagger.bin")
	var verbs []*tagInfo
	for _, ti := range m.tags {
		if ti.kind == kindVerb {
			verbs = append(verbs, ti)
		}
	}
	verbs = append(verbs, nil)
	first := map[uint16]*tagInfo{} // a tag of each gender and person
	for _, ti := range m.tags {
		if ti.caseIdx == 0 {
			continue
		}
		gp := uint16(ti.gen)<<8 | uint16(ti.person)
		o, ok := first[gp]
		if !ok {
			first[gp] = ti
			continue
		}
		for k, v := range verbs {
			var right *token
			if w := verbs[(k*7+3)%len(verbs)]; w != nil {
				right = &token{cands: []cand{{tag: w}, {tag: m.tags[0]}}}
			}
			for subj := range uint64(2) {
				if a, b := agreeKey(ti, right, v, subj), agreeKey(o, right, v, subj); a != b {
					t.Fatalf("%s and %s: agreement keys %d and %d", ti.str, o.str, a, b)
				}
			}
		}
	}
}

// TestAddFound checks addFound, which sums dense rows and sparse blocks
// in passes over the labels, against the weights one by one: features
// of the model and others, refs found beforehand (noRef among them), and
// label sets of every size up to past what one pass of addBlocks takes,
// added to sums already there.
func TestAddFound(t *testing.T) {
	for _, path := range []string{"testdata/tiny.bin", "../models/uk-tagger.bin"} {
		m, _ := openFile(t, path)
		weight := func(r ref, l uint16) int32 {
			switch {
			case r == noRef:
				return 0
			case r.dense():
				return int32(m.row(r)[l])
			}
			var w int32
			for _, e := range m.sparse(r) {
				if uint16(e>>16) == l {
					w += int32(int16(e))
				}
			}
			return w
		}
		var feats []uint64
		var refs []ref
		for i := range m.nslots {
			if s := m.slots[i]; uint32(s) != 0 {
				feats = append(feats, uint64(uint32(s))<<32|(i<<32+m.nslots-1)/m.nslots)
				refs = append(refs, ref(s>>32))
			}
		}
		rng := rand.New(rand.NewPCG(7, 8))
		ms := newModelScorer(m)
		for _, n := range []int{1, 2, 7, 15, 40, spare - 1, spare, 300} {
			for range 50 {
				var labels []uint16
				for _, l := range rng.Perm(len(m.labels))[:min(n, len(m.labels))] {
					labels = append(labels, uint16(l))
				}
				var fs []uint64
				var found []ref
				for range rng.IntN(30) {
					if rng.IntN(4) == 0 {
						fs = append(fs, rng.Uint64()) // most likely not in the model
					} else {
						fs = append(fs, feats[rng.IntN(len(feats))])
					}
				}
				for range rng.IntN(20) {
					if rng.IntN(4) == 0 {
						found = append(found, noRef)
					} else {
						found = append(found, refs[rng.IntN(len(refs))])
					}
				}
				acc := make([]float32, len(labels))
				want := make([]float32, len(labels))
				for j, l := range labels {
					acc[j] = float32(rng.IntN(2000) - 1000)
					var sum int32
					for _, f := range fs {
						sum += weight(probe(m, f), l)
					}
					for _, r := range found {
						sum += weight(r, l)
					}
					want[j] = acc[j] + float32(sum)
				}
				ms.addFound(fs, found, labels, acc)
				if !slices.Equal(acc, want) {
					t.Fatalf("%s: %d labels, %d features, %d found: %v, want %v", path, n, len(fs), len(found), acc, want)
				}
			}
		}
	}
}
