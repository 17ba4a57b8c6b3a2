package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/sqlite"
)

// TestOpenForeignDatabase: a SQLite file of another program is refused,
// and left as it was, without vistka's tables added to it; an empty one
// is made a store.
func TestOpenForeignDatabase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		setup []string
		ok    bool
	}{
		{"other program", []string{`CREATE TABLE notes (body TEXT)`, `INSERT INTO notes VALUES ('мої нотатки')`}, false},
		{"a view only", []string{`CREATE VIEW v AS SELECT 1`}, false},
		{"empty file", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".db")
			db, err := sql.Open("sqlite", "file:"+file)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Exec(`PRAGMA user_version = 0`); err != nil { // makes the file
				t.Fatal(err)
			}
			for _, q := range tc.setup {
				if _, err := db.Exec(q); err != nil {
					t.Fatal(err)
				}
			}
			before := objects(t, db)
			s, err := sqlite.Open(ctx, file, nil)
			if tc.ok {
				if err != nil {
					t.Fatalf("open: %v", err)
				}
				s.Close()
				return
			}
			if err == nil {
				s.Close()
				t.Fatal("opened another program's database")
			}
			if vistka.ErrorCode(err) != vistka.EINVALID || !strings.Contains(err.Error(), "not a vistka database") {
				t.Errorf("error %v", err)
			}
			if after := objects(t, db); after != before {
				t.Errorf("schema changed: %q -> %q", before, after)
			}
		})
	}
}

// objects lists the names in the schema of db.
func objects(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM sqlite_master ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		names = append(names, n)
	}
	return strings.Join(names, ",")
}
