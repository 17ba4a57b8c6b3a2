package gazetteer

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka/gazetteer/internal/key"
	"github.com/vistka/vistka/internal/shared"
)

// ref is the index as gazetteer.go built it at start before index.bin:
// the reference the generated tables must agree with.
type ref struct {
	entries []entry
	exact   map[string]int32
	stems   map[string]int32
	nodes   []struct{ entry, next int32 }
}

func buildRef() *ref {
	ix := &ref{exact: map[string]int32{}, stems: map[string]int32{}}
	for line := range strings.SplitSeq(namesData, "\n") {
		name, hex, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		c, err := strconv.ParseUint(hex, 16, 32)
		if err != nil {
			continue
		}
		k := key.Normalize(name)
		i := int32(len(ix.entries))
		if j, dup := ix.exact[k]; dup {
			ix.entries[j].cat |= Category(c)
			continue
		}
		ix.entries = append(ix.entries, entry{name, Category(c)})
		ix.exact[k] = i
		for _, s := range key.Stems(k) {
			next, ok := ix.stems[s]
			if !ok {
				next = -1
			}
			ix.stems[s] = int32(len(ix.nodes))
			ix.nodes = append(ix.nodes, struct{ entry, next int32 }{i, next})
		}
	}
	return ix
}

func (ix *ref) lookup(name string) Category {
	if i, ok := ix.exact[key.Normalize(name)]; ok {
		return ix.entries[i].cat
	}
	return 0
}

func (ix *ref) guess(form string) (string, Category) {
	k := key.Normalize(form)
	if i, ok := ix.exact[k]; ok {
		return ix.entries[i].name, ix.entries[i].cat
	}
	for _, e := range endings {
		if !strings.HasSuffix(k, e) {
			continue
		}
		s := k[:len(k)-len(e)]
		if utf8.RuneCountInString(s) < 2 {
			continue
		}
		var best int32 = -1
		head, ok := ix.stems[s]
		if !ok {
			continue
		}
		for n := head; n >= 0; n = ix.nodes[n].next {
			i := ix.nodes[n].entry
			if best < 0 || preferred(ix.entries[i], ix.entries[best], form, e) ||
				!preferred(ix.entries[best], ix.entries[i], form, e) && i < best {
				best = i
			}
		}
		if best >= 0 {
			return ix.entries[best].name, ix.entries[best].cat
		}
	}
	return "", 0
}

// categories leaves Abroad out, as Categories does for the tagger.
func (ix *ref) categories(word string) uint32 {
	if c := ix.lookup(word); c != 0 {
		return uint32(c &^ Abroad)
	}
	if utf8.RuneCountInString(word) < 3 {
		return 0
	}
	_, c := ix.guess(word)
	return uint32(c&^Abroad) << 16
}

// TestIndex checks the generated index against the reference: every
// name and every stem's run of entries, and the exported functions over
// every listed name, its stems, and every word form of BRUK's training
// split.
func TestIndex(t *testing.T) {
	r := buildRef()
	g := Default()
	seen := map[string]bool{}
	check := func(w string) {
		if seen[w] {
			return
		}
		seen[w] = true
		if got, want := Lookup(w), r.lookup(w); got != want {
			t.Errorf("Lookup(%q) = %v, want %v", w, got, want)
		}
		gl, gc := Guess(w)
		if wl, wc := r.guess(w); gl != wl || gc != wc {
			t.Errorf("Guess(%q) = %q, %v, want %q, %v", w, gl, gc, wl, wc)
		}
		if got, want := g.Categories(w), r.categories(w); got != want {
			t.Errorf("Categories(%q) = %x, want %x", w, got, want)
		}
	}
	if n := len(load().entries) / 6; n != len(r.entries) {
		t.Fatalf("%d entries, want %d", n, len(r.entries))
	}
	for i, e := range r.entries {
		if got := load().name(i); got != e.name {
			t.Fatalf("entry %d is %q, want %q", i, got, e.name)
		}
	}
	for k, i := range r.exact {
		if got := load().find([]byte(k)); got != int(i) {
			t.Fatalf("find(%q) = %d, want %d", k, got, i)
		}
	}
	for s, head := range r.stems {
		n := load().run(s)
		if n < 0 {
			t.Fatalf("run(%q) = -1", s)
		}
		for m := head; m >= 0; m = r.nodes[m].next {
			v := u32(load().nodes, 4*n)
			if int32(v&(1<<17-1)) != r.nodes[m].entry || (v&(1<<19) != 0) != (r.nodes[m].next < 0) {
				t.Fatalf("stem %q: node %d is %x, want entry %d", s, n, v, r.nodes[m].entry)
			}
			n++
		}
	}
	for line := range strings.SplitSeq(namesData, "\n") {
		name, _, _ := strings.Cut(line, "\t")
		check(name)
		check(strings.ToUpper(name))
		for _, s := range key.Stems(key.Normalize(name)) {
			check(s)
			check(s + "ом")
		}
		if t.Failed() {
			return
		}
	}
	for _, w := range []string{"", "x", "'", "\xff", "Київ\xff", strings.Repeat("я", 200)} {
		check(w)
	}
	path, err := shared.Path("bruk", "train.tsv")
	if err != nil {
		t.Skipf("no BRUK: %v", err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no BRUK: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		form, _, ok := strings.Cut(sc.Text(), "\t")
		if ok && !strings.HasPrefix(form, "#") {
			check(form)
		}
		if t.Failed() {
			return
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d strings agree", len(seen))
}
