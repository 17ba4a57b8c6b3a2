package tag

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// fileWeights returns the slot table and the entries of a model file,
// as bytes in the file's layout.
func fileWeights(tb testing.TB, data []byte, nslots int) (slots, entries []byte) {
	tb.Helper()
	body := data[:len(data)-4]
	for nent := 0; 8+8*nslots+4*nent <= len(body); nent++ {
		p := len(body) - 4*nent - 8*nslots - 8
		if int(binary.LittleEndian.Uint32(body[p:])) == nslots && int(binary.LittleEndian.Uint32(body[p+4:])) == nent {
			return body[p+8 : p+8+8*nslots], body[p+8+8*nslots:]
		}
	}
	tb.Fatal("no weights found")
	return nil, nil
}

// fileBlock returns the block at entry offset off of a model file's
// entries and whether it is dense.
func fileBlock(entries []byte, off uint32) ([]byte, bool) {
	h := binary.LittleEndian.Uint32(entries[4*off:])
	n := h &^ denseBlock
	return entries[4*off+4 : 4*off+4+4*n], h&denseBlock != 0
}

// fileWeight returns the weight of label l in a block as the model file
// format defines it.
func fileWeight(b []byte, dense bool, l uint16) float32 {
	if dense {
		return float32(int16(binary.LittleEndian.Uint16(b[2*int(l):])))
	}
	var w float32
	for ; len(b) >= 4; b = b[4:] {
		if e := binary.LittleEndian.Uint32(b); uint16(e>>16) == l {
			w += float32(int16(e))
		}
	}
	return w
}

// openTiny opens the small model of testdata, which is always there.
func openTiny(t *testing.T) *Model {
	t.Helper()
	data, err := os.ReadFile("testdata/tiny.bin")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// openFile opens the model at path, skipping the test when the file is
// not there (the shipped model is built by `vistka train tag`).
func openFile(t *testing.T, path string) (*Model, []byte) {
	t.Helper()
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	return m, data
}

// TestLayout checks the weights as Open lays them out in memory (decoded
// words, long sparse blocks made dense) against the blocks of the model
// file: for every feature of the file, add, addAll and Size must give
// what the file format says.
func TestLayout(t *testing.T) {
	for _, path := range []string{"testdata/tiny.bin", "../models/uk-tagger.bin"} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			m, data := openFile(t, path)
			slots, entries := fileWeights(t, data, int(m.nslots))
			ms := newModelScorer(m)
			nl := uint16(len(m.labels))
			seen := make([]bool, nl)
			var labels []uint16
			var features, weights, converted int
			for i := range m.nslots {
				fp := binary.LittleEndian.Uint32(slots[8*i:])
				if fp == 0 {
					continue
				}
				b, dense := fileBlock(entries, binary.LittleEndian.Uint32(slots[8*i+4:]))
				features++
				if dense {
					for k := 0; k+2 <= len(b); k += 2 {
						if binary.LittleEndian.Uint16(b[k:]) != 0 {
							weights++
						}
					}
				} else {
					weights += len(b) / 4
				}
				// A feature whose probe starts at slot i.
				low := (i<<32 + m.nslots - 1) / m.nslots
				f := uint64(fp)<<32 | low
				if (uint64(uint32(f))*m.nslots)>>32 != i {
					t.Fatalf("slot %d: no feature hash starts there", i)
				}
				// Its own labels, allLabel and a spread of others.
				labels = labels[:0]
				add := func(l uint16) {
					if l < nl && !seen[l] {
						seen[l] = true
						labels = append(labels, l)
					}
				}
				add(allLabel)
				if !dense {
					for k := 0; k+4 <= len(b); k += 4 {
						add(uint16(binary.LittleEndian.Uint32(b[k:]) >> 16))
					}
				}
				for k := range uint64(16) {
					add(uint16((i*31 + k*389) % uint64(nl)))
				}
				acc := make([]float32, len(labels))
				ms.add([]uint64{f}, labels, acc)
				for j, l := range labels {
					seen[l] = false
					if want := fileWeight(b, dense, l); acc[j] != want {
						t.Fatalf("slot %d label %d: weight %v, file has %v", i, l, acc[j], want)
					}
				}
				all := []float32{0}
				ms.addAll([]uint64{f}, all)
				if want := fileWeight(b, dense, allLabel); all[0] != want {
					t.Fatalf("slot %d: candidate weight %v, file has %v", i, all[0], want)
				}
				if r := m.findAll(nil, []uint64{f})[0]; r.dense() && !dense {
					converted++
				}
			}
			if f, w := m.Size(); f != features || w != weights {
				t.Errorf("Size() = %d, %d; the file has %d features, %d weights", f, w, features, weights)
			}
			t.Logf("%d features, %d sparse blocks made dense", features, converted)
		})
	}
}

// testLex is a Lexicon of fixed analyses.
type testLex map[string][]Candidate

func (l testLex) Analyze(form string, dst []Candidate) []Candidate { return append(dst, l[form]...) }

