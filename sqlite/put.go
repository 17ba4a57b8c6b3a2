package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/storeindex"
)

// Put stores doc; see vistka.Store.
func (s *Store) Put(ctx context.Context, doc *vistka.Document, words []vistka.Token) (int64, bool, error) {
	p, err := s.prepare(doc, words)
	if err != nil {
		return 0, false, err
	}
	if err := s.lock(ctx); err != nil {
		return 0, false, err
	}
	defer s.unlock()

	w, err := s.begin(ctx)
	if err != nil {
		return 0, false, fmt.Errorf("sqlite: put: %w", err)
	}
	id, dup, err := w.put(ctx, doc, p)
	if err == nil && !dup {
		if err = w.later.write(ctx, w); err != nil {
			err = fmt.Errorf("sqlite: put: %w", err)
		}
	}
	if err != nil || dup {
		w.rollback()
		return id, dup, err
	}
	if err := w.commit(); err != nil {
		return 0, false, fmt.Errorf("sqlite: put: commit: %w", err)
	}
	doc.ID = id
	return id, false, nil
}

// prepared is what Put makes of a document before it takes the write
// slot.
type prepared struct {
	lemmas  string
	offsets []byte
	ext     any // the extraction as JSON, a string; nil (NULL) without one
}

func (s *Store) prepare(doc *vistka.Document, words []vistka.Token) (*prepared, error) {
	lemmas, offsets, err := prepare(doc, words, s.lemmatize)
	if err != nil {
		return nil, err
	}
	p := &prepared{lemmas: lemmas, offsets: offsets}
	if doc.Extraction != nil {
		if p.ext, err = extractionJSON(doc.Extraction); err != nil {
			return nil, vistka.Errorf(vistka.EINVALID, "extraction: %v", err)
		}
	}
	return p, nil
}

