package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/vistka/vistka"
)

// Document returns a stored document; see vistka.Store.
func (s *Store) Document(ctx context.Context, id int64) (*vistka.StoredDocument, error) {
	d := &vistka.StoredDocument{EntityIDs: map[string]int64{}}
	var url *string
	var published *time.Time
	var ext []byte
	err := s.pool.QueryRow(ctx, `SELECT id, url, title, author, site, published, language, text, hash, extraction
		FROM document WHERE id = $1`, id).
		Scan(&d.ID, &url, &d.Title, &d.Author, &d.Site, &published, &d.Language, &d.Text, &d.Hash, &ext)
	if err != nil {
		return nil, fmt.Errorf("postgres: document: %w", notFound(err, "document", id))
	}
	if url != nil {
		d.URL = *url
	}
	d.Published = fromNull(published)
	if ext != nil {
		d.Extraction = new(vistka.Extraction)
		if err := json.Unmarshal(ext, d.Extraction); err != nil {
			return nil, fmt.Errorf("postgres: document %d: extraction: %w", id, err)
		}
	}
	rows, err := s.pool.Query(ctx, `SELECT local_id, entity_id FROM document_entity WHERE document_id = $1`, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: document: %w", err)
	}
	var local string
	var gid int64
	if _, err := pgx.ForEachRow(rows, []any{&local, &gid}, func() error {
		d.EntityIDs[local] = gid
		return nil
	}); err != nil {
		return nil, fmt.Errorf("postgres: document: %w", err)
	}
	return d, nil
}

// sortMax is the number of found documents up to which Search has them
// sorted; above it, the planner may walk the documents newest first.
const sortMax = 2000

