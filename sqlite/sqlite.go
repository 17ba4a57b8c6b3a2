package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/vistka/vistka"
	_ "modernc.org/sqlite" // registers the driver "sqlite"
)

//go:embed migration/*.sql
var migrations embed.FS

// BusyTimeout is how long, in milliseconds, a connection waits for another
// process's write lock before it gives up.
const BusyTimeout = 10000

// CacheSize is how much of the file, in KiB, each connection caches. A
// store opens at most twice as many connections as there are
// processors (four at least), so that its memory is bounded: about 130
// MiB of cache on two cores. The file is read with pread(2), not through
// a memory map: the operating system caches it either way, and maps of a
// file larger than memory, one for each connection, count every page
// they read against the process (1.8 GB with 100,000 documents).
const CacheSize = 16 << 10

// Store is a vistka.Store in one SQLite file.
type Store struct {
	db        *sql.DB
	lemmatize vistka.Lemmatizer
	// write holds the one write slot: Puts queue here, where they can
	// give up when their context ends, rather than in SQLite's busy loop.
	write chan struct{}

	// conn is the connection that writes, taken from the pool for good
	// at the first write, and stmts are the statements of Put, each
	// prepared on it once. Statements prepared on the pool were prepared
	// on a connection of their own and then again on the one of each
	// transaction, which cost a batch of 100 documents in a new store a
	// thirtieth of its time.
	mu    sync.Mutex
	conn  *sql.Conn
	stmts map[string]*sql.Stmt

	// known is what the write connection knows of the entities Put
	// looks up; the holder of the write slot uses it.
	known *known
}

var _ vistka.Store = (*Store)(nil)

// Open opens the SQLite file at path, creating it when it does not exist,
// and migrates its schema. lemmatize reads query text; nil splits text
// into lower-cased words. A file that is not a vistka database, or one
// whose schema is newer than this program's, is an error and is left as
// it is.
func Open(ctx context.Context, file string, lemmatize vistka.Lemmatizer) (*Store, error) {
	if file == "" {
		return nil, vistka.Errorf(vistka.EINVALID, "sqlite: no database file given")
	}
	if strings.ContainsAny(file, "?#") {
		return nil, vistka.Errorf(vistka.EINVALID, "sqlite: database file name %q has a '?' or '#'", file)
	}
	if lemmatize == nil {
		lemmatize = plainLemmatize
	}
	if err := create(ctx, file); err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", file, err)
	}
	// Foreign keys are declared but not enforced: Put writes only ids it
	// has read or made in its own transaction, and enforcing them cost
	// every row it writes a search of the table it refers to, an eighth
	// of the cost of a Put. The tests check the references
	// (PRAGMA foreign_key_check) after writing, and after a crash.
	dsn := "file:" + file + "?_txlock=immediate" +
		"&_pragma=busy_timeout(" + strconv.Itoa(BusyTimeout) + ")" +
		"&_pragma=foreign_keys(0)" +
		"&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(NORMAL)" +
		"&_pragma=mmap_size(0)" +
		"&_pragma=cache_size(-" + strconv.Itoa(CacheSize) + ")" +
		// The journals of statements stay in memory rather than in
		// temporary files.
		"&_pragma=temp_store(2)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", file, err)
	}
	conns := max(4, 2*runtime.GOMAXPROCS(0))
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	s := &Store{db: db, lemmatize: lemmatize, write: make(chan struct{}, 1), stmts: map[string]*sql.Stmt{},
		known: newKnown()}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", file, err)
	}
	return s, nil
}

// PageSize is the page size, in bytes, of the files Open creates: twice
// SQLite's default, which halves the pages, and so the WAL frames and
// their writes, that a batch of documents makes, most of them the pages
// of long rows. A file made before keeps its own page size.
const PageSize = 8192

// create makes file a new, empty database in WAL mode with PageSize
// pages when it does not exist. The page size must be set before the
// journal mode, which fixes it, and the driver sets the pragmas of a DSN
// in the order of their names.
func create(ctx context.Context, file string) error {
	if _, err := os.Stat(file); !errors.Is(err, fs.ErrNotExist) {
		return nil // there, or not for Open to make
	}
	db, err := sql.Open("sqlite", "file:"+file+"?_pragma=busy_timeout("+strconv.Itoa(BusyTimeout)+")")
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `PRAGMA page_size = `+strconv.Itoa(PageSize)+`; PRAGMA journal_mode = WAL`)
	return err
}

// Close closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	if s.conn != nil {
		s.conn.Close()
		s.conn = nil
	}
	s.mu.Unlock()
	return s.db.Close()
}

