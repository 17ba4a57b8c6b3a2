// Package sqlite implements vistka.Store over one SQLite file, with the
// pure-Go driver modernc.org/sqlite: no cgo, no server.
//
// The file is opened in WAL mode with a busy timeout (its foreign keys
// are declared, and checked by the tests rather than on every write); its
// schema is migrated on Open from the SQL files embedded from
// migration/, and the applied version is kept in schema_version. Every
// Put is one transaction, and writes are serialised inside the process,
// so a crash (kill -9) loses at most the document being written and
// leaves the file consistent. A Batch (Store.Begin) puts many documents
// in one transaction, which writes each page they touch once rather than
// once a document: `vistka ingest` uses batches, and a crash loses at
// most the documents of the open one. Full-text search is an FTS5 index
// over the documents' lemmas. The writer remembers the stored entities
// it has looked up or written, to link the next documents' entities
// without asking again, for as long as no other connection writes.
package sqlite
