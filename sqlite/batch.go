package sqlite

import (
	"context"
	"fmt"

	"github.com/vistka/vistka"
)

var _ vistka.Batcher = (*Store)(nil)

// Batch is a write transaction that holds many Puts; see vistka.Batcher.
// A Batch is for one goroutine at a time, and holds the store's write
// slot until it ends: a Put on the store from the goroutine that has a
// Batch open waits for ever.
//
// A Put that fails midway has written part of its document. Rather than
// a savepoint around every Put — which costs SQLite a copy of every page
// a document touches, and FTS5 a flush of its pending terms — the batch
// then rolls the transaction back and puts its documents again, which
// are therefore kept until it ends.
//
// The documents go into the full-text index when the batch commits, all
// at once: FTS5 makes a segment of the index each time it writes, and
// fewer segments are less work to write and to merge. So do the other
// rows that no Put reads back, table by table (see pending), and the
// counts of the entities the batch's documents name.
type Batch struct {
	s      *Store
	w      writer     // its written is set (see writer)
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
// write slot; the batch lives until Commit or Rollback.
func (s *Store) Begin(ctx context.Context) (vistka.Batch, error) {
	if err := s.lock(ctx); err != nil {
		return nil, err
	}
	b := &Batch{s: s}
	if err := b.begin(); err != nil {
		s.unlock()
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	return b, nil
}

func (b *Batch) begin() error {
	// Not the caller's context, which ends before the batch does.
	w, err := b.s.begin(context.Background())
	w.written = map[int64]*entityRows{}
	b.w = w
	return err
}

// Put stores doc in the batch; see vistka.Batch.
func (b *Batch) Put(ctx context.Context, doc *vistka.Document, words []vistka.Token) (int64, bool, error) {
	switch {
	case b.done:
		return 0, false, vistka.Errorf(vistka.EINTERNAL, "sqlite: put: the batch has ended")
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
	// The statements run to their end whatever becomes of ctx: SQLite
	// rolls back the whole transaction when a write is interrupted.
	id, dup, err := b.w.put(context.WithoutCancel(ctx), doc, p)
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
	b.w.rollback()
	if err := b.begin(); err != nil {
		b.broken = fmt.Errorf("sqlite: put: after a failed document: %w", err)
		return
	}
	for _, p := range b.puts {
		id, dup, err := b.w.put(context.Background(), p.doc, p.p)
		switch {
		case err != nil:
			b.broken = fmt.Errorf("sqlite: put: after a failed document, again: %w", err)
		case dup || id != p.id:
			b.broken = fmt.Errorf("sqlite: put: after a failed document, document %d came back as %d", p.id, id)
		}
		if b.broken != nil {
			return
		}
	}
}

// Commit makes the batch durable; see vistka.Batch.
func (b *Batch) Commit() error {
	if b.done {
		return vistka.Errorf(vistka.EINTERNAL, "sqlite: commit: the batch has ended")
	}
	defer b.end()
	if b.broken != nil {
		b.w.rollback()
		return fmt.Errorf("sqlite: commit: %w", b.broken)
	}
	if err := b.w.later.write(context.Background(), b.w); err != nil {
		b.w.rollback()
		return fmt.Errorf("sqlite: commit: %w", err)
	}
	if err := b.w.commit(); err != nil {
		return fmt.Errorf("sqlite: commit: %w", err)
	}
	return nil
}

// Rollback forgets the batch; see vistka.Batch.
func (b *Batch) Rollback() error {
	if b.done {
		return nil
	}
	defer b.end()
	if err := b.w.rollback(); err != nil {
		return fmt.Errorf("sqlite: rollback: %w", err)
	}
	return nil
}

// end ends the batch and gives up the write slot.
func (b *Batch) end() {
	b.done = true
	b.puts, b.w = nil, writer{}
	b.s.unlock()
}
