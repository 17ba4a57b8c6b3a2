package main

import (
	"context"
	"strings"

	"github.com/vistka/vistka"
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

func (s extractingSink) Put(ctx context.Context, doc *vistka.Document) (int64, bool, error) {
	words := s.p.Document(doc)
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
