package postgres_test

import (
	"context"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/postgres"
	"github.com/vistka/vistka/storetest"
)

// TestBatchFailedPut puts a document PostgreSQL refuses (a NUL byte in
// its title) in the middle of a batch: the Put fails, and the documents
// before and after it are stored when the batch commits.
func TestBatchFailedPut(t *testing.T) {
	ctx := context.Background()
	s, err := postgres.Open(ctx, freshSchema(t, server(t)), storetest.Lemmatize)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := storetest.NewCorpus(t, 7)
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	var ids []int64
	for i := range 3 {
		doc, words := c.Next()
		if i == 1 {
			doc.Title = "a\x00b"
			if _, _, err := b.Put(ctx, doc, words); err == nil {
				t.Fatal("Put of a title with a NUL byte: no error")
			}
			continue
		}
		id, dup, err := b.Put(ctx, doc, words)
		if err != nil || dup {
			t.Fatalf("Put %d: %d, %v, %v", i, id, dup, err)
		}
		ids = append(ids, id)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	r, err := s.Search(ctx, vistka.SearchQuery{})
	if err != nil || r.Total != 2 {
		t.Fatalf("Search after Commit = %+v, %v; want the 2 documents put", r, err)
	}
	for _, id := range ids {
		d, err := s.Document(ctx, id)
		if err != nil || len(d.EntityIDs) == 0 {
			t.Errorf("Document(%d) = %+v, %v; want it with its entities", id, d, err)
		}
	}
}