// writeConn returns the connection that writes, taking it from the pool
// the first time. Only the holder of the write slot uses it.
func (s *Store) writeConn(ctx context.Context) (*sql.Conn, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stmts == nil {
		return nil, errors.New("store is closed")
	}
	if s.conn == nil {
		c, err := s.db.Conn(ctx)
		if err != nil {
			return nil, err
		}
		s.conn = c
	}
	return s.conn, nil
}

// stmt returns query prepared on the write connection, preparing it the
// first time.
func (s *Store) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok := s.stmts[query]; ok {
		return st, nil
	}
	if s.stmts == nil || s.conn == nil {
		return nil, errors.New("store is closed")
	}
	st, err := s.conn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	s.stmts[query] = st
	return st, nil
}

// begin starts a write transaction on the write connection. The holder
// of the write slot runs it, and ends it with commit or rollback: the
// transaction is SQL of its own, not a sql.Tx, whose statements would
// have to be bound to it one by one (see Store.conn).
func (s *Store) begin(ctx context.Context) (writer, error) {
	c, err := s.writeConn(ctx)
	if err != nil {
		return writer{}, err
	}
	w := writer{s: s, conn: c, later: newPending()}
	// IMMEDIATE: the write lock now, waiting for another process's
	// transaction up to BusyTimeout, rather than at the first write,
	// where SQLite could not wait for it.
	if _, err = w.exec(ctx, `BEGIN IMMEDIATE`); err != nil {
		// The transaction may have begun all the same, with ctx ending
		// as it did.
		w.rollback()
		return w, err
	}
	// Whether another connection has written since the last
	// transaction: what the writer knows holds only if none has.
	version := int64(-1)
	if err := w.queryRow(ctx, `PRAGMA data_version`).Scan(&version); err != nil {
		version = -1
	}
	s.known.check(version)
	return w, nil
}

// commit commits the writer's transaction, rolling it back when that
// fails.
func (w writer) commit() error {
	if _, err := w.exec(context.Background(), `COMMIT`); err != nil {
		w.rollback()
		return err
	}
	w.s.known.dirty = false
	return nil
}

// rollback rolls the writer's transaction back. It fails when there is
// none: SQLite has rolled back by itself after some failures (an
// interrupted write, a full disk).
func (w writer) rollback() error {
	w.s.known.rolledBack()
	_, err := w.exec(context.Background(), `ROLLBACK`)
	return err
}

// migrate applies the migrations the file has not had yet, in one
// transaction.
// foreign refuses a database without vistka's schema that holds
// something else: the file of another program, given to --db by mistake,
// is not ours to add tables to.
func foreign(ctx context.Context, tx *sql.Tx) error {
	var name string
	err := tx.QueryRowContext(ctx, `SELECT name FROM sqlite_master
		WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name != 'schema_version' LIMIT 1`).Scan(&name)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	}
	return vistka.Errorf(vistka.EINVALID, "not a vistka database: it holds %q and no vistka schema", name)
}

func (s *Store) migrate(ctx context.Context) error {
	files, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return err
	}
	if err := s.lock(ctx); err != nil {
		return err
	}
	defer s.unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return err
	}
	var cur int
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&cur); err != nil {
		return err
	}
	if cur == 0 {
		if err := foreign(ctx, tx); err != nil {
			return err
		}
	}
	latest := 0
	for _, f := range files {
		v, err := version(f)
		if err != nil {
			return err
		}
		latest = max(latest, v)
		if v <= cur {
			continue
		}
		body, err := migrations.ReadFile(f)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return fmt.Errorf("migration %s: %w", path.Base(f), err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, v); err != nil {
			return err
		}
	}
	if cur > latest {
		return vistka.Errorf(vistka.EINVALID, "database schema version %d is newer than this program's (%d)", cur, latest)
	}
	return tx.Commit()
}

// version reads the number a migration file's name starts with.
func version(file string) (int, error) {
	name := path.Base(file)
	num, _, ok := strings.Cut(name, "_")
	v, err := strconv.Atoi(num)
	if !ok || err != nil || v <= 0 {
		return 0, fmt.Errorf("migration %s: name does not start with a version number", name)
	}
	return v, nil
}

// lock takes the write slot, or gives up when ctx ends.
func (s *Store) lock(ctx context.Context) error {
	select {
	case s.write <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *Store) unlock() { <-s.write }

// notFound turns sql.ErrNoRows into a vistka ENOTFOUND error.
func notFound(err error, what string, id int64) error {
	if errors.Is(err, sql.ErrNoRows) {
		return vistka.Errorf(vistka.ENOTFOUND, "no %s with id %d", what, id)
	}
	return err
}
