// Package postgres implements vistka.Store over PostgreSQL with
// github.com/jackc/pgx/v5 (pgxpool).
//
// Open takes a DSN (postgres://user@host:5432/db?sslmode=disable, or
// key=value pairs; a search_path parameter selects a schema) and migrates
// the schema from the SQL files embedded from migration/, keeping the
// applied version in schema_version. Every Put is one transaction; Puts
// take a transaction-scoped advisory lock, so that concurrent writers —
// in one process or many — link entities and find duplicates as one
// writer would. A Batch (Store.Begin) holds that lock and puts many
// documents in one transaction, which `vistka ingest` uses as it does
// with SQLite: a crash loses at most the documents of the open batch.
// Full-text search is to_tsvector('simple', …) over the documents'
// lemmas, with a GIN index.
package postgres
