package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// Document returns a stored document; see vistka.Store.
func (s *Store) Document(ctx context.Context, id int64) (*vistka.StoredDocument, error) {
	d := &vistka.StoredDocument{EntityIDs: map[string]int64{}}
	var url sql.NullString
	var published sql.NullInt64
	var ext sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT d.id, d.url, d.title, d.author, d.site, d.published, d.language, b.text, d.hash, b.extraction
		FROM document d JOIN document_body b ON b.id = d.id WHERE d.id = ?`, id).
		Scan(&d.ID, &url, &d.Title, &d.Author, &d.Site, &published, &d.Language, &d.Text, &d.Hash, &ext)
	if err != nil {
		return nil, fmt.Errorf("sqlite: document: %w", notFound(err, "document", id))
	}
	d.URL, d.Published = url.String, fromMicros(published)
	if ext.Valid {
		d.Extraction = new(vistka.Extraction)
		if err := json.Unmarshal([]byte(ext.String), d.Extraction); err != nil {
			return nil, fmt.Errorf("sqlite: document %d: extraction: %w", id, err)
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT local_id, entity_id FROM document_entity WHERE document_id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: document: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var local string
		var gid int64
		if err := rows.Scan(&local, &gid); err != nil {
			return nil, fmt.Errorf("sqlite: document: %w", err)
		}
		d.EntityIDs[local] = gid
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: document: %w", err)
	}
	return d, nil
}

// sortMax is the number of found documents up to which Search sorts
// them; above it, it walks the documents newest first and keeps those
// found, which costs the same however many there are.
var sortMax = 2000

// probe reports whether it is cheaper to walk the documents newest first
// and ask the full-text index about each, until want of them match, than
// to have the index list all found matching and keep those. Asking
// costs about 150 times as much as listing one.
func (s *Store) probe(ctx context.Context, want, found int) bool {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM document`).Scan(&n); err != nil {
		return false
	}
	return float64(want)*float64(n)/float64(found)*150 < float64(found)
}

