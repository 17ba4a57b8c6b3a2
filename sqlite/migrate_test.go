package sqlite_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/storeindex"
	"github.com/vistka/vistka/sqlite"
	"github.com/vistka/vistka/storetest"
)

// TestMigrateWriteCost opens a file of schema version 3, with a document
// in it as that version stored one, and checks what migration 4 makes of
// it: the full-text index rebuilt with its new tokenizer finds the
// document as before, and the view mention has the rows the table had.
func TestMigrateWriteCost(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "v3.db")
	db, err := sql.Open("sqlite", file)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for v := 1; v <= 3; v++ {
		names, _ := filepath.Glob(filepath.Join("migration", "000"+strconv.Itoa(v)+"_*.sql"))
		if len(names) != 1 {
			t.Fatalf("migration %d: %v", v, names)
		}
		body, err := os.ReadFile(names[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", names[0], err)
		}
	}
	text := "Віталій Кличко зустрівся з мером Львова Андрієм Садовим."
	ext := vistka.Extraction{Entities: []vistka.Entity{
		{ID: "E1", Type: "PERS", Name: "Віталій Кличко", Mentions: []vistka.Mention{
			{Start: 0, End: 14, Text: "Віталій Кличко", Lemma: "Віталій Кличко", Kind: "name"}}},
		{ID: "E2", Type: "PERS", Name: "Андрій Садовий", Mentions: []vistka.Mention{
			{Start: 39, End: 53, Text: "Андрієм Садовим", Lemma: "Андрій Садовий"},
			{Start: 0, End: 0, Text: "він", Lemma: "він", Kind: "pronoun"}}},
	}}
	js, err := json.Marshal(ext)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`CREATE TABLE schema_version (version INTEGER NOT NULL)`, nil},
		{`INSERT INTO schema_version (version) VALUES (1), (2), (3)`, nil},
		{`INSERT INTO document (id, title, hash) VALUES (1, 'Зустріч', 'h1')`, nil},
		{`INSERT INTO document_body (id, text, extraction, lemmas, offsets) VALUES (1, ?, ?, ?, x'00')`,
			[]any{text, string(js), "віталій кличко зустрітися з мер львів андрій садовий"}},
		{`INSERT INTO document_fts (rowid, lemmas) SELECT id, lemmas FROM document_body`, nil},
		{`INSERT INTO entity (id, type, name, norm, documents, mentions) VALUES (7, 'PERS', 'Віталій Кличко', 'віталій кличко', 1, 1),
			(9, 'PERS', 'Андрій Садовий', 'андрій садовий', 1, 2)`, nil},
		{`INSERT INTO document_entity (document_id, local_id, entity_id) VALUES (1, 'E1', 7), (1, 'E2', 9)`, nil},
		{`INSERT INTO mention (document_id, entity_id, start_offset, end_offset, text, lemma, kind) VALUES
			(1, 7, 0, 14, 'Віталій Кличко', 'Віталій Кличко', 'name'),
			(1, 9, 39, 53, 'Андрієм Садовим', 'Андрій Садовий', ''),
			(1, 9, 0, 0, 'він', 'він', 'pronoun')`, nil},
	} {
		if _, err := db.Exec(q.sql, q.args...); err != nil {
			t.Fatalf("%.60s: %v", q.sql, err)
		}
	}
	mentions := func() string {
		t.Helper()
		rows, err := db.Query(`SELECT document_id, entity_id, start_offset, end_offset, text, lemma, kind
			FROM mention ORDER BY document_id, entity_id, start_offset`)
		if err != nil {
			t.Fatal(err)
		}
		var all [][]any
		for rows.Next() {
			r := make([]any, 7)
			ptrs := make([]any, 7)
			for i := range r {
				ptrs[i] = &r[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			all = append(all, r)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		j, _ := json.Marshal(all)
		return string(j)
	}
	before := mentions()

	s, err := sqlite.Open(ctx, file, storetest.Lemmatize)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if after := mentions(); after != before {
		t.Errorf("mention after migration:\n%s\nwant\n%s", after, before)
	}
	for _, q := range []string{"кличко", "садовий", "садовий кличко"} {
		r, err := s.Search(ctx, vistka.SearchQuery{Text: q})
		if err != nil || r.Total != 1 || r.Results[0].ID != 1 {
			t.Errorf("Search(%q) = %+v, %v; want document 1", q, r, err)
		}
	}
	if r, err := s.Search(ctx, vistka.SearchQuery{Text: "київ"}); err != nil || r.Total != 0 {
		t.Errorf("Search(київ) = %+v, %v; want nothing", r, err)
	}
	var check string
	if _, err := db.Exec(`INSERT INTO document_fts (document_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("FTS integrity-check: %v", err)
	}
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check: %q, %v", check, err)
	}
}

// TestTokenizers checks that the ascii tokenizer of the full-text index
// (since migration 4) reads the same tokens from stored lemmas as
// unicode61, the one before, did: each term is one token to both.
func TestTokenizers(t *testing.T) {
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "tok.db")+"?_pragma=synchronous(OFF)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		`PRAGMA journal_mode = MEMORY`,
		`CREATE VIRTUAL TABLE u USING fts5 (lemmas, tokenize = 'unicode61 remove_diacritics 0')`,
		`CREATE VIRTUAL TABLE a USING fts5 (lemmas, tokenize = 'ascii')`,
		`CREATE VIRTUAL TABLE uv USING fts5vocab(u, instance)`,
		`CREATE VIRTUAL TABLE av USING fts5vocab(a, instance)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	add := func(lemmas string) {
		t.Helper()
		for _, table := range []string{"u", "a"} {
			if _, err := db.Exec(`INSERT INTO `+table+` (lemmas) VALUES (?)`, lemmas); err != nil {
				t.Fatal(err)
			}
		}
	}
	c := storetest.NewCorpus(t, 11)
	for range 200 {
		doc, words := c.Next()
		lemmas, _, err := storeindex.Prepare(doc, words, storetest.Lemmatize)
		if err != nil {
			t.Fatal(err)
		}
		add(lemmas)
	}
	text := "Касим-Жомарт Токаєв, м’ясо, ПʼЯТНИЦЯ, Ґудзик, ЇЖАК, Євро-2024, 5G, COVID-19, Straße, Ελλάδα, Øresund, ﬁnance, Ǆemal, x²"
	var terms []string
	for _, t := range storetest.Lemmatize(text) {
		terms = append(terms, storeindex.Terms(t.Text)...)
	}
	add(strings.Join(terms, " "))
	vocab := func(table string) string {
		t.Helper()
		var n int
		var sum string
		err := db.QueryRow(`SELECT count(*), coalesce(group_concat(term || ':' || doc || ':' || offset, ' '), '')
			FROM (SELECT * FROM `+table+` ORDER BY term, doc, offset)`).Scan(&n, &sum)
		if err != nil {
			t.Fatal(err)
		}
		if n < 10000 {
			t.Fatalf("%s: only %d tokens", table, n)
		}
		return sum
	}
	if u, a := vocab("uv"), vocab("av"); u != a {
		t.Errorf("the tokenizers read different tokens from the same lemmas")
	}
}
