package cluster_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/vistka/vistka/cluster"
)

func TestDefault(t *testing.T) {
	c, err := cluster.Default()
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() < 10000 {
		t.Fatalf("%d lemmas, want more than 10000", c.Len())
	}
	ids := make([]uint16, len(c.Levels()))
	for _, w := range []string{"київ", "січень", "міністр", "україна"} {
		if !c.Lookup(w, ids) {
			t.Errorf("%q has no class", w)
		}
	}
	if c.Lookup("Київ", ids) {
		t.Error("upper-case Київ found: the words are lower-cased")
	}
}

func TestBuild(t *testing.T) {
	var sents [][]string
	for range 20 {
		sents = append(sents,
			[]string{"у", "києві", "сказав", "іван"},
			[]string{"у", "львові", "сказав", "петро"},
			[]string{"в", "одесі", "сказала", "марія"},
			[]string{"у", "львові", "сказала", "марія"})
	}
	cfg := cluster.BuildConfig{Sizes: []int{2, 4}, MinCount: 2}
	b1, err := cluster.Build(context.Background(), sents, cfg)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := cluster.Build(context.Background(), sents, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1, b2) {
		t.Fatal("two builds differ")
	}
	c, err := cluster.Open(b1)
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 10 {
		t.Errorf("%d words, want 10", c.Len())
	}
	class := func(w string) uint16 {
		ids := make([]uint16, 2)
		if !c.Lookup(w, ids) {
			t.Fatalf("%q not found", w)
		}
		return ids[1]
	}
	if class("києві") != class("львові") {
		t.Error("words of the same contexts in different classes")
	}
}

func TestOpenCorrupt(t *testing.T) {
	b := cluster.Encode([]int{4}, []string{"а", "б"}, [][]uint16{{1, 3}})
	if _, err := cluster.Open(b); err != nil {
		t.Fatal(err)
	}
	for n := range len(b) {
		if _, err := cluster.Open(b[:n]); err == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
	bad := cluster.Encode([]int{4}, []string{"а"}, [][]uint16{{4}})
	if _, err := cluster.Open(bad); err == nil {
		t.Error("class out of range: no error")
	}
}

func BenchmarkOpen(b *testing.B) {
	c, err := cluster.Default()
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"київ", "січень", "міністр", "україна", "блінкен"}
	ids := make([]uint16, len(c.Levels()))
	b.ReportAllocs()
	for b.Loop() {
		c2, err := cluster.Open(cluster.Embedded())
		if err != nil {
			b.Fatal(err)
		}
		for _, w := range words {
			c2.Lookup(w, ids)
		}
	}
}

// TestLookupIndex checks the hash table of Lookup against the list: every
// word of a file is found with its own classes, and words it lacks are
// not; a file whose words are not sorted is refused.
func TestLookupIndex(t *testing.T) {
	words := []string{"а", "б", "бб", "в", "київ", "київа", "львів"}
	classes := [][]uint16{{0, 1, 0, 1, 0, 1, 0}, {0, 1, 2, 3, 4, 5, 6}}
	c, err := cluster.Open(cluster.Encode([]int{2, 7}, words, classes))
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]uint16, 2)
	for i, w := range words {
		if !c.Lookup(w, ids) || ids[0] != classes[0][i] || ids[1] != classes[1][i] {
			t.Errorf("Lookup(%q) = %v, want %d %d", w, ids, classes[0][i], classes[1][i])
		}
	}
	for _, w := range []string{"", "аа", "ки", "київб", "я"} {
		if c.Lookup(w, ids) {
			t.Errorf("Lookup(%q) found a word the file lacks", w)
		}
	}
	d, err := cluster.Default()
	if err != nil {
		t.Fatal(err)
	}
	dids := make([]uint16, len(d.Levels()))
	for _, w := range []string{"київ", "січень", "міністр", "україна"} {
		if !d.Lookup(w, dids) {
			t.Errorf("%q has no class", w)
		}
	}
	// Not sorted: not a file Encode writes, and one whose words Lookup
	// could not find.
	if _, err := cluster.Open(cluster.Encode([]int{2, 7}, []string{"в", "бб", "б"}, [][]uint16{{0, 1, 0}, {0, 1, 2}})); err == nil {
		t.Error("Open of a file whose words are not sorted: no error")
	}
}
