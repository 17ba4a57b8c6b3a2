package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/vistka/vistka"
)

var _ vistka.Batcher = (*Store)(nil)

// Batch is a write transaction that holds many Puts; see vistka.Batcher.
// A Batch is for one goroutine at a time. It holds the lock of the Puts
// until it ends, so that Puts and Batches elsewhere wait for it.
//
// A Put that fails midway has written part of its document, and
// PostgreSQL refuses the rest of the transaction. Rather than a
// savepoint around every Put — which made a batch slower than a
// transaction a document — the batch then rolls the transaction back and
// puts its documents again, to the ids they had, which are therefore
// kept until it ends (see sqlite.Batch).
type Batch struct {
	s      *Store
	tx     pgx.Tx
	puts   []batchPut // the documents stored so far, in order
	done   bool
	broken error // a failure that left the batch unusable
}

type batchPut struct {
	doc *vistka.Document
	p   *prepared
	id  int64
}

// Begin opens a batch; see vistka.Batcher. ctx bounds the wait for the
// lock of the Puts; the batch lives until Commit or Rollback.
func (s *Store) Begin(ctx context.Context) (vistka.Batch, error) {
	b := &Batch{s: s}
	if err := b.begin(ctx); err != nil {
		return nil, fmt.Errorf("postgres: begin: %w", err)
	}
	return b, nil
}

// begin opens the transaction and takes the lock of the Puts in it.
func (b *Batch) begin(ctx context.Context) error {
	tx, err := b.s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, putLock); err != nil {
		tx.Rollback(context.WithoutCancel(ctx))
		return err
	}
	b.tx = tx
	return nil
}

// Put stores doc in the batch; see vistka.Batch.
func (b *Batch) Put(ctx context.Context, doc *vistka.Document, words []vistka.Token) (int64, bool, error) {
	switch {
	case b.done:
		return 0, false, vistka.Errorf(vistka.EINTERNAL, "postgres: put: the batch has ended")
	case b.broken != nil:
		return 0, false, b.broken
	}
	p, err := b.s.prepare(doc, words)
	if err != nil {
		return 0, false, err
	}
	if err := ctx.Err(); err != nil {
		return 0, false, err
	}
	// The statements run to their end whatever becomes of ctx: pgx
	// closes a connection whose query it cancels, and the batch would
	// be lost with it.
	id, dup, err := put(context.WithoutCancel(ctx), b.tx, doc, p, false, 0)
	if err != nil {
		b.redo()
		return 0, false, err
	}
	if !dup {
		doc.ID = id
		b.puts = append(b.puts, batchPut{doc: doc, p: p, id: id})
	}
	return id, dup, nil
}

// redo rolls the transaction back and puts the batch's documents again,
// to the same ids.
func (b *Batch) redo() {
	ctx := context.Background()
	b.tx.Rollback(ctx)
	if err := b.begin(ctx); err != nil {
		b.broken = fmt.Errorf("postgres: put: after a failed document: %w", err)
		return
	}
	for _, p := range b.puts {
		id, dup, err := put(ctx, b.tx, p.doc, p.p, false, p.id)
		switch {
		case err != nil:
			b.broken = fmt.Errorf("postgres: put: after a failed document, again: %w", err)
		case dup || id != p.id:
			b.broken = fmt.Errorf("postgres: put: after a failed document, document %d came back as %d", p.id, id)
		}
		if b.broken != nil {
			return
		}
	}
}

// Commit makes the batch durable; see vistka.Batch.
func (b *Batch) Commit() error {
	if b.done {
		return vistka.Errorf(vistka.EINTERNAL, "postgres: commit: the batch has ended")
	}
	defer b.end()
	if b.broken != nil {
		b.tx.Rollback(context.Background())
		return fmt.Errorf("postgres: commit: %w", b.broken)
	}
	if err := b.tx.Commit(context.Background()); err != nil {
		return fmt.Errorf("postgres: commit: %w", err)
	}
	return nil
}

// Rollback forgets the batch; see vistka.Batch.
func (b *Batch) Rollback() error {
	if b.done {
		return nil
	}
	defer b.end()
	if err := b.tx.Rollback(context.Background()); err != nil {
		return fmt.Errorf("postgres: rollback: %w", err)
	}
	return nil
}

func (b *Batch) end() {
	b.done = true
	b.puts = nil
}
