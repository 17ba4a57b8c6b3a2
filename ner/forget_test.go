package ner

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
)

// uniqueWord returns a word no other n gives: n written in ten letters.
func uniqueWord(n int, upper bool) string {
	const digits = "абвгдежзик"
	var b strings.Builder
	if upper {
		b.WriteString("Ш")
	} else {
		b.WriteString("ш")
	}
	for {
		b.WriteString(string([]rune(digits)[n%10]))
		n /= 10
		if n == 0 {
			return b.String()
		}
	}
}

// wordDocs returns docs documents of sentences of words no other
// document has, with tags and lemmas of a kind (a lemma that is a word
// of its own, the text itself, none).
func wordDocs(docs, sents, words int) [][]vistka.Sentence {
	tags := []string{"noun:anim:m:v_naz:prop:lname", "noun:inanim:f:v_rod", "adj:m:v_zna", "verb:imperf:past:m", ""}
	var out [][]vistka.Sentence
	n := 0
	for range docs {
		var text strings.Builder
		for range sents {
			for k := range words {
				if k > 0 {
					text.WriteByte(' ')
				}
				text.WriteString(uniqueWord(n, k%3 == 0))
				n++
			}
			text.WriteString(". ")
		}
		ss := SimpleTokenize(text.String())
		for i := range ss {
			for k := range ss[i].Tokens {
				tk := &ss[i].Tokens[k]
				tk.Tag = tags[(i+k)%len(tags)]
				switch k % 3 {
				case 0:
					tk.Lemma = strings.ToLower(tk.Text) + "а"
				case 1:
					tk.Lemma = tk.Text
				}
			}
		}
		out = append(out, ss)
	}
	return out
}

// TestWordsForgotten checks that a featurizer that forgets its words
// between documents keeps no link from the words it has now to the ones
// it forgot, and no forgotten word in its buffers: a word kept so would
// keep its slab and, through its links, every word of its time, and a
// process that reads many documents (a long text read in chunks, a
// service) grew without bound.
func TestWordsForgotten(t *testing.T) {
	m := shippedModel(t)
	if m.UsesGazetteer() {
		m = m.WithGazetteer(gazetteer.Default())
	}
	docs := wordDocs(30, 100, 12) // 36,000 words and 12,000 more lemmas
	forgot := 0
	for _, d := range docs {
		st := m.state()
		before := len(st.f.words)
		m.release(st)
		if len(m.Find(d)) == 0 {
			t.Fatal("no spans")
		}
		st = m.state()
		f := &st.f
		if len(f.words) < before {
			forgot++
		}
		now := func(w *wordInfo, what string) {
			t.Helper()
			if w != nil && w != f.bos && w != f.eos && f.words[w.orig] != w {
				t.Fatalf("after %d forgettings, %s %q is a forgotten word", forgot, what, w.orig)
			}
		}
		for _, w := range append([]*wordInfo{f.bos, f.eos}, slices.Collect(maps.Values(f.words))...) {
			if w == nil {
				continue
			}
			now(w.lemma, "a lemma")
			for _, p := range w.pairs.bi {
				now(p.next, "a neighbour")
			}
			for _, b := range w.blocks {
				now(b.lem, "a block's lemma")
			}
		}
		for _, ws := range f.stats[:cap(f.stats)] {
			for _, w := range ws.prevW[:cap(ws.prevW)] {
				now(w, "a word before a capitalised one")
			}
		}
		for _, ti := range f.info[:cap(f.info)] {
			now(ti.w, "a token's word")
			now(ti.lw, "a token's lemma")
			now(ti.lem, "a token's lemma")
		}
		for _, w := range f.docWords[:cap(f.docWords)] {
			now(w, "a document's word")
		}
		if f.front != nil {
			for _, w := range f.front {
				now(w, "a word in front")
			}
		}
		m.release(st)
	}
	if forgot == 0 {
		t.Fatalf("the featurizer forgot nothing in %d documents", len(docs))
	}
}

// TestWordsKept checks that a featurizer that forgets its words between
// documents keeps those of the last document before, with the features
// it had computed, and no more than maxKept.
func TestWordsKept(t *testing.T) {
	m := shippedModel(t)
	docs := wordDocs(30, 100, 12)
	var last []string // the words of the document before
	kept := 0
	for _, d := range docs {
		st := m.state()
		before := len(st.f.words)
		feats := map[string]uint64{}
		for _, w := range last {
			if x := st.f.words[w]; x != nil {
				feats[w] = x.done
			}
		}
		m.release(st)
		m.Find(d)
		st = m.state()
		f := &st.f
		if len(f.words) < before {
			kept++
			for _, w := range last {
				x := f.words[w]
				if x == nil {
					t.Fatalf("%q of the document before was forgotten", w)
				}
				if x.done&feats[w] != feats[w] {
					t.Fatalf("%q was kept without its features", w)
				}
			}
			n := 0 // the words kept and not used since
			for _, w := range f.words {
				if w.used != f.docGen {
					n++
				}
			}
			if n > maxKept {
				t.Errorf("%d words kept, more than %d", n, maxKept)
			}
		}
		if len(f.all) != len(f.words) {
			t.Fatalf("%d words listed, %d in the map", len(f.all), len(f.words))
		}
		last = last[:0]
		for _, w := range f.docWords {
			if w != nil {
				last = append(last, w.orig)
			}
		}
		m.release(st)
	}
	if kept == 0 {
		t.Fatalf("the featurizer forgot nothing in %d documents", len(docs))
	}
}
