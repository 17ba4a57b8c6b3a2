package sqlite_test

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/sqlite"
	"github.com/vistka/vistka/storetest"
)

// crashEnv, when set, makes TestCrash the child that writes to the file it
// names until it is killed; crashBatchEnv makes it write in batches.
const (
	crashEnv      = "VISTKA_TEST_CRASH_DB"
	crashBatchEnv = "VISTKA_TEST_CRASH_BATCH"
)

// TestCrash kills a process with SIGKILL while it puts documents, three
// times over, and checks after each kill that the file is intact, that
// every stored document is stored whole, and that putting the documents
// again finds them all. The child puts documents one by one, or in
// batches as `vistka ingest` does, reporting them when the batch is
// committed.
func TestCrash(t *testing.T) {
	if file := os.Getenv(crashEnv); file != "" {
		crashChild(t, file, os.Getenv(crashBatchEnv) != "")
		return
	}
	if testing.Short() {
		t.Skip("kills child processes; not in -short")
	}
	t.Run("Put", func(t *testing.T) { crashRounds(t, false) })
	t.Run("Batch", func(t *testing.T) { crashRounds(t, true) })
}

func crashRounds(t *testing.T, batch bool) {
	file := filepath.Join(t.TempDir(), "crash.db")
	stored := map[int]int64{} // document number → id, as the child reported
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrash$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+file)
		if batch {
			cmd.Env = append(cmd.Env, crashBatchEnv+"=1")
		}
		cmd.Stderr = os.Stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Let it store 10–40 new documents, then kill it at once.
		target := 10 + rng.IntN(30)
		fresh := 0
		sc := bufio.NewScanner(out)
		for fresh < target && sc.Scan() {
			var n int
			var id int64
			var dup bool
			if _, err := fmt.Sscanf(sc.Text(), "put %d %d %t", &n, &id, &dup); err != nil {
				continue
			}
			if old, ok := stored[n]; ok && old != id {
				t.Errorf("round %d: document %d stored as %d, before as %d", round, n, id, old)
			}
			stored[n] = id
			if !dup {
				fresh++
			}
		}
		time.Sleep(time.Duration(rng.IntN(3000)) * time.Microsecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		err = cmd.Wait()
		if fresh < target {
			t.Fatalf("round %d: the child stopped after %d new documents: %v", round, fresh, err)
		}
		checkCrashed(t, file, stored)
	}

	// Every document the child said it stored is a duplicate now; the
	// one in flight at each kill may or may not be.
	s, err := sqlite.Open(context.Background(), file, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := storetest.NewCorpus(t, 1)
	last := 0
	for n := range stored {
		last = max(last, n)
	}
	for n := 0; n <= last; n++ {
		doc, words := c.Next()
		id, dup, err := s.Put(context.Background(), doc, words)
		if err != nil {
			t.Fatal(err)
		}
		if want, ok := stored[n]; ok && (!dup || id != want) {
			t.Errorf("document %d again: id %d, duplicate %v; want %d, true", n, id, dup, want)
		}
	}
	t.Logf("%d documents stored across 3 kills", len(stored))
}

// crashChild puts the documents of the corpus and reports each on stdout:
// at once, or, in batches of 1 to 20, when its batch is committed.
func crashChild(t *testing.T, file string, batch bool) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, file, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := storetest.NewCorpus(t, 1)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 2))
	var b vistka.Batch
	var pending []string
	size := 1
	deadline := time.Now().Add(time.Minute)
	for n := 0; n < 5000 && time.Now().Before(deadline); n++ {
		doc, words := c.Next()
		if !batch {
			id, dup, err := s.Put(ctx, doc, words)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Printf("put %d %d %t\n", n, id, dup)
			continue
		}
		if b == nil {
			if b, err = s.Begin(ctx); err != nil {
				t.Fatal(err)
			}
			size = 1 + rng.IntN(20)
		}
		id, dup, err := b.Put(ctx, doc, words)
		if err != nil {
			t.Fatal(err)
		}
		pending = append(pending, fmt.Sprintf("put %d %d %t\n", n, id, dup))
		if len(pending) >= size {
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
			b = nil
			fmt.Print(strings.Join(pending, ""))
			pending = pending[:0]
		}
	}
}

// checkCrashed reopens a file after a kill and checks it.
func checkCrashed(t *testing.T, file string, stored map[int]int64) {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, file, nil)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	db, err := sql.Open("sqlite", file)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	var check string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q, %v", check, err)
	}
	rows, err := db.Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Errorf("foreign_key_check finds broken references")
	}
	rows.Close()
	if _, err := db.Exec(`INSERT INTO document_fts (document_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("full-text index: %v", err)
	}

	var ids []int64
	rows, err = db.Query(`SELECT id FROM document ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range stored {
		if _, err := s.Document(ctx, id); err != nil {
			t.Errorf("document %d was reported stored: %v", id, err)
		}
	}
	for _, id := range ids {
		checkWhole(t, db, s, id)
	}
	r, err := s.Search(ctx, vistka.SearchQuery{})
	if err != nil || r.Total != len(ids) {
		t.Errorf("Search finds %d documents, %v; %d stored", r.Total, err, len(ids))
	}
}

// checkWhole checks that every part of document id's extraction is
// stored, and that it can be found by its words.
func checkWhole(t *testing.T, db *sql.DB, s *sqlite.Store, id int64) {
	t.Helper()
	var raw string
	var lemmas string
	if err := db.QueryRow(`SELECT extraction, lemmas FROM document_body WHERE id = ?`, id).Scan(&raw, &lemmas); err != nil {
		t.Fatal(err)
	}
	var ext vistka.Extraction
	if err := json.Unmarshal([]byte(raw), &ext); err != nil {
		t.Fatal(err)
	}
	mentions := 0
	for _, e := range ext.Entities {
		mentions += len(e.Mentions)
	}
	count := func(q string) int {
		var n int
		if err := db.QueryRow(q, id).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"entities", count(`SELECT count(*) FROM document_entity WHERE document_id = ?`), len(ext.Entities)},
		{"mentions", count(`SELECT count(*) FROM mention WHERE document_id = ?`), mentions},
		{"quotes", count(`SELECT count(*) FROM quote WHERE document_id = ?`), len(ext.Quotes)},
		{"events", count(`SELECT count(*) FROM event WHERE document_id = ?`), len(ext.Events)},
		{"amounts", count(`SELECT count(*) FROM amount WHERE document_id = ?`), len(ext.Amounts)},
		{"sources", count(`SELECT count(*) FROM source WHERE document_id = ?`), 1 + len(ext.Source.Via) + len(ext.Source.Photo)},
	} {
		if c.got != c.want {
			t.Errorf("document %d: %d %s stored, want %d", id, c.got, c.what, c.want)
		}
	}
	word, _, _ := strings.Cut(lemmas, " ")
	r, err := s.Search(context.Background(), vistka.SearchQuery{Text: word, Limit: vistka.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, h := range r.Results {
		found = found || h.ID == id
	}
	if !found && r.Total <= vistka.MaxLimit {
		t.Errorf("document %d not found by its first word %q", id, word)
	}
}