// Search finds documents; see vistka.Store.
//
// SQLite cannot tell how many documents a full-text query finds, and
// plans as if few: it fetches each and sorts them. Search counts first
// (it must, for the total), then sorts the few; for the many, it walks
// the index of publication times and keeps the documents in the list of
// matches, or, when nearly every document matches, asks the full-text
// index about each.
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
	var match string
	if strings.TrimSpace(q.Text) != "" {
		if want = queryTerms(s.lemmatize, q.Text); len(want) == 0 {
			return out, nil
		}
		match = `"` + strings.Join(want, `" "`) + `"`
	}
	// The conditions, each with its argument; sets of ids are written
	// "%sd.id IN (…)" so that the walk can turn off their use as a lookup.
	type cond struct {
		sql string
		arg any
	}
	var conds []cond
	filtered := false
	if match != "" {
		conds = append(conds, cond{`%sd.id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?)`, match})
	}
	if q.Entity != 0 {
		conds = append(conds, cond{`%sd.id IN (SELECT document_id FROM document_entity WHERE entity_id = ?)`, q.Entity})
		filtered = true
	}
	if q.EventType != "" {
		conds = append(conds, cond{`%sd.id IN (SELECT document_id FROM event WHERE type = ?)`, q.EventType})
		filtered = true
	}
	if !q.From.IsZero() {
		conds = append(conds, cond{`d.published >= ?`, q.From.UnixMicro()})
		filtered = true
	}
	if !q.To.IsZero() {
		conds = append(conds, cond{`d.published < ?`, q.To.UnixMicro()})
		filtered = true
	}
	if p := strings.ToLower(strings.TrimSpace(q.Publisher)); p != "" {
		conds = append(conds, cond{`d.publisher = ?`, p})
		filtered = true
	}
	// where writes the conditions, from the first on, for a walk or not.
	where := func(first int, walk bool) (string, []any) {
		var parts []string
		var args []any
		for _, c := range conds[first:] {
			sql := c.sql
			if strings.Contains(sql, "%s") {
				plus := ""
				if walk {
					plus = "+" // not a lookup
				}
				sql = fmt.Sprintf(sql, plus)
			}
			parts = append(parts, sql)
			args = append(args, c.arg)
		}
		if len(parts) == 0 {
			return "", nil
		}
		return " WHERE " + strings.Join(parts, " AND "), args
	}

	cw, args := where(0, false)
	switch {
	case match != "" && !filtered:
		err = s.db.QueryRowContext(ctx, `SELECT count(*) FROM document_fts WHERE document_fts MATCH ?`, match).Scan(&out.Total)
	case match == "" && q.Entity != 0 && len(conds) == 1:
		err = s.db.QueryRowContext(ctx, `SELECT coalesce(max(documents), 0) FROM entity WHERE id = ?`, q.Entity).Scan(&out.Total)
	default:
		err = s.db.QueryRowContext(ctx, `SELECT count(*) FROM document d`+cw, args...).Scan(&out.Total)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	if offset >= out.Total {
		return out, nil
	}
	const newest = ` ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT ? OFFSET ?`
	var query string
	switch {
	case q.Order == vistka.OrderRelevance && match != "":
		// The match (the first condition) joins; bm25 needs its cursor.
		cw, args = where(1, false)
		cw = strings.Replace(cw, " WHERE ", " AND ", 1)
		query = `SELECT d.id FROM document_fts JOIN document d ON d.id = document_fts.rowid WHERE document_fts MATCH ?` + cw +
			` ORDER BY bm25(document_fts), d.published DESC NULLS LAST, d.id DESC LIMIT ? OFFSET ?`
		args = append([]any{match}, args...)
	case out.Total <= sortMax:
		query = `SELECT d.id FROM document d` + cw + newest
	case match != "" && !filtered && s.probe(ctx, offset+limit, out.Total):
		query = `SELECT d.id FROM document d
			WHERE EXISTS (SELECT 1 FROM document_fts f WHERE f.rowid = d.id AND document_fts MATCH ?)` + newest
	default:
		cw, args = where(0, true)
		query = `SELECT d.id FROM document d` + cw + newest
	}
	rows, err := s.db.QueryContext(ctx, query, append(args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	ids, err := scanIDs(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search: %w", err)
	}
	for _, id := range ids {
		var h vistka.SearchHit
		var published sql.NullInt64
		var text, lemmas string
		var offsets []byte
		err := s.db.QueryRowContext(ctx, `SELECT d.id, d.title, d.published, b.text, b.lemmas, b.offsets
			FROM document d JOIN document_body b ON b.id = d.id WHERE d.id = ?`, id).
			Scan(&h.ID, &h.Title, &published, &text, &lemmas, &offsets)
		if err != nil {
			return nil, fmt.Errorf("sqlite: search: %w", err)
		}
		h.Published = fromMicros(published)
		h.Snippet, h.Highlights = snippet(text, hits(lemmas, offsets, want))
		out.Results = append(out.Results, h)
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
	var args []any
	if strings.TrimSpace(q.Name) != "" {
		words := queryPrefixes(s.lemmatize, q.Name)
		if len(words) == 0 {
			return out, nil
		}
		// Each word starts a word of the entity's names: a range of the
		// primary key of entity_word.
		for _, alts := range words {
			var or []string
			for _, w := range alts {
				or = append(or, `word >= ? AND word < ?`)
				args = append(args, w, prefixEnd(w))
			}
			where = append(where, `e.id IN (SELECT entity_id FROM entity_word WHERE `+strings.Join(or, " OR ")+`)`)
		}
	}
	if q.Type != "" {
		where = append(where, `e.type = ?`)
		args = append(args, q.Type)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.type, e.name, e.documents, e.mentions FROM entity e`+cond+
		` ORDER BY e.documents DESC, e.mentions DESC, e.id LIMIT ? OFFSET ?`, append(args, limit, offset)...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: entities: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e vistka.EntitySummary
		if err := rows.Scan(&e.ID, &e.Type, &e.Name, &e.Documents, &e.Mentions); err != nil {
			return nil, fmt.Errorf("sqlite: entities: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: entities: %w", err)
	}
	return out, nil
}

// Entity returns one entity; see vistka.Store.
func (s *Store) Entity(ctx context.Context, id int64) (*vistka.EntityDetail, error) {
	e, err := s.entity(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: entity: %w", err)
	}
	return e, nil
}

func (s *Store) entity(ctx context.Context, id int64) (*vistka.EntityDetail, error) {
	e := &vistka.EntityDetail{}
	var norm string
	err := s.db.QueryRowContext(ctx, `SELECT id, type, name, norm FROM entity WHERE id = ?`, id).Scan(&e.ID, &e.Type, &e.Name, &norm)
	if err != nil {
		return nil, notFound(err, "entity", id)
	}

	e.Aliases = []string{}
	rows, err := s.db.QueryContext(ctx, `SELECT alias FROM entity_alias WHERE entity_id = ? AND norm <> ? AND alias <> ''`, id, norm)
	if err != nil {
		return nil, err
	}
	if err := scanEach(rows, func(r *sql.Rows) error {
		var a string
		err := r.Scan(&a)
		e.Aliases = append(e.Aliases, a)
		return err
	}); err != nil {
		return nil, err
	}
	slices.Sort(e.Aliases)

	type counted struct {
		s string
		n int
	}
	var titles []counted
	rows, err = s.db.QueryContext(ctx, `SELECT title, count(*) FROM title WHERE entity_id = ? GROUP BY title`, id)
	if err != nil {
		return nil, err
	}
	if err := scanEach(rows, func(r *sql.Rows) error {
		var t counted
		err := r.Scan(&t.s, &t.n)
		titles = append(titles, t)
		return err
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
	rows, err = s.db.QueryContext(ctx, `SELECT d.id, d.title, d.url, d.published FROM document d
		WHERE d.id IN (SELECT document_id FROM document_entity WHERE entity_id = ?)
		ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT ?`, id, vistka.DefaultLimit)
	if err != nil {
		return nil, err
	}
	if err := scanEach(rows, func(r *sql.Rows) error {
		var d vistka.DocumentRef
		var url sql.NullString
		var published sql.NullInt64
		err := r.Scan(&d.ID, &d.Title, &url, &published)
		d.URL, d.Published = url.String, fromMicros(published)
		e.Documents = append(e.Documents, d)
		return err
	}); err != nil {
		return nil, err
	}

	e.Quotes = []vistka.QuoteRecord{}
	rows, err = s.db.QueryContext(ctx, `SELECT q.document_id, d.published, q.direct, q.cue, q.text, q.start_offset, q.end_offset
		FROM quote q JOIN document d ON d.id = q.document_id WHERE q.entity_id = ?
		ORDER BY d.published DESC NULLS LAST, q.document_id DESC, q.start_offset, q.id LIMIT ?`, id, vistka.DefaultLimit)
	if err != nil {
		return nil, err
	}
	if err := scanEach(rows, func(r *sql.Rows) error {
		q := vistka.QuoteRecord{Speaker: &vistka.EntityRef{ID: e.ID, Type: e.Type, Name: e.Name}}
		var published sql.NullInt64
		err := r.Scan(&q.Document, &published, &q.Direct, &q.Cue, &q.Text, &q.Start, &q.End)
		q.Published = fromMicros(published)
		e.Quotes = append(e.Quotes, q)
		return err
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
	rows, err := s.db.QueryContext(ctx, `SELECT b.entity_id, count(DISTINCT b.event_id)
		FROM event_arg a JOIN event ev ON ev.id = a.event_id AND ev.type = 'CONSULT'
		JOIN event_arg b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id AND b.role IN ('actor', 'recipient')
		WHERE a.entity_id = ? AND a.role IN ('actor', 'recipient')
		GROUP BY b.entity_id`, id)
	if err != nil {
		return nil, err
	}
	if err := scanEach(rows, func(r *sql.Rows) error {
		var oid int64
		var n int
		err := r.Scan(&oid, &n)
		get(oid).Met = n
		return err
	}); err != nil {
		return nil, err
	}
	rows, err = s.db.QueryContext(ctx, `WITH a (document_id) AS (
			SELECT DISTINCT document_id FROM document_entity WHERE entity_id = ? ORDER BY document_id DESC LIMIT ?)
		SELECT b.entity_id, count(DISTINCT b.document_id) AS n
		FROM a JOIN document_entity b ON b.document_id = a.document_id AND b.entity_id <> ?
		GROUP BY b.entity_id ORDER BY n DESC, b.entity_id LIMIT ?`, id, relatedDocs, id, vistka.DefaultLimit)
	if err != nil {
		return nil, err
	}
	if err := scanEach(rows, func(r *sql.Rows) error {
		var oid int64
		var n int
		err := r.Scan(&oid, &n)
		get(oid).Count = n
		return err
	}); err != nil {
		return nil, err
	}
	for _, r := range list {
		if r.Count == 0 {
			err := s.db.QueryRowContext(ctx, `WITH a (document_id) AS (
					SELECT DISTINCT document_id FROM document_entity WHERE entity_id = ? ORDER BY document_id DESC LIMIT ?)
				SELECT count(DISTINCT a.document_id) FROM a
				JOIN document_entity b ON b.document_id = a.document_id WHERE b.entity_id = ?`, id, relatedDocs, r.ID).Scan(&r.Count)
			if err != nil {
				return nil, err
			}
		}
		if err := s.db.QueryRowContext(ctx, `SELECT type, name FROM entity WHERE id = ?`, r.ID).Scan(&r.Type, &r.Name); err != nil {
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
		return nil, fmt.Errorf("sqlite: events: %w", err)
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
	var args []any
	if q.Type != "" {
		where = append(where, `e.type = ?`)
		args = append(args, q.Type)
	}
	if q.Entity != 0 {
		where = append(where, `e.id IN (SELECT event_id FROM event_arg WHERE entity_id = ?)`)
		args = append(args, q.Entity)
	}
	if !q.From.IsZero() {
		where = append(where, `e.at >= ?`)
		args = append(args, q.From.UnixMicro())
	}
	if !q.To.IsZero() {
		where = append(where, `e.at < ?`)
		args = append(args, q.To.UnixMicro())
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.document_id, e.type, e.mode, e.trigger, e.date, e.at, e.aux, e.sentence
		FROM event e`+cond+` ORDER BY e.at DESC NULLS LAST, e.id DESC LIMIT ? OFFSET ?`, append(args, limit, offset)...)
	if err != nil {
		return nil, err
	}
	out := []vistka.EventRecord{}
	index := map[int64]int{}
	if err := scanEach(rows, func(r *sql.Rows) error {
		var ev vistka.EventRecord
		var at sql.NullInt64
		var aux string
		if err := r.Scan(&ev.ID, &ev.Document, &ev.Type, &ev.Mode, &ev.Trigger, &ev.Date, &at, &aux, &ev.Sentence); err != nil {
			return err
		}
		ev.Time = fromMicros(at)
		if err := json.Unmarshal([]byte(aux), &ev.Aux); err != nil {
			return fmt.Errorf("event %d: aux: %w", ev.ID, err)
		}
		ev.Aux, ev.Actors, ev.Recipients = nonNil(ev.Aux), []vistka.EntityRef{}, []vistka.EntityRef{}
		index[ev.ID] = len(out)
		out = append(out, ev)
		return nil
	}); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	ids := make([]any, 0, len(out))
	for _, ev := range out {
		ids = append(ids, ev.ID)
	}
	rows, err = s.db.QueryContext(ctx, `SELECT a.event_id, a.role, a.entity_id, a.value, coalesce(n.type, ''), coalesce(n.name, '')
		FROM event_arg a LEFT JOIN entity n ON n.id = a.entity_id
		WHERE a.event_id IN (?`+strings.Repeat(", ?", len(ids)-1)+`) ORDER BY a.event_id, a.role, a.position`, ids...)
	if err != nil {
		return nil, err
	}
	if err := scanEach(rows, func(r *sql.Rows) error {
		var eid int64
		var role, value string
		var gid sql.NullInt64
		var ref vistka.EntityRef
		if err := r.Scan(&eid, &role, &gid, &value, &ref.Type, &ref.Name); err != nil {
			return err
		}
		if gid.Valid {
			ref.ID = gid.Int64
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

// scanIDs reads a column of ids.
func scanIDs(rows *sql.Rows) ([]int64, error) {
	var ids []int64
	err := scanEach(rows, func(r *sql.Rows) error {
		var id int64
		err := r.Scan(&id)
		ids = append(ids, id)
		return err
	})
	return ids, err
}

// scanEach calls scan for each row and closes rows.
func scanEach(rows *sql.Rows, scan func(*sql.Rows) error) error {
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