// Search finds documents; see vistka.Store.
func (s *Store) Search(ctx context.Context, q vistka.SearchQuery) (*vistka.SearchResult, error) {
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return nil, err
	}
	if err := checkRange(q.From, q.To); err != nil {
		return nil, err
	}
	if err := checkOrder(q.Order); err != nil {
		return nil, err
	}
	out := &vistka.SearchResult{Results: []vistka.SearchHit{}}
	var want []string
	var where []string
	var p params
	tsq := ""
	if strings.TrimSpace(q.Text) != "" {
		if want = queryTerms(s.lemmatize, q.Text); len(want) == 0 {
			return out, nil
		}
		tsq = `plainto_tsquery('simple', ` + p.add(strings.Join(want, " ")) + `)`
		where = append(where, `d.tsv @@ `+tsq)
	}
	if q.Entity != 0 {
		where = append(where, `d.id IN (SELECT document_id FROM document_entity WHERE entity_id = `+p.add(q.Entity)+`)`)
	}
	if q.EventType != "" {
		where = append(where, `d.id IN (SELECT document_id FROM event WHERE type = `+p.add(q.EventType)+`)`)
	}
	if !q.From.IsZero() {
		where = append(where, `d.published >= `+p.add(q.From.Truncate(time.Microsecond)))
	}
	if !q.To.IsZero() {
		where = append(where, `d.published < `+p.add(q.To.Truncate(time.Microsecond)))
	}
	if pub := strings.ToLower(strings.TrimSpace(q.Publisher)); pub != "" {
		where = append(where, `d.publisher = `+p.add(pub))
	}
	from := ` FROM document_search d`
	order := ` ORDER BY d.published DESC NULLS LAST, d.id DESC`
	if q.Order == vistka.OrderRelevance && tsq != "" {
		order = ` ORDER BY ts_rank(d.tsv, ` + tsq + `) DESC, d.published DESC NULLS LAST, d.id DESC`
	}
	if tsq != "" && len(where) > 1 {
		// Text and other filters: the matches first, then the filters
		// on them. Left to itself, the planner would rather take the
		// documents of a publisher or a year from their index and fetch
		// the terms of each from TOAST to test them.
		rank := ``
		if q.Order == vistka.OrderRelevance {
			rank = `, ts_rank(tsv, ` + tsq + `) AS rank`
			order = ` ORDER BY d.rank DESC, d.published DESC NULLS LAST, d.id DESC`
		}
		from = ` FROM (SELECT id, published, publisher` + rank + ` FROM document_search WHERE tsv @@ ` + tsq + ` OFFSET 0) d`
		where = where[1:]
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}

	// The planner takes a text match for cheap: it walks the index of
	// publication times, or the whole table, testing each row's terms,
	// which it must fetch from TOAST. The GIN index, then a sort of the
	// narrow rows, is never far off and often much better: insist on it,
	// except for the walk when the count shows that many documents match
	// (see sqlite's Search).
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	b := &pgx.Batch{}
	if tsq != "" {
		b.Queue(`SET LOCAL enable_seqscan = off`)
		b.Queue(`SET LOCAL enable_indexscan = off`)
	}
	count := `SELECT count(*)` + from + cond
	if tsq == "" && q.Entity != 0 && len(where) == 1 {
		count = `SELECT coalesce(max(documents), 0) FROM entity WHERE id = $1`
	}
	b.Queue(count, p...).QueryRow(func(row pgx.Row) error { return row.Scan(&out.Total) })
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	if offset >= out.Total {
		return out, nil
	}
	b = &pgx.Batch{}
	if tsq != "" && out.Total > sortMax && q.Order != vistka.OrderRelevance {
		b.Queue(`SET LOCAL enable_indexscan = on`)
	}
	lim, off := p.add(limit), p.add(offset)
	var ids []int64
	b.Queue(`SELECT d.id`+from+cond+order+` LIMIT `+lim+` OFFSET `+off, p...).Query(func(rows pgx.Rows) error {
		var err error
		ids, err = pgx.CollectRows(rows, pgx.RowTo[int64])
		return err
	})
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := tx.Query(ctx, `SELECT id, title, published, text, lemmas, offsets FROM document WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	found := map[int64]vistka.SearchHit{}
	var h vistka.SearchHit
	var published *time.Time
	var text, lemmas string
	var offsets []byte
	if _, err := pgx.ForEachRow(rows, []any{&h.ID, &h.Title, &published, &text, &lemmas, &offsets}, func() error {
		h.Published = fromNull(published)
		h.Snippet, h.Highlights = snippet(text, hits(lemmas, offsets, want))
		found[h.ID] = h
		return nil
	}); err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	for _, id := range ids {
		out.Results = append(out.Results, found[id])
	}
	return out, nil
}

// Entities looks entities up by name; see vistka.Store.
func (s *Store) Entities(ctx context.Context, q vistka.EntityQuery) ([]vistka.EntitySummary, error) {
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return nil, err
	}
	out := []vistka.EntitySummary{}
	var where []string
	var p params
	if strings.TrimSpace(q.Name) != "" {
		words := queryPrefixes(s.lemmatize, q.Name)
		if len(words) == 0 {
			return out, nil
		}
		// Each word starts a word of the entity's names: a range of the
		// index entity_word_prefix, in the order of bytes (COLLATE "C"),
		// which is the order of code points.
		for _, alts := range words {
			var or []string
			for _, w := range alts {
				or = append(or, `word COLLATE "C" >= `+p.add(w)+` AND word COLLATE "C" < `+p.add(prefixEnd(w)))
			}
			where = append(where, `e.id IN (SELECT entity_id FROM entity_word WHERE `+strings.Join(or, " OR ")+`)`)
		}
	}
	if q.Type != "" {
		where = append(where, `e.type = `+p.add(q.Type))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.pool.Query(ctx, `SELECT e.id, e.type, e.name, e.documents, e.mentions FROM entity e`+cond+
		` ORDER BY e.documents DESC, e.mentions DESC, e.id LIMIT `+p.add(limit)+` OFFSET `+p.add(offset), p...)
	if err != nil {
		return nil, fmt.Errorf("postgres: entities: %w", err)
	}
	var e vistka.EntitySummary
	if _, err := pgx.ForEachRow(rows, []any{&e.ID, &e.Type, &e.Name, &e.Documents, &e.Mentions}, func() error {
		out = append(out, e)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("postgres: entities: %w", err)
	}
	return out, nil
}

// Entity returns one entity; see vistka.Store.
func (s *Store) Entity(ctx context.Context, id int64) (*vistka.EntityDetail, error) {
	e, err := s.entity(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: entity: %w", err)
	}
	return e, nil
}

func (s *Store) entity(ctx context.Context, id int64) (*vistka.EntityDetail, error) {
	e := &vistka.EntityDetail{}
	var norm string
	err := s.pool.QueryRow(ctx, `SELECT id, type, name, norm FROM entity WHERE id = $1`, id).Scan(&e.ID, &e.Type, &e.Name, &norm)
	if err != nil {
		return nil, notFound(err, "entity", id)
	}

	e.Aliases = []string{}
	rows, err := s.pool.Query(ctx, `SELECT alias FROM entity_alias WHERE entity_id = $1 AND norm <> $2 AND alias <> ''`, id, norm)
	if err != nil {
		return nil, err
	}
	var alias string
	if _, err := pgx.ForEachRow(rows, []any{&alias}, func() error {
		e.Aliases = append(e.Aliases, alias)
		return nil
	}); err != nil {
		return nil, err
	}
	slices.Sort(e.Aliases)

	type counted struct {
		s string
		n int
	}
	var titles []counted
	rows, err = s.pool.Query(ctx, `SELECT title, count(*) FROM title WHERE entity_id = $1 GROUP BY title`, id)
	if err != nil {
		return nil, err
	}
	var t counted
	if _, err := pgx.ForEachRow(rows, []any{&t.s, &t.n}, func() error {
		titles = append(titles, t)
		return nil
	}); err != nil {
		return nil, err
	}
	slices.SortFunc(titles, func(a, b counted) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.s, b.s)
	})
	e.Titles = []string{}
	for _, t := range titles[:min(len(titles), vistka.DefaultLimit)] {
		e.Titles = append(e.Titles, t.s)
	}

	e.Documents = []vistka.DocumentRef{}
	rows, err = s.pool.Query(ctx, `SELECT d.id, d.title, d.url, d.published FROM document d
		WHERE d.id IN (SELECT document_id FROM document_entity WHERE entity_id = $1)
		ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT $2`, id, vistka.DefaultLimit)
	if err != nil {
		return nil, err
	}
	var d vistka.DocumentRef
	var url *string
	var published *time.Time
	if _, err := pgx.ForEachRow(rows, []any{&d.ID, &d.Title, &url, &published}, func() error {
		d.URL, d.Published = "", fromNull(published)
		if url != nil {
			d.URL = *url
		}
		e.Documents = append(e.Documents, d)
		return nil
	}); err != nil {
		return nil, err
	}

	e.Quotes = []vistka.QuoteRecord{}
	rows, err = s.pool.Query(ctx, `SELECT q.document_id, d.published, q.direct, q.cue, q.text, q.start_offset, q.end_offset
		FROM quote q JOIN document d ON d.id = q.document_id WHERE q.entity_id = $1
		ORDER BY d.published DESC NULLS LAST, q.document_id DESC, q.start_offset, q.id LIMIT $2`, id, vistka.DefaultLimit)
	if err != nil {
		return nil, err
	}
	var q vistka.QuoteRecord
	if _, err := pgx.ForEachRow(rows, []any{&q.Document, &published, &q.Direct, &q.Cue, &q.Text, &q.Start, &q.End}, func() error {
		q.Published = fromNull(published)
		q.Speaker = &vistka.EntityRef{ID: e.ID, Type: e.Type, Name: e.Name}
		e.Quotes = append(e.Quotes, q)
		return nil
	}); err != nil {
		return nil, err
	}

	if e.Events, err = s.events(ctx, vistka.EventQuery{Entity: id}); err != nil {
		return nil, err
	}
	if e.Related, err = s.related(ctx, id); err != nil {
		return nil, err
	}
	return e, nil
}

// related lists the entities named in the same documents as entity id —
// its latest relatedDocs documents — those that met it in CONSULT events
// first.
func (s *Store) related(ctx context.Context, id int64) ([]vistka.Related, error) {
	byID := map[int64]*vistka.Related{}
	var list []*vistka.Related
	get := func(oid int64) *vistka.Related {
		r := byID[oid]
		if r == nil {
			r = &vistka.Related{ID: oid}
			byID[oid] = r
			list = append(list, r)
		}
		return r
	}
	rows, err := s.pool.Query(ctx, `SELECT b.entity_id, count(DISTINCT b.event_id)
		FROM event_arg a JOIN event ev ON ev.id = a.event_id AND ev.type = 'CONSULT'
		JOIN event_arg b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id AND b.role IN ('actor', 'recipient')
		WHERE a.entity_id = $1 AND a.role IN ('actor', 'recipient')
		GROUP BY b.entity_id`, id)
	if err != nil {
		return nil, err
	}
	var oid int64
	var n int
	if _, err := pgx.ForEachRow(rows, []any{&oid, &n}, func() error {
		get(oid).Met = n
		return nil
	}); err != nil {
		return nil, err
	}
	rows, err = s.pool.Query(ctx, `WITH a (document_id) AS (
			SELECT DISTINCT document_id FROM document_entity WHERE entity_id = $1 ORDER BY document_id DESC LIMIT $2)
		SELECT b.entity_id, count(DISTINCT b.document_id) AS n
		FROM a JOIN document_entity b ON b.document_id = a.document_id AND b.entity_id <> $1
		GROUP BY b.entity_id ORDER BY n DESC, b.entity_id LIMIT $3`, id, relatedDocs, vistka.DefaultLimit)
	if err != nil {
		return nil, err
	}
	if _, err := pgx.ForEachRow(rows, []any{&oid, &n}, func() error {
		get(oid).Count = n
		return nil
	}); err != nil {
		return nil, err
	}
	for _, r := range list {
		if r.Count == 0 {
			err := s.pool.QueryRow(ctx, `WITH a (document_id) AS (
					SELECT DISTINCT document_id FROM document_entity WHERE entity_id = $1 ORDER BY document_id DESC LIMIT $2)
				SELECT count(DISTINCT a.document_id) FROM a
				JOIN document_entity b ON b.document_id = a.document_id WHERE b.entity_id = $3`, id, relatedDocs, r.ID).Scan(&r.Count)
			if err != nil {
				return nil, err
			}
		}
		if err := s.pool.QueryRow(ctx, `SELECT type, name FROM entity WHERE id = $1`, r.ID).Scan(&r.Type, &r.Name); err != nil {
			return nil, err
		}
	}
	slices.SortFunc(list, func(a, b *vistka.Related) int {
		switch {
		case a.Met != b.Met:
			return b.Met - a.Met
		case a.Count != b.Count:
			return b.Count - a.Count
		}
		return int(a.ID - b.ID)
	})
	out := []vistka.Related{}
	for _, r := range list[:min(len(list), vistka.DefaultLimit)] {
		out = append(out, *r)
	}
	return out, nil
}

// Events lists events; see vistka.Store.
func (s *Store) Events(ctx context.Context, q vistka.EventQuery) ([]vistka.EventRecord, error) {
	evs, err := s.events(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("postgres: events: %w", err)
	}
	return evs, nil
}

func (s *Store) events(ctx context.Context, q vistka.EventQuery) ([]vistka.EventRecord, error) {
	limit, offset, err := page(q.Limit, q.Offset)
	if err != nil {
		return nil, err
	}
	if err := checkRange(q.From, q.To); err != nil {
		return nil, err
	}
	var where []string
	var p params
	if q.Type != "" {
		where = append(where, `e.type = `+p.add(q.Type))
	}
	if q.Entity != 0 {
		where = append(where, `e.id IN (SELECT event_id FROM event_arg WHERE entity_id = `+p.add(q.Entity)+`)`)
	}
	if !q.From.IsZero() {
		where = append(where, `e.at >= `+p.add(q.From.Truncate(time.Microsecond)))
	}
	if !q.To.IsZero() {
		where = append(where, `e.at < `+p.add(q.To.Truncate(time.Microsecond)))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.pool.Query(ctx, `SELECT e.id, e.document_id, e.type, e.mode, e.trigger, e.date, e.at, e.aux, e.sentence
		FROM event e`+cond+` ORDER BY e.at DESC NULLS LAST, e.id DESC LIMIT `+p.add(limit)+` OFFSET `+p.add(offset), p...)
	if err != nil {
		return nil, err
	}
	out := []vistka.EventRecord{}
	index := map[int64]int{}
	var ev vistka.EventRecord
	var at *time.Time
	if _, err := pgx.ForEachRow(rows, []any{&ev.ID, &ev.Document, &ev.Type, &ev.Mode, &ev.Trigger, &ev.Date, &at, &ev.Aux, &ev.Sentence}, func() error {
		ev.Time = fromNull(at)
		ev.Aux, ev.Actors, ev.Recipients, ev.Place = nonNil(ev.Aux), []vistka.EntityRef{}, []vistka.EntityRef{}, nil
		index[ev.ID] = len(out)
		out = append(out, ev)
		ev.Aux = nil
		return nil
	}); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	ids := make([]int64, 0, len(out))
	for _, ev := range out {
		ids = append(ids, ev.ID)
	}
	rows, err = s.pool.Query(ctx, `SELECT a.event_id, a.role, a.entity_id, a.value, coalesce(n.type, ''), coalesce(n.name, '')
		FROM event_arg a LEFT JOIN entity n ON n.id = a.entity_id
		WHERE a.event_id = ANY($1) ORDER BY a.event_id, a.role, a.position`, ids)
	if err != nil {
		return nil, err
	}
	var eid int64
	var role, value, typ, name string
	var gid *int64
	if _, err := pgx.ForEachRow(rows, []any{&eid, &role, &gid, &value, &typ, &name}, func() error {
		ref := vistka.EntityRef{Type: typ, Name: name}
		if gid != nil {
			ref.ID = *gid
		} else {
			ref.Name = value
		}
		ev := &out[index[eid]]
		switch role {
		case "actor":
			ev.Actors = append(ev.Actors, ref)
		case "recipient":
			ev.Recipients = append(ev.Recipients, ref)
		case "place":
			ev.Place = &ref
		}
		return nil
	}); err != nil {
		return nil, err
	}
	return out, nil
}
