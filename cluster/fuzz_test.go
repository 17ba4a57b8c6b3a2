package cluster_test

import (
	"bytes"
	"testing"

	"github.com/vistka/vistka/cluster"
)

// FuzzOpen opens damaged class files: Open refuses them with an error, or
// every word it lists is found, with classes in range, and written again
// the classes are the file itself.
func FuzzOpen(f *testing.F) {
	f.Add(cluster.Encode([]int{4, 16}, []string{"київ", "львів", "місто"}, [][]uint16{{1, 3, 0}, {15, 2, 7}}))
	f.Add(cluster.Encode([]int{2}, []string{"", "а", "а", "б"}, [][]uint16{{1, 0, 1, 0}}))
	f.Add(cluster.Encode([]int{2}, []string{"б", "а"}, [][]uint16{{1, 0}}))
	f.Add(cluster.Encode([]int{1}, nil, [][]uint16{nil}))
	f.Add(cluster.Embedded()[:64])
	f.Add([]byte("VCLU1\n\x01\x00\x00\x00\x00\x00\x01\x00\x01\x00\x00\x00\x02\x00\x00\x00a\n\x00\x00"))
	f.Add([]byte("VCLU1\n\xff\xff\xff\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := cluster.Open(data)
		if err != nil {
			return
		}
		sizes := c.Levels()
		words := make([]string, c.Len())
		classes := make([][]uint16, len(sizes))
		first := map[string]int{}
		for i := range words {
			words[i] = c.Word(i)
			if _, ok := first[words[i]]; !ok {
				first[words[i]] = i
			}
			for l, k := range sizes {
				if cl := c.Class(i, l); int(cl) >= k {
					t.Fatalf("word %d %q: class %d of level %d out of %d", i, words[i], cl, l, k)
				}
				classes[l] = append(classes[l], c.Class(i, l))
			}
		}
		ids := make([]uint16, len(sizes))
		for i, w := range words {
			if !c.Lookup(w, ids) {
				t.Fatalf("word %d %q not found", i, w)
			}
			for l := range sizes {
				// Of equal words, the first is found.
				if ids[l] != c.Class(first[w], l) {
					t.Fatalf("Lookup(%q) level %d = %d, want %d", w, l, ids[l], c.Class(first[w], l))
				}
			}
		}
		if again := cluster.Encode(sizes, words, classes); !bytes.Equal(again, data) {
			t.Fatalf("written again: %q, want %q", again, data)
		}
	})
}
