package main

import (
	"context"
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/ingest"
	"github.com/vistka/vistka/pipeline"
	"github.com/vistka/vistka/postgres"
	"github.com/vistka/vistka/sqlite"
)

// defaultDB is the SQLite file used when --db is not given.
const defaultDB = "vistka.db"

// openStore opens the store a --db value names: a postgres:// or
// postgresql:// DSN, or a SQLite file path.
func openStore(ctx context.Context, dsn string, p *pipeline.Pipeline) (vistka.Store, error) {
	lem := vistka.Lemmatizer(p.Lemmatize)
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return postgres.Open(ctx, dsn, lem)
	}
	return sqlite.Open(ctx, strings.TrimPrefix(dsn, "sqlite:"), lem)
}

// extractingSink runs the pipeline over each document and stores it.
type extractingSink struct {
	p     *pipeline.Pipeline
	store vistka.Store
}

// Put gives up when ctx ends (a request timed out, its client gone)
// rather than extract a long text no one will get the answer of.
func (s extractingSink) Put(ctx context.Context, doc *vistka.Document) (int64, bool, error) {
	words, err := s.p.DocumentContext(ctx, doc)
	if err != nil {
		return 0, false, err
	}
	return s.store.Put(ctx, doc, words)
}

// Prepare runs the pipeline over doc so that the ingester's loading
// goroutines extract in parallel; the function it returns stores doc.
func (s extractingSink) Prepare(_ context.Context, doc *vistka.Document) func(context.Context) (int64, bool, error) {
	words := s.p.Document(doc)
	return func(ctx context.Context) (int64, bool, error) {
		return s.store.Put(ctx, doc, words)
	}
}

// ingestSink is the sink of `vistka ingest`: extraction in front of the
// store, and, when the store can, documents stored in batches that the
// ingester commits every ingest.CommitDocs documents or
// ingest.CommitEvery. close rolls back a batch left open.
func ingestSink(p *pipeline.Pipeline, store vistka.Store) (sink ingest.Sink, close func()) {
	b, ok := store.(vistka.Batcher)
	if !ok {
		return extractingSink{p: p, store: store}, func() {}
	}
	s := &batchingSink{p: p, store: b}
	return s, s.rollback
}

// batchingSink runs the pipeline over each document and stores it in the
// open batch, opening one when there is none. The ingester calls its
// methods from one goroutine (but Prepare, which only extracts).
type batchingSink struct {
	p     *pipeline.Pipeline
	store vistka.Batcher
	batch vistka.Batch
}

func (s *batchingSink) Put(ctx context.Context, doc *vistka.Document) (int64, bool, error) {
	return s.put(ctx, doc, s.p.Document(doc))
}

// Prepare extracts in the ingester's loading goroutines; see
// extractingSink.Prepare.
func (s *batchingSink) Prepare(_ context.Context, doc *vistka.Document) func(context.Context) (int64, bool, error) {
	words := s.p.Document(doc)
	return func(ctx context.Context) (int64, bool, error) {
		return s.put(ctx, doc, words)
	}
}

func (s *batchingSink) put(ctx context.Context, doc *vistka.Document, words []vistka.Token) (int64, bool, error) {
	if s.batch == nil {
		b, err := s.store.Begin(ctx)
		if err != nil {
			return 0, false, err
		}
		s.batch = b
	}
	return s.batch.Put(ctx, doc, words)
}

// Commit implements ingest.Committer.
func (s *batchingSink) Commit(context.Context) error {
	if s.batch == nil {
		return nil
	}
	b := s.batch
	s.batch = nil
	return b.Commit()
}

func (s *batchingSink) rollback() {
	if s.batch != nil {
		s.batch.Rollback()
		s.batch = nil
	}
}
