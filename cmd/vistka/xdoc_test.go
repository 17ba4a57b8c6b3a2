package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/storeindex"
	"github.com/vistka/vistka/pipeline"
	"github.com/vistka/vistka/sqlite"
)

// xdocRoot is the repository root, where the gold's document paths start.
const xdocRoot = "../.."

// xdocDoc is one line of a cross-document linking gold file: a document
// and the entities it names, each with a global id.
type xdocDoc struct {
	Doc      string     `json:"doc"`
	Entities []xdocItem `json:"entities"`
}

// xdocItem is one entity of a gold document. Unsure items are not scored.
type xdocItem struct {
	ID     string `json:"id"`
	Type   string `json:"type"`
	Name   string `json:"name"`
	Unsure bool   `json:"unsure,omitempty"`
	Note   string `json:"note,omitempty"`
}

// xdocFound is a scored gold item and the store entity that holds it.
type xdocFound struct {
	doc, gold string
	store     int64
}

// TestXDoc1 measures cross-document entity linking on xdoc1.jsonl (see
// pipeline/testdata/gold/README.md, "Cross-document entity linking"): the
// 60 texts go through the real pipeline into a new SQLite store, in path
// order and in reverse, and the store's entity ids are scored against
// the gold ids by B-cubed precision and recall. Run with -v for the
// report: the items not found, the wrong merges and the splits.
func TestXDoc1(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 60 texts")
	}
	gold := readXDoc(t, filepath.Join(xdocRoot, "pipeline/testdata/gold/xdoc1.jsonl"))
	p, err := pipeline.Load()
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]vistka.Document, len(gold))
	words := make([][]vistka.Token, len(gold))
	for i, g := range gold {
		text, err := os.ReadFile(filepath.Join(xdocRoot, g.Doc))
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = vistka.Document{URL: "file:///" + g.Doc, Text: string(text), Title: vistka.Headline(string(text))}
		words[i] = p.Document(&docs[i])
	}
	for _, tc := range []struct {
		name             string
		reverse          bool
		found, p, r, min float64 // floors: share of items found, B-cubed P, R, F1
	}{
		{"forward", false, 0.88, 0.99, 0.98, 0.985},
		{"reverse", true, 0.88, 0.99, 0.98, 0.985},
	} {
		t.Run(tc.name, func(t *testing.T) {
			order := make([]int, len(docs))
			for i := range order {
				order[i] = i
			}
			if tc.reverse {
				slices.Reverse(order)
			}
			found, missing := xdocLink(t, p, gold, docs, words, order)
			prec, rec := bcubed(found)
			f1 := 0.0
			if prec+rec > 0 {
				f1 = 2 * prec * rec / (prec + rec)
			}
			scored := len(found) + len(missing)
			t.Logf("%s: found %d/%d items; B-cubed P %.3f R %.3f F1 %.3f", tc.name, len(found), scored, prec, rec, f1)
			merges, splits := xdocMerges(found), xdocSplits(found)
			t.Logf("wrong merges %d:\n%s", len(merges), strings.Join(merges, "\n"))
			t.Logf("splits %d:\n%s", len(splits), strings.Join(splits, "\n"))
			t.Logf("not found %d:\n%s", len(missing), strings.Join(missing, "\n"))
			if share := float64(len(found)) / float64(max(scored, 1)); share < tc.found {
				t.Errorf("found %.3f of the items, floor %.2f", share, tc.found)
			}
			if prec < tc.p || rec < tc.r || f1 < tc.min {
				t.Errorf("B-cubed P %.3f R %.3f F1 %.3f, floors %.2f %.2f %.2f", prec, rec, f1, tc.p, tc.r, tc.min)
			}
		})
	}
}

// readXDoc reads a cross-document linking gold file.
func readXDoc(t *testing.T, path string) []xdocDoc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []xdocDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d xdocDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// xdocLink puts the extracted documents into a new SQLite store in the
// given order and finds the store entity of every scored gold item. The
// documents are copied first: a store may fill in fields of what it is
// given.
func xdocLink(t *testing.T, p *pipeline.Pipeline, gold []xdocDoc, docs []vistka.Document, words [][]vistka.Token, order []int) (found []xdocFound, missing []string) {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "xdoc.db"), p.Lemmatize)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ids := make([]int64, len(docs))
	for _, i := range order {
		doc, err := copyDocument(&docs[i])
		if err != nil {
			t.Fatal(err)
		}
		id, dup, err := store.Put(ctx, doc, words[i])
		if err != nil || dup {
			t.Fatalf("Put(%s) = %d, %v, %v", gold[i].Doc, id, dup, err)
		}
		ids[i] = id
	}
	for i, g := range gold {
		d, err := store.Document(ctx, ids[i])
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range g.Entities {
			if it.Unsure {
				continue
			}
			e := xdocEntity(d.Extraction, it)
			if e == nil || d.EntityIDs[e.ID] == 0 {
				missing = append(missing, fmt.Sprintf("  %s %s %q", g.Doc, it.Type, it.Name))
				continue
			}
			found = append(found, xdocFound{doc: g.Doc, gold: it.ID, store: d.EntityIDs[e.ID]})
		}
	}
	return found, missing
}

