package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/vistka/vistka"
)

//go:embed migration/*.sql
var migrations embed.FS

// Advisory lock keys ("vist" and "vism"): one for the Puts, one for
// migrations.
const (
	putLock     = 0x76697374
	migrateLock = 0x7669736d
)

// Store is a vistka.Store in a PostgreSQL database.
type Store struct {
	pool      *pgxpool.Pool
	lemmatize vistka.Lemmatizer
}

var _ vistka.Store = (*Store)(nil)

// Open connects to the database at dsn and migrates its schema. lemmatize
// reads query text; nil splits text into lower-cased words. A database
// whose schema is newer than this program's is an error and is left as it
// is.
func Open(ctx context.Context, dsn string, lemmatize vistka.Lemmatizer) (*Store, error) {
	if strings.TrimSpace(dsn) == "" {
		return nil, vistka.Errorf(vistka.EINVALID, "postgres: no DSN given (want postgres://user@host:5432/database)")
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// pgx leaves the password out of its message.
		return nil, vistka.Errorf(vistka.EINVALID, "postgres: bad DSN: %v", err)
	}
	if lemmatize == nil {
		lemmatize = plainLemmatize
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	s := &Store{pool: pool, lemmatize: lemmatize}
	if err := s.open(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %s@%s:%d/%s: %w", cfg.ConnConfig.User, cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database, err)
	}
	return s, nil
}

func (s *Store) open(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	var enc string
	if err := s.pool.QueryRow(ctx, `SHOW server_encoding`).Scan(&enc); err != nil {
		return err
	}
	if enc != "UTF8" {
		return vistka.Errorf(vistka.EINVALID, "database encoding is %s, want UTF8", enc)
	}
	return s.migrate(ctx)
}

// Close closes the pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// migrate applies the migrations the database has not had yet, in one
// transaction.
func (s *Store) migrate(ctx context.Context) error {
	files, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return err
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateLock); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return err
	}
	var cur int
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&cur); err != nil {
		return err
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
		if _, err := tx.Exec(ctx, string(body)); err != nil {
			return fmt.Errorf("migration %s: %w", path.Base(f), err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, v); err != nil {
			return err
		}
	}
	if cur > latest {
		return vistka.Errorf(vistka.EINVALID, "database schema version %d is newer than this program's (%d)", cur, latest)
	}
	return tx.Commit(ctx)
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

// notFound turns pgx.ErrNoRows into a vistka ENOTFOUND error.
func notFound(err error, what string, id int64) error {
	if errors.Is(err, pgx.ErrNoRows) {
		return vistka.Errorf(vistka.ENOTFOUND, "no %s with id %d", what, id)
	}
	return err
}

// params numbers query parameters: p.add(v) returns "$n".
type params []any

func (p *params) add(v any) string {
	*p = append(*p, v)
	return "$" + strconv.Itoa(len(*p))
}