// TestPreparedToken checks the scores of tokens prepared for tagging,
// which carry the weights of their own features, their candidates'
// labels (static, labels, slot) and where the weights are of the
// features they give their neighbours (near), against the same tokens
// without them, which best scores from scratch.
func TestPreparedToken(t *testing.T) {
	m := openTiny(t)
	forms := []string{"мама", "мила", "раму", "у", "хаті", "сьогодні", "вона", "його", "бачила", "нове", "місто", "та", "річку"}
	lex := testLex{}
	for k, f := range forms {
		for j := range k%4 + 1 {
			tag := m.tags[(k*7+j*13)%len(m.tags)].str
			lex[f] = append(lex[f], Candidate{Lemma: f, Tag: tag})
		}
	}
	s := m.scratch(lex)
	defer m.release(s)
	for n := range 40 {
		var fast, slow []token
		for k := range 1 + n%9 { // short sentences too, near both edges
			w := forms[(n*5+k*3)%len(forms)]
			if k%4 == 3 {
				w = ","
			}
			tok := *s.token(w, lex, m.specials)
			fast = append(fast, tok)
			tok.static, tok.labels, tok.slot, tok.hasNear = nil, nil, nil, false
			slow = append(slow, tok)
		}
		fast = append(fast, *s.token(".", lex, m.specials))
		slow = append(slow, fast[len(fast)-1])
		slow[len(slow)-1].hasNear = false
		samePicks(t, s, n, fast, slow)
	}
}

// probe is find of the model file: a linear probe of the slots from the
// feature's place to its fingerprint or an empty slot.
// samePicks decodes sentence n twice, its prepared tokens fast and the
// same tokens stripped of what preparing gives them slow, and fails t
// unless every ambiguous token gets the same pick and scores both ways.
func samePicks(t *testing.T, s *tagScratch, n int, fast, slow []token) {
	t.Helper()
	fw, sw := words(fast), words(slow)
	var stFast, stSlow state
	for i := range fast {
		pick := 0
		if len(fast[i].cands) > 1 {
			pick = s.dec.best(fw, i, &stFast, &s.ms)
			scores := slices.Clone(s.dec.cscore)
			if p := s.dec.best(sw, i, &stSlow, &s.ms); p != pick || !slices.Equal(s.dec.cscore, scores) {
				t.Fatalf("sentence %d token %d: prepared picks %d %v, from scratch %d %v", n, i, pick, scores, p, s.dec.cscore)
			}
		}
		stFast.advance(&fast[i], &fast[i].cands[pick])
		stSlow.advance(&slow[i], &slow[i].cands[pick])
	}
}

func probe(m *Model, f uint64) ref {
	fp := fingerprint(f)
	for i := (uint64(uint32(f)) * m.nslots) >> 32; ; {
		switch s := m.slots[i]; uint32(s) {
		case fp:
			return ref(s >> 32)
		case 0:
			return noRef
		}
		if i++; i == m.nslots {
			i = 0
		}
	}
}

// TestFindAll checks findAll, which skips the probe of features whose
// fingerprint the filter rules out, against probing every feature: for
// features of the model, features that start where they do with other
// fingerprints, and random ones.
func TestFindAll(t *testing.T) {
	for _, path := range []string{"testdata/tiny.bin", "../models/uk-tagger.bin"} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			m, _ := openFile(t, path)
			rng := rand.New(rand.NewPCG(1, 2))
			var feats []uint64
			for i := range m.nslots {
				low := (i<<32 + m.nslots - 1) / m.nslots
				if fp := uint32(m.slots[i]); fp != 0 {
					feats = append(feats, uint64(fp)<<32|low)
				}
				feats = append(feats, rng.Uint64()&^(1<<32-1)|low, low)
			}
			for range 100_000 {
				feats = append(feats, rng.Uint64())
			}
			refs := m.findAll(nil, feats)
			found := 0
			for k, f := range feats {
				if want := probe(m, f); refs[k] != want {
					t.Fatalf("feature %#x: findAll gives %#x, probing %#x", f, refs[k], want)
				}
				if refs[k] != noRef {
					found++
				}
			}
			t.Logf("%d of %d features found", found, len(feats))
		})
	}
}

// TestAddManyLabels checks add for more labels than a call of addBlocks
// takes at once, and with labels in any order, against the weights one
// by one.
func TestAddManyLabels(t *testing.T) {
	m := openTiny(t)
	weight := func(f uint64, l uint16) float32 {
		switch r := probe(m, f); {
		case r == noRef:
			return 0
		case r.dense():
			return float32(m.row(r)[l])
		default:
			var w float32
			for _, e := range m.sparse(r) {
				if uint16(e>>16) == l {
					w += float32(int16(e))
				}
			}
			return w
		}
	}
	var feats []uint64
	for i := range m.nslots {
		if fp := uint32(m.slots[i]); fp != 0 {
			feats = append(feats, uint64(fp)<<32|(i<<32+m.nslots-1)/m.nslots)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	ms := newModelScorer(m)
	for _, n := range []int{1, spare - 1, spare, 3*spare + 5} {
		labels := make([]uint16, 0, n)
		for _, l := range rng.Perm(len(m.labels)) {
			if len(labels) < n {
				labels = append(labels, uint16(l))
			}
		}
		for k := 0; k < len(feats); k += 40 {
			fs := feats[k:min(k+40, len(feats))]
			acc := make([]float32, len(labels))
			ms.add(fs, labels, acc)
			for j, l := range labels {
				var want float32
				for _, f := range fs {
					want += weight(f, l)
				}
				if acc[j] != want {
					t.Fatalf("%d labels, features %d…: label %d scores %v, want %v", len(labels), k, l, acc[j], want)
				}
			}
		}
	}
}
