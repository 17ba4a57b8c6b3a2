package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/sqlite"
	"github.com/vistka/vistka/storetest"
)

func open(t *testing.T, lemmatize vistka.Lemmatizer) vistka.Store {
	t.Helper()
	file := filepath.Join(t.TempDir(), "vistka.db")
	s, err := sqlite.Open(context.Background(), file, lemmatize)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { checkReferences(t, file) })
	return s
}

// checkReferences fails t when a row of file refers to one that is not
// there: the store declares its foreign keys but does not enforce them.
func checkReferences(t *testing.T, file string) {
	t.Helper()
	db, err := sql.Open("sqlite", file)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fk int
		if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
			t.Fatal(err)
		}
		t.Errorf("foreign_key_check: row %v of %s refers to a missing row of %s", rowid.Int64, table, parent)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

func TestStore(t *testing.T) {
	storetest.Run(t, open)
}

func TestOpenBad(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	_, err := sqlite.Open(ctx, "", nil)
	if vistka.ErrorCode(err) != vistka.EINVALID {
		t.Errorf("Open(\"\") = %v, want EINVALID", err)
	}
	missing := filepath.Join(dir, "no", "such", "dir", "x.db")
	if _, err := sqlite.Open(ctx, missing, nil); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("Open(missing dir) = %v, want an error naming the file", err)
	}
	if _, err := os.Stat(filepath.Dir(missing)); !os.IsNotExist(err) {
		t.Errorf("Open(missing dir) created it")
	}

	garbage := filepath.Join(dir, "notes.txt")
	content := []byte(strings.Repeat("not a database, just notes\n", 200))
	if err := os.WriteFile(garbage, content, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := sqlite.Open(ctx, garbage, nil); err == nil {
		t.Errorf("Open(text file): no error")
	} else {
		t.Logf("Open(text file): %v", err)
	}
	if got, _ := os.ReadFile(garbage); !bytes.Equal(got, content) {
		t.Errorf("Open(text file) changed the file")
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := sqlite.Open(cancelled, filepath.Join(dir, "c.db"), nil); err == nil {
		t.Errorf("Open(cancelled): no error")
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "vistka.db")
	s, err := sqlite.Open(ctx, file, nil)
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := s.Put(ctx, &vistka.Document{Title: "Один", Text: "Перший документ у базі."}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = sqlite.Open(ctx, file, nil)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	if d, err := s.Document(ctx, id); err != nil || d.Title != "Один" {
		t.Errorf("after reopen: %+v, %v", d, err)
	}
	if _, dup, err := s.Put(ctx, &vistka.Document{Text: "Перший  документ у базі."}, nil); err != nil || !dup {
		t.Errorf("after reopen: duplicate %v, %v", dup, err)
	}
	s.Close()

	// A schema from the future is refused and left alone.
	db, err := sql.Open("sqlite", file)
	if err != nil {
		t.Fatal(err)
	}
	var versions, latest int
	if err := db.QueryRow(`SELECT count(*), max(version) FROM schema_version`).Scan(&versions, &latest); err != nil || versions != latest {
		t.Errorf("schema_version has %d rows up to version %d, %v; want one for each", versions, latest, err)
	}
	// The full-text index merges its segments 16 at a time (migration 5).
	var automerge int
	if err := db.QueryRow(`SELECT v FROM document_fts_config WHERE k = 'automerge'`).Scan(&automerge); err != nil || automerge != 16 {
		t.Errorf("document_fts_config automerge = %d, %v; want 16", automerge, err)
	}
	if _, err := db.Exec(`INSERT INTO schema_version (version) VALUES (999)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = sqlite.Open(ctx, file, nil)
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open(newer schema) = %v, want an error saying it is newer", err)
	}
	db, err = sql.Open("sqlite", file)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM document`).Scan(&n); err != nil || n != 1 {
		t.Errorf("after refusing a newer schema: %d documents, %v", n, err)
	}
}

// TestBatchFailure makes the third of four documents of a batch fail
// midway, after part of it is written and part of it is pending for the
// commit: the batch goes on without it, and commits the others whole,
// with the ids it gave them.
func TestBatchFailure(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "vistka.db")
	s, err := sqlite.Open(ctx, file, storetest.Lemmatize)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	db, err := sql.Open("sqlite", file)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE TRIGGER boom BEFORE INSERT ON entity_alias WHEN NEW.alias = 'Особа2 Тестова'
		BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	doc := func(n int, text string) *vistka.Document {
		d := &vistka.Document{URL: fmt.Sprintf("https://x.example/%d", n), Text: text, Extraction: &vistka.Extraction{
			Entities: []vistka.Entity{{ID: "E1", Type: "PERS", Name: fmt.Sprintf("Особа%d Тестова", n),
				Mentions: []vistka.Mention{{Start: 0, End: 5, Text: "Особа", Kind: "name"}}}},
			Amounts: []vistka.Amount{{Text: "сто гривень"}},
		}}
		return d
	}
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for n, text := range []string{"Перший текст про гроші.", "Другий текст про гроші.", "Третій текст, що впаде.", "Четвертий текст про гроші."} {
		id, _, err := b.Put(ctx, doc(n, text), nil)
		if (err != nil) != (n == 2) {
			t.Fatalf("Put %d: %v", n, err)
		}
		if err == nil {
			ids = append(ids, id)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	for i, id := range ids {
		d, err := s.Document(ctx, id)
		if err != nil || len(d.EntityIDs) != 1 {
			t.Errorf("document %d (id %d): %+v, %v", i, id, d, err)
		}
	}
	for _, q := range []struct {
		sql  string
		want int
	}{
		{`SELECT count(*) FROM document`, 3},
		{`SELECT count(*) FROM entity`, 3},
		{`SELECT count(*) FROM amount`, 3},
		{`SELECT count(*) FROM document_entity`, 3},
		{`SELECT count(*) FROM entity_word WHERE word = 'особа2'`, 0},
		{`SELECT count(*) FROM entity WHERE documents <> 1 OR mentions <> 1`, 0},
		{`SELECT count(*) FROM document_fts WHERE document_fts MATCH 'текст'`, 3},
		{`SELECT count(*) FROM document_fts WHERE document_fts MATCH 'впаде'`, 0},
	} {
		var n int
		if err := db.QueryRow(q.sql).Scan(&n); err != nil || n != q.want {
			t.Errorf("%s = %d, %v; want %d", q.sql, n, err, q.want)
		}
	}
	if r, err := s.Search(ctx, vistka.SearchQuery{Text: "четвертий"}); err != nil || r.Total != 1 || r.Results[0].ID != ids[2] {
		t.Errorf("Search(четвертий) = %+v, %v; want document %d", r, err, ids[2])
	}
}

// TestBatchCounts puts documents that name the same entities in one
// batch: the counts the batch adds up are written once, and every
// document is found by its words and by its entities.
func TestBatchCounts(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vistka.db"), storetest.Lemmatize)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	person := func(mentions int) vistka.Entity {
		e := vistka.Entity{ID: "E1", Type: "PERS", Name: "Віталій Кличко"}
		for range mentions {
			e.Mentions = append(e.Mentions, vistka.Mention{Start: 0, End: 6, Text: "Кличко", Kind: "name"})
		}
		return e
	}
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for n := range 3 {
		ents := []vistka.Entity{person(n + 1)}
		if n > 0 {
			ents = append(ents, vistka.Entity{ID: "E2", Type: "LOC", Name: "Київ",
				Mentions: []vistka.Mention{{Start: 10, End: 14, Text: "Києві", Kind: "name"}}})
		}
		doc := &vistka.Document{Text: fmt.Sprintf("Кличко у Києві, день %d.", n), Extraction: &vistka.Extraction{Entities: ents}}
		if _, _, err := b.Put(ctx, doc, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	list, err := s.Entities(ctx, vistka.EntityQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range list {
		got = append(got, fmt.Sprintf("%s %d/%d", e.Name, e.Documents, e.Mentions))
	}
	if want := []string{"Віталій Кличко 3/6", "Київ 2/2"}; !slices.Equal(got, want) {
		t.Errorf("entities %q, want %q", got, want)
	}
	for _, q := range []vistka.SearchQuery{{Text: "день"}, {Entity: list[0].ID}} {
		if r, err := s.Search(ctx, q); err != nil || r.Total != 3 {
			t.Errorf("Search(%+v) = %+v, %v; want 3 documents", q, r, err)
		}
	}
}