// put stores doc in the writer's transaction, unless it is a duplicate
// (it sets doc.ID when it is): the rows later documents read now, the
// others in w.later, to be written before the transaction commits.
func (w writer) put(ctx context.Context, doc *vistka.Document, p *prepared) (int64, bool, error) {
	var id int64
	err := w.queryRow(ctx, `SELECT id FROM document WHERE hash = ? OR url = ? LIMIT 1`, doc.Hash, nullString(doc.URL)).Scan(&id)
	switch {
	case err == nil:
		doc.ID = id
		return id, true, nil
	case !errors.Is(err, sql.ErrNoRows):
		return 0, false, fmt.Errorf("sqlite: put: %w", err)
	}

	res, err := w.exec(ctx, `INSERT INTO document (url, title, author, site, published, language, hash, publisher)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		nullString(doc.URL), doc.Title, doc.Author, doc.Site, micros(doc.Published), doc.Language, doc.Hash, publisher(doc))
	if err != nil {
		return 0, false, fmt.Errorf("sqlite: put: %w", err)
	}
	if id, err = res.LastInsertId(); err != nil {
		return 0, false, fmt.Errorf("sqlite: put: %w", err)
	}
	if _, err := w.exec(ctx, `INSERT INTO document_body (id, text, extraction, lemmas, offsets) VALUES (?, ?, ?, ?, ?)`,
		id, doc.Text, p.ext, p.lemmas, p.offsets); err != nil {
		return 0, false, fmt.Errorf("sqlite: put: %w", err)
	}
	if doc.Extraction != nil {
		if err := putExtraction(ctx, w, id, doc); err != nil {
			return 0, false, fmt.Errorf("sqlite: put: %w", err)
		}
	}
	w.later.fts = append(w.later.fts, id)
	return id, false, nil
}

// putExtraction stores the entities, quotes, events, amounts and sources
// of document id.
func putExtraction(ctx context.Context, w writer, id int64, doc *vistka.Document) error {
	ext := doc.Extraction
	m := newMemo()
	if err := w.recall(ctx, m, ext); err != nil {
		return fmt.Errorf("entities: %w", err)
	}
	global, news, renames := link(m, ext)
	for _, r := range renames {
		if _, err := w.exec(ctx, `UPDATE entity SET name = ?, norm = ?, surname = ?, given = ? WHERE id = ?`,
			r.Name, r.Norm, r.Surname, r.Given, r.ID); err != nil {
			return fmt.Errorf("entity %q: %w", r.Name, err)
		}
		w.s.known.renamed(r.ID, r.Norm, r.Surname, r.Given)
	}

	// What each entity, stored or new, gains from this document. The
	// stored ones gain it when the transaction commits (see pending).
	counted := make(map[int64]*counts)
	for i := range ext.Entities {
		gid := global[i]
		if gid == 0 {
			continue
		}
		c := counted[gid]
		if c == nil {
			c = &counts{docs: 1}
			counted[gid] = c
		}
		c.mentions += len(ext.Entities[i].Mentions)
	}
	ids, err := w.insertEntities(ctx, news, func(j int) (int, int) {
		c := counted[-int64(j+1)]
		return c.docs, c.mentions
	})
	if err != nil {
		return err
	}
	later := w.later
	for gid, c := range counted {
		if gid > 0 {
			later.count(gid, *c)
		}
	}

	local := make(map[string]int64)
	// The mentions are not stored apart: the view mention reads them from
	// the extraction in document_body.
	aliases := rows{sql: `INSERT OR IGNORE INTO entity_alias (entity_id, norm, alias) VALUES (?, ?, ?)`}
	for i := range ext.Entities {
		e := &ext.Entities[i]
		gid := global[i]
		switch {
		case gid == 0:
			continue
		case gid < 0:
			gid = ids[-gid-1]
		}
		if _, dup := local[e.ID]; !dup {
			local[e.ID] = gid
			later.links.add(id, e.ID, gid)
		}
		written := w.rowsOf(gid)
		for _, a := range entityAliases(m, e) {
			if written.freshAlias(a.Norm) {
				aliases.add(gid, a.Norm, a.Alias)
			}
		}
		for _, word := range nameWords(e) {
			if written.freshWord(word) {
				later.words.add(word, gid)
			}
		}
		for _, t := range e.Titles {
			if t = strings.TrimSpace(t); t != "" {
				later.titles.add(gid, id, t)
			}
		}
	}
	// The aliases now: the next document's entities are looked up by them.
	if _, err := aliases.exec(ctx, w); err != nil {
		return err
	}
	for i := 0; i < len(aliases.args); i += 3 { // entity_id, norm, alias
		w.s.known.aliased(aliases.args[i].(int64), aliases.args[i+1].(string))
	}

	for _, q := range ext.Quotes {
		gid, phrase := arg(local, q.Speaker)
		if gid == nil && phrase == "" {
			phrase = strings.TrimSpace(q.SpeakerText)
		}
		later.quotes.add(id, gid, phrase, q.Direct, q.Cue, q.Text, int64(q.Start), int64(q.End))
	}

	// The events take the ids SQLite would give them, as new entities do
	// (see insertEntities), so that their arguments can refer to them.
	if len(ext.Events) > 0 && later.lastEvent < 0 {
		if err := w.queryRow(ctx, `SELECT coalesce(max(id), 0) FROM event`).Scan(&later.lastEvent); err != nil {
			return fmt.Errorf("event: %w", err)
		}
	}
	if later.lastEvent > math.MaxInt64-int64(len(ext.Events)) {
		return fmt.Errorf("event: no ids left after %d", later.lastEvent)
	}
	runes := storeindex.NewRunes(doc.Text)
	for _, ev := range ext.Events {
		later.lastEvent++
		eid := later.lastEvent
		later.events.add(id, ev.Type, ev.Mode, ev.Trigger, ev.Date, micros(eventTime(ev.Date, doc.Published)), stringsJSON(ev.Aux),
			runes.Substr(ev.Sentence.Start, ev.Sentence.End))
		add := func(role string, vals []string) {
			for i, v := range vals {
				gid, phrase := arg(local, v)
				later.args.add(eid, role, int64(i), gid, phrase)
			}
		}
		add("actor", ev.Actors)
		add("recipient", ev.Recipients)
		if ev.Place != "" {
			add("place", []string{ev.Place})
		}
	}

	for _, a := range ext.Amounts {
		later.amounts.add(id, a.Text, int64(a.Start), int64(a.End), orNull(a.Value), orNull(a.Max), a.Unit, a.Bound)
	}

	src := ext.Source
	for _, r := range []struct {
		role string
		vals []string
	}{{"publisher", []string{src.Publisher}}, {"via", src.Via}, {"photo", src.Photo}, {"video", src.Video}} {
		for i, v := range r.vals {
			if v = strings.TrimSpace(v); v != "" {
				later.sources.add(id, r.role, int64(i), v)
			}
		}
	}
	return nil
}

// counts are what an entity gains from documents.
type counts struct{ docs, mentions int }

// pending holds the rows of a transaction's documents that no Put reads
// back, to be written just before it commits: each table then takes its
// rows in a few statements of many, rather than a few statements for
// every document, and an entity named in many documents is updated once.
// Nothing in them can fail to go in (no row can break a constraint), so
// that a document whose Put succeeds does not fail later.
type pending struct {
	links, words, titles, quotes, events, args, amounts, sources rows
	// counts are what stored entities gain (new ones are written with
	// their counts).
	counts map[int64]counts
	// lastEvent and lastEntity are the largest event and entity ids
	// taken, -1 until read.
	lastEvent, lastEntity int64
	// fts are the documents for the full-text index, in the order of
	// their ids.
	fts []int64
}

func newPending() *pending {
	return &pending{
		links:      rows{sql: `INSERT OR IGNORE INTO document_entity (document_id, local_id, entity_id) VALUES (?, ?, ?)`},
		words:      rows{sql: `INSERT OR IGNORE INTO entity_word (word, entity_id) VALUES (?, ?)`},
		titles:     rows{sql: `INSERT OR FAIL INTO title (entity_id, document_id, title) VALUES (?, ?, ?)`},
		quotes:     rows{sql: `INSERT OR FAIL INTO quote (document_id, entity_id, speaker, direct, cue, text, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		events:     rows{sql: `INSERT OR FAIL INTO event (document_id, type, mode, trigger, date, at, aux, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		args:       rows{sql: `INSERT OR FAIL INTO event_arg (event_id, role, position, entity_id, value) VALUES (?, ?, ?, ?, ?)`},
		amounts:    rows{sql: `INSERT OR FAIL INTO amount (document_id, text, start_offset, end_offset, value, max, unit, bound) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		sources:    rows{sql: `INSERT OR IGNORE INTO source (document_id, role, position, value) VALUES (?, ?, ?, ?)`},
		counts:     map[int64]counts{},
		lastEvent:  -1,
		lastEntity: -1,
	}
}

// count adds c to what stored entity id gains.
func (p *pending) count(id int64, c counts) {
	sum := p.counts[id]
	sum.docs += c.docs
	sum.mentions += c.mentions
	p.counts[id] = sum
}

// write writes the pending rows in the writer's transaction.
func (p *pending) write(ctx context.Context, w writer) error {
	for _, r := range []*rows{&p.links, &p.words, &p.titles, &p.quotes, &p.events, &p.args, &p.amounts, &p.sources} {
		last, err := r.exec(ctx, w)
		if err != nil {
			return err
		}
		if r == &p.events && r.n > 0 && last != p.lastEvent {
			return fmt.Errorf("event: SQLite numbered the last %d, not %d", last, p.lastEvent)
		}
	}
	// One statement for each entity: an UPDATE … FROM a list of rows
	// would write fewer statements, but SQLite runs it through a
	// temporary table, which costs more than the statements it saves.
	ids := slices.Sorted(maps.Keys(p.counts))
	for _, id := range ids {
		c := p.counts[id]
		if _, err := w.exec(ctx, `UPDATE entity SET documents = documents + ?, mentions = mentions + ? WHERE id = ?`,
			int64(c.docs), int64(c.mentions), id); err != nil {
			return fmt.Errorf("entity %d: %w", id, err)
		}
	}
	// The full-text index last: FTS5 writes what it holds to the file at
	// the start of every statement that may need undoing, and what it
	// writes is one segment more to merge later. It reads the terms back
	// from document_body rather than have them bound again, all in one
	// statement.
	if len(p.fts) > 0 {
		list := []byte{'['}
		for i, id := range p.fts {
			if i > 0 {
				list = append(list, ',')
			}
			list = strconv.AppendInt(list, id, 10)
		}
		list = append(list, ']')
		if _, err := w.exec(ctx, ftsInsert, string(list)); err != nil {
			return fmt.Errorf("index: %w", err)
		}
	}
	return nil
}

// insertEntities stores new entities, each with the counts of documents
// and mentions count(j) gives for news[j], and returns their ids.
//
// The ids are the ones SQLite gives them, one more than the largest in
// order, known here rather than read back with RETURNING: SQLite gathers
// the rows a RETURNING clause returns in a temporary table, which it
// creates for each statement. The writer's transaction holds the write
// lock, so no other connection takes an id in between, and the largest
// is read once a transaction (w.later.lastEntity). The id of the last
// row is checked. The ids are not written in the statement: an explicit
// INTEGER PRIMARY KEY makes SQLite keep a statement journal, as ABORT
// does (see rows).
func (w writer) insertEntities(ctx context.Context, news []fresh, count func(j int) (docs, mentions int)) ([]int64, error) {
	if len(news) == 0 {
		return nil, nil
	}
	later := w.later
	if later.lastEntity < 0 {
		if err := w.queryRow(ctx, `SELECT coalesce(max(id), 0) FROM entity`).Scan(&later.lastEntity); err != nil {
			return nil, fmt.Errorf("entities: %w", err)
		}
	}
	last := later.lastEntity
	if last > math.MaxInt64-int64(len(news)) {
		return nil, fmt.Errorf("entities: no ids left after %d", last)
	}
	ids := make([]int64, len(news))
	insert := rows{sql: `INSERT OR FAIL INTO entity (type, name, norm, surname, given, documents, mentions) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		args: make([]any, 0, 7*len(news))}
	for j, f := range news {
		ids[j] = last + 1 + int64(j)
		docs, mentions := count(j)
		insert.add(f.Type, f.Name, f.Norm, orNull(f.Surname), orNull(f.Given), int64(docs), int64(mentions))
	}
	got, err := insert.exec(ctx, w)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	later.lastEntity = ids[len(ids)-1]
	if got != later.lastEntity {
		return nil, fmt.Errorf("entities: SQLite numbered the last %d, not %d", got, later.lastEntity)
	}
	w.s.known.inserted(ids, news)
	return ids, nil
}

// rows are the rows of one insert or update: a statement with one group
// of parameters after VALUES.
//
// A statement of many rows into a table with a constraint says OR IGNORE
// or OR FAIL, never the default ABORT: to undo one statement that aborts
// halfway, SQLite copies every page the statement changes into a
// statement journal before changing it, which cost about a tenth of the
// time of storing new entities. No row breaks a constraint, and if one
// did the failure would fail the whole transaction, which is then
// rolled back (see Batch), so undoing the statement alone is never
// needed.
type rows struct {
	sql  string
	args []any
	n    int
}

func (r *rows) add(vals ...any) {
	r.args = append(r.args, vals...)
	r.n++
}

// maxChunk is the most rows one statement writes. Each connection
// prepares a statement of every size up to it for every table, which a
// run of a few hundred documents pays for: 64 rows cost it more to
// prepare than they saved in statements (BenchmarkIngestStore, 1%), 16
// no less than 32.
const maxChunk = 32

// exec writes the rows with as few statements as it can: each writes a
// power of two of rows, so that a few prepared statements serve every
// count. It returns the rowid of the last row inserted (0 without rows).
func (r *rows) exec(ctx context.Context, w writer) (last int64, err error) {
	if r.n == 0 {
		return 0, nil
	}
	width := len(r.args) / r.n
	var res sql.Result
	for i := 0; i < r.n; {
		size := maxChunk
		for size > r.n-i {
			size /= 2
		}
		if res, err = w.exec(ctx, manyRows(r.sql, size), r.args[i*width:(i+size)*width]...); err != nil {
			return 0, fmt.Errorf("%.40s…: %w", r.sql, err)
		}
		i += size
	}
	return res.LastInsertId()
}

// manyRows rewrites a statement of one row for n rows, repeating the
// group of parameters after VALUES.
func manyRows(query string, n int) string {
	if n == 1 {
		return query
	}
	k := manyKey{query, n}
	if q, ok := manyCache.Load(k); ok {
		return q.(string)
	}
	at := strings.Index(query, "VALUES (")
	if at < 0 {
		panic("sqlite: no VALUES in " + query)
	}
	at += len("VALUES ")
	end := at + strings.Index(query[at:], ")") + 1
	group := query[at:end]
	q := query[:at] + group + strings.Repeat(", "+group, n-1) + query[end:]
	manyCache.Store(k, q)
	return q
}

type manyKey struct {
	query string
	n     int
}

var manyCache sync.Map // manyKey → string

// writer runs the statements of a Put in the transaction open on the
// store's write connection, each prepared once for the store.
type writer struct {
	s    *Store
	conn *sql.Conn
	// later holds the rows written when the transaction commits.
	later *pending
	// written, when set, holds the alias and word rows of entities
	// written in the transaction so far, by entity, and the alias rows
	// recall has read. The same entities come back document after
	// document, and an INSERT OR IGNORE of a row that is there already
	// still costs SQLite a search of its index.
	written map[int64]*entityRows
}

// entityRows are the keys of the rows of one entity written in a
// transaction: the norms of its entity_alias rows and the words of its
// entity_word rows. An entity has a few of each (a word for each form
// of its name), which a list holds more cheaply than a set of every row
// of a batch, whose growth cost a batch more than the searches.
type entityRows struct{ aliases, words []string }

// rowsOf returns the rows written for entity, or nil when the writer
// keeps none.
func (w writer) rowsOf(entity int64) *entityRows {
	if w.written == nil {
		return nil
	}
	r := w.written[entity]
	if r == nil {
		// Room for the usual few keys, in one array.
		keys := make([]string, 0, 10)
		r = &entityRows{aliases: keys[:0:2], words: keys[2:2:10]}
		w.written[entity] = r
	}
	return r
}

// freshAlias reports whether the alias row of norm is yet to be written,
// and remembers it as written; with no rows kept (r nil), every row is.
func (r *entityRows) freshAlias(norm string) bool {
	return r == nil || addNew(&r.aliases, norm)
}

// freshWord is freshAlias for the word row of word.
func (r *entityRows) freshWord(word string) bool {
	return r == nil || addNew(&r.words, word)
}

// addNew adds key to *keys unless it is there, and reports whether it
// was not.
func addNew(keys *[]string, key string) bool {
	if slices.Contains(*keys, key) {
		return false
	}
	*keys = append(*keys, key)
	return true
}

// ftsInsert puts the documents of a JSON array of ids, ascending, into
// the full-text index: FTS5 writes its pending terms to the file when
// the next document's id is not larger than the last one's.
const ftsInsert = `INSERT INTO document_fts (rowid, lemmas)
	SELECT b.id, b.lemmas FROM json_each(?) j CROSS JOIN document_body b ON b.id = j.value`

func (w writer) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := w.s.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (w writer) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := w.s.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (w writer) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := w.s.stmt(ctx, query)
	if err != nil {
		// A Row carries no error of its own making; run the query
		// unprepared to get one.
		return w.conn.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// arg resolves an entity id of the document (E1, …) to a global id, or
// returns the value as a phrase when it is none.
func arg(local map[string]int64, v string) (gid any, phrase string) {
	v = strings.TrimSpace(v)
	if id, ok := local[v]; ok {
		return id, ""
	}
	return nil, v
}

// micros is a time as Unix microseconds, or NULL for the zero time.
func micros(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixMicro()
}

// fromMicros is the inverse of micros.
func fromMicros(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMicro(v.Int64).UTC()
}

// orNull is *p, or NULL for a nil p. The values of the rows go to
// database/sql as types the driver takes (int64 rather than int, values
// rather than pointers), which it passes on as they are; the others it
// converts through reflection, which cost a batch of 100 documents 0.6%
// of its instructions.
func orNull[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}
