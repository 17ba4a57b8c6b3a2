package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/vistka/vistka"
)

// Compare puts the fixtures and 100 corpus documents into two empty
// stores and checks that every query answers the same in both, to the
// byte of its JSON. (Searches by relevance are left out: SQLite ranks by
// bm25, PostgreSQL by ts_rank.)
func Compare(t *testing.T, a, b vistka.Store) {
	ctx := context.Background()
	docs := 0
	put := func(d1, d2 *vistka.Document, words []vistka.Token) {
		id1, dup1, err1 := a.Put(ctx, d1, words)
		id2, dup2, err2 := b.Put(ctx, d2, words)
		if err1 != nil || err2 != nil || id1 != id2 || dup1 != dup2 {
			t.Fatalf("Put %q: %d %v %v and %d %v %v", d1.Title, id1, dup1, err1, id2, dup2, err2)
		}
		docs++
	}
	f1, f2 := fixtures(), fixtures()
	for i := range f1 {
		put(f1[i].doc, f2[i].doc, Lemmatize(f1[i].doc.Text))
	}
	c1, c2 := NewCorpus(t, 7), NewCorpus(t, 7)
	for range 100 {
		d1, w := c1.Next()
		d2, _ := c2.Next()
		put(d1, d2, w)
	}

	same := func(what string, f func(vistka.Store) (any, error)) {
		t.Helper()
		ra, ea := f(a)
		rb, eb := f(b)
		ja, _ := json.Marshal(ra)
		jb, _ := json.Marshal(rb)
		if vistka.ErrorCode(ea) != vistka.ErrorCode(eb) || string(ja) != string(jb) {
			t.Errorf("%s differs:\n%s %v\n%s %v", what, ja, ea, jb, eb)
		}
	}
	q := NewCorpus(t, 8)
	found := 0
	for i := range 60 {
		sq := vistka.SearchQuery{Text: q.Query(), Limit: 5 + i%10, Offset: i % 3}
		switch i % 4 {
		case 1:
			sq.Publisher = publishers[i%len(publishers)]
		case 2:
			sq.From, sq.To = base.AddDate(0, i%12, 0), base.AddDate(1, i%12, 0)
		case 3:
			sq.EventType = eventTypes[i%len(eventTypes)]
		}
		same(fmt.Sprintf("Search(%+v)", sq), func(s vistka.Store) (any, error) { return s.Search(ctx, sq) })
		if r, err := a.Search(ctx, sq); err == nil && len(r.Results) > 0 {
			found++
		}
	}
	if found < 20 {
		t.Errorf("only %d of 60 searches found anything: the comparison says little", found)
	}
	same("Search()", func(s vistka.Store) (any, error) { return s.Search(ctx, vistka.SearchQuery{Limit: 50}) })
	for _, name := range []string{"", "Кличко", "компанія", "Київ", "США", "Блінкена"} {
		eq := vistka.EntityQuery{Name: name, Limit: 50}
		same(fmt.Sprintf("Entities(%q)", name), func(s vistka.Store) (any, error) { return s.Entities(ctx, eq) })
	}
	all, err := a.Entities(ctx, vistka.EntityQuery{Limit: 40})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range all {
		same(fmt.Sprintf("Entity(%d)", e.ID), func(s vistka.Store) (any, error) { return s.Entity(ctx, e.ID) })
		same(fmt.Sprintf("Search(entity %d)", e.ID), func(s vistka.Store) (any, error) {
			return s.Search(ctx, vistka.SearchQuery{Entity: e.ID, Limit: 10})
		})
	}
	for _, typ := range append([]string{""}, eventTypes...) {
		same("Events("+typ+")", func(s vistka.Store) (any, error) {
			return s.Events(ctx, vistka.EventQuery{Type: typ, Limit: 30})
		})
	}
	for id := int64(1); id <= int64(docs)+5; id += 3 {
		same(fmt.Sprintf("Document(%d)", id), func(s vistka.Store) (any, error) { return s.Document(ctx, id) })
	}
}