// copyDocument returns a deep copy of doc.
func copyDocument(doc *vistka.Document) (*vistka.Document, error) {
	b, err := json.Marshal(doc)
	if err != nil {
		return nil, err
	}
	var c vistka.Document
	return &c, json.Unmarshal(b, &c)
}

// xdocEntity returns the entity of ext that holds a gold item: one whose
// name, an alias or the base form of a name mention is the item's name,
// up to case and spacing. The entity of the item's type goes first, then
// the one matched by its name, an alias, a mention.
func xdocEntity(ext *vistka.Extraction, it xdocItem) *vistka.Entity {
	if ext == nil {
		return nil
	}
	want := storeindex.NormName(it.Name)
	var best *vistka.Entity
	bestScore := 0
	for i := range ext.Entities {
		e := &ext.Entities[i]
		s := xdocMatch(e, want)
		if s == 0 {
			continue
		}
		if e.Type == it.Type {
			s += 4
		}
		if s > bestScore {
			best, bestScore = e, s
		}
	}
	return best
}

// xdocMatch is 3 when entity e is named norm, 2 when an alias is, 1 when
// a name mention's base form is, and 0 otherwise.
func xdocMatch(e *vistka.Entity, norm string) int {
	if storeindex.NormName(e.Name) == norm {
		return 3
	}
	for _, a := range e.Aliases {
		if storeindex.NormName(a) == norm {
			return 2
		}
	}
	for _, m := range e.Mentions {
		if (m.Kind == "" || m.Kind == "name") && storeindex.NormName(m.Lemma) == norm {
			return 1
		}
	}
	return 0
}

// bcubed returns the B-cubed precision and recall of the store ids of
// the found items against their gold ids: for each item, the share of the
// items with its store id that have its gold id, and the share of the
// items with its gold id that have its store id, averaged.
func bcubed(found []xdocFound) (p, r float64) {
	if len(found) == 0 {
		return 0, 0
	}
	type pair struct {
		gold  string
		store int64
	}
	byGold, byStore, both := map[string]int{}, map[int64]int{}, map[pair]int{}
	for _, f := range found {
		byGold[f.gold]++
		byStore[f.store]++
		both[pair{f.gold, f.store}]++
	}
	for _, f := range found {
		n := float64(both[pair{f.gold, f.store}])
		p += n / float64(byStore[f.store])
		r += n / float64(byGold[f.gold])
	}
	return p / float64(len(found)), r / float64(len(found))
}

// xdocMerges lists the store entities that hold items of more than one
// gold id, with those ids: one line for each pair of gold ids merged.
func xdocMerges(found []xdocFound) []string {
	golds := map[int64][]string{}
	for _, f := range found {
		if !slices.Contains(golds[f.store], f.gold) {
			golds[f.store] = append(golds[f.store], f.gold)
		}
	}
	var out []string
	for id, gs := range golds {
		slices.Sort(gs)
		for i := range gs {
			for j := i + 1; j < len(gs); j++ {
				out = append(out, fmt.Sprintf("  %s + %s (entity %d)", gs[i], gs[j], id))
			}
		}
	}
	slices.Sort(out)
	return out
}

// xdocSplits lists the gold ids whose items are held by more than one
// store entity, with the documents of each.
func xdocSplits(found []xdocFound) []string {
	parts := map[string]map[int64][]string{}
	for _, f := range found {
		if parts[f.gold] == nil {
			parts[f.gold] = map[int64][]string{}
		}
		parts[f.gold][f.store] = append(parts[f.gold][f.store], f.doc)
	}
	var out []string
	for g, m := range parts {
		if len(m) < 2 {
			continue
		}
		var groups []string
		for id, ds := range m {
			groups = append(groups, fmt.Sprintf("%d: %s", id, strings.Join(ds, " ")))
		}
		slices.SortFunc(groups, func(a, b string) int { return cmp.Compare(a, b) })
		out = append(out, fmt.Sprintf("  %s in %d entities: %s", g, len(m), strings.Join(groups, "; ")))
	}
	slices.Sort(out)
	return out
}
