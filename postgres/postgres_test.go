package postgres_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/vistka/vistka"
	"github.com/vistka/vistka/postgres"
	"github.com/vistka/vistka/sqlite"
	"github.com/vistka/vistka/storetest"
)

// Env names the DSN of the server the tests use. Each test gets a schema
// of its own in that database, dropped when the test ends.
const Env = "VISTKA_TEST_POSTGRES"

// defaultDSNs are tried in turn when Env is not set: the database that
// .ci/postgres.sh makes, then the default one, over TCP on loopback, then
// the local socket.
var defaultDSNs = []string{
	"postgres://postgres@127.0.0.1:5432/vistka_test?sslmode=disable",
	"postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable",
	"host=/var/run/postgresql user=postgres dbname=postgres",
}

var schemas atomic.Int64

var (
	serverOnce sync.Once
	serverDSN  string
	serverErr  string
)

// server returns the DSN of a reachable server, or skips the test — or
// fails it when CI is set.
func server(t testing.TB) string {
	t.Helper()
	serverOnce.Do(func() { serverDSN, serverErr = find() })
	if serverDSN != "" {
		return serverDSN
	}
	if os.Getenv("CI") != "" {
		t.Fatal(serverErr)
	}
	t.Skip(serverErr)
	return ""
}

func find() (dsn, problem string) {
	dsns := defaultDSNs
	if env := os.Getenv(Env); env != "" {
		dsns = []string{env}
	}
	var errs []string
	for _, dsn := range dsns {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		conn, err := pgx.Connect(ctx, dsn)
		cancel()
		if err == nil {
			conn.Close(context.Background())
			return dsn, ""
		}
		errs = append(errs, err.Error())
	}
	return "", fmt.Sprintf("no PostgreSQL server (set %s; bash .ci/postgres.sh starts one): %s", Env, strings.Join(errs, "; "))
}

// freshSchema creates an empty schema for one test and returns a DSN that
// uses it.
func freshSchema(t testing.TB, dsn string) string {
	t.Helper()
	ctx := context.Background()
	name := fmt.Sprintf("vistka_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, schemas.Add(1))
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+name+" CASCADE"); err != nil {
			t.Error(err)
		}
	})
	// The tests need no durability: commits need not wait for the disk.
	return withParam(t, withParam(t, dsn, "synchronous_commit", "off"), "search_path", name)
}

// withParam adds a run-time parameter to a DSN of either form.
func withParam(t testing.TB, dsn, key, value string) string {
	t.Helper()
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatal(err)
		}
		q := u.Query()
		q.Set(key, value)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " " + key + "=" + value
}

func open(t *testing.T, lemmatize vistka.Lemmatizer) vistka.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), freshSchema(t, server(t)), lemmatize)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) {
	server(t)
	storetest.Run(t, open)
}

func TestOpenBad(t *testing.T) {
	ctx := context.Background()
	for _, dsn := range []string{"", "   ", "postgres://user:pa ss@[::1", "definitely not a dsn", "mysql://root@127.0.0.1/x", "postgres://u@127.0.0.1:99999/x"} {
		_, err := postgres.Open(ctx, dsn, nil)
		if vistka.ErrorCode(err) != vistka.EINVALID {
			t.Errorf("Open(%q) = %v, want EINVALID", dsn, err)
		}
	}
	// Nothing listens on port 1: a clear error that keeps the password to
	// itself.
	start := time.Now()
	_, err := postgres.Open(ctx, "postgres://vistka:s3cret@127.0.0.1:1/vistka?sslmode=disable&connect_timeout=5", nil)
	if err == nil || strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "127.0.0.1") {
		t.Errorf("Open(closed port) = %v", err)
	} else {
		t.Logf("Open(closed port): %v (%v)", err, time.Since(start).Round(time.Millisecond))
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := postgres.Open(cancelled, "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable", nil); err == nil {
		t.Errorf("Open(cancelled): no error")
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	dsn := freshSchema(t, server(t))
	s, err := postgres.Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := s.Put(ctx, &vistka.Document{Title: "Один", Text: "Перший документ у базі."}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = postgres.Open(ctx, dsn, nil)
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
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var versions, latest int
	if err := conn.QueryRow(ctx, `SELECT count(*), max(version) FROM schema_version`).Scan(&versions, &latest); err != nil || versions != latest {
		t.Errorf("schema_version has %d rows up to version %d, %v; want one for each", versions, latest, err)
	}
	if _, err := conn.Exec(ctx, `INSERT INTO schema_version (version) VALUES (999)`); err != nil {
		t.Fatal(err)
	}
	_, err = postgres.Open(ctx, dsn, nil)
	if err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open(newer schema) = %v, want an error saying it is newer", err)
	}
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM document`).Scan(&n); err != nil || n != 1 {
		t.Errorf("after refusing a newer schema: %d documents, %v", n, err)
	}
}

// TestSameAsSQLite checks that both stores answer alike.
func TestSameAsSQLite(t *testing.T) {
	ctx := context.Background()
	pg, err := postgres.Open(ctx, freshSchema(t, server(t)), storetest.Lemmatize)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vistka.db"), storetest.Lemmatize)
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	storetest.Compare(t, lite, pg)
}

// TestMentionView checks that the view mention reads each mention of a
// stored document's entities from its extraction, with the global
// entity, and none of an entity without a name or of a document without
// an extraction.
func TestMentionView(t *testing.T) {
	ctx := context.Background()
	dsn := freshSchema(t, server(t))
	s, err := postgres.Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	doc := &vistka.Document{Text: "Кличко і мер Києва Кличко.", Extraction: &vistka.Extraction{Entities: []vistka.Entity{
		{ID: "E1", Type: "PERS", Name: "Віталій Кличко", Mentions: []vistka.Mention{
			{Start: 0, End: 6, Text: "Кличко", Lemma: "Кличко", Kind: "name"},
			{Start: 9, End: 12, Text: "мер", Lemma: "мер"}}},
		{ID: "E2", Type: "LOC", Mentions: []vistka.Mention{{Start: 13, End: 18}}},
	}}}
	id, _, err := s.Put(ctx, doc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Put(ctx, &vistka.Document{Text: "Без витягнутого."}, nil); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT m.document_id, e.name, m.start_offset, m.end_offset, m.text, m.lemma, m.kind
		FROM mention m JOIN entity e ON e.id = m.entity_id ORDER BY m.start_offset`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var doc int64
		var name, text, lemma, kind string
		var start, end int
		if err := rows.Scan(&doc, &name, &start, &end, &text, &lemma, &kind); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%d %s %d-%d %s/%s %q", doc, name, start, end, text, lemma, kind))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	want := []string{
		fmt.Sprintf("%d Віталій Кличко 0-6 Кличко/Кличко %q", id, "name"),
		fmt.Sprintf("%d Віталій Кличко 9-12 мер/мер %q", id, ""),
	}
	if !slices.Equal(got, want) {
		t.Errorf("mention rows:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
