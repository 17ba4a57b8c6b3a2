package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/storeindex"
)

// Put stores doc; see vistka.Store.
func (s *Store) Put(ctx context.Context, doc *vistka.Document, words []vistka.Token) (int64, bool, error) {
	p, err := s.prepare(doc, words)
	if err != nil {
		return 0, false, err
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return 0, false, fmt.Errorf("postgres: put: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	id, dup, err := put(ctx, tx, doc, p, true, 0)
	if err != nil || dup {
		return id, dup, err
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, false, fmt.Errorf("postgres: put: commit: %w", err)
	}
	doc.ID = id
	return id, false, nil
}

// prepared is what a Put makes of a document before it writes.
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
		if p.ext, err = storeindex.ExtractionJSON(doc.Extraction); err != nil {
			return nil, vistka.Errorf(vistka.EINVALID, "extraction: %v", err)
		}
	}
	return p, nil
}

// put stores doc in tx, unless it is a duplicate, when it sets doc.ID.
// With lock, it first takes the lock of the Puts, which a Batch holds
// already. A nonzero id is the id the document gets, which a Batch that
// puts its documents again gives them.
func put(ctx context.Context, tx pgx.Tx, doc *vistka.Document, p *prepared, lock bool, id int64) (int64, bool, error) {
	// One round trip: the lock, the document unless it is a duplicate,
	// and the stored entities its entities may be.
	b := &pgx.Batch{}
	if lock {
		b.Queue(`SELECT pg_advisory_xact_lock($1)`, putLock)
	}
	insert := `INSERT INTO document (url, title, author, site, published, language, text, hash, publisher, extraction, lemmas, offsets)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`
	args := []any{nullString(doc.URL), doc.Title, doc.Author, doc.Site, nullTime(doc.Published), doc.Language,
		doc.Text, doc.Hash, publisher(doc), p.ext, p.lemmas, p.offsets}
	if id != 0 {
		insert = `INSERT INTO document (url, title, author, site, published, language, text, hash, publisher, extraction, lemmas, offsets, id)
			OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`
		args = append(args, id)
	}
	dup := false
	b.Queue(`WITH d AS (`+insert+`
			ON CONFLICT DO NOTHING RETURNING id, published, publisher, lemmas)
		INSERT INTO document_search (id, published, publisher, tsv)
		SELECT id, published, publisher, strip(to_tsvector('simple'::regconfig, lemmas)) FROM d
		RETURNING id`, args...).QueryRow(func(row pgx.Row) error {
		err := row.Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			dup, err = true, nil
		}
		return err
	})
	m := newMemo()
	if doc.Extraction != nil {
		recall(b, m, doc.Extraction)
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return 0, false, fmt.Errorf("postgres: put: %w", err)
	}
	if dup {
		if err := tx.QueryRow(ctx, `SELECT id FROM document WHERE hash = $1 OR url = $2 LIMIT 1`, doc.Hash, nullString(doc.URL)).Scan(&id); err != nil {
			return 0, false, fmt.Errorf("postgres: put: duplicate: %w", err)
		}
		doc.ID = id
		return id, true, nil
	}
	if doc.Extraction != nil {
		if err := putExtraction(ctx, tx, id, doc, m); err != nil {
			return 0, false, fmt.Errorf("postgres: put: %w", err)
		}
	}
	return id, false, nil
}

// putExtraction stores the entities, quotes, events, amounts and sources
// of document id, with m holding the stored entities that its entities
// may be: one query adds the new entities, one batch of bulk inserts the
// rest.
func putExtraction(ctx context.Context, tx pgx.Tx, id int64, doc *vistka.Document, m *memo) error {
	ext := doc.Extraction
	global, news, renames := link(m, ext)
	for _, r := range renames {
		if _, err := tx.Exec(ctx, `UPDATE entity SET name = $1, norm = $2, surname = $3, given = $4 WHERE id = $5`,
			r.Name, r.Norm, r.Surname, r.Given, r.ID); err != nil {
			return fmt.Errorf("entity %q: %w", r.Name, err)
		}
	}
	ids := make([]int64, len(news))
	if len(news) > 0 {
		var typ, name, norm []string
		var surname, given []*string
		for _, f := range news {
			typ, name, norm = append(typ, f.Type), append(name, f.Name), append(norm, f.Norm)
			surname, given = append(surname, f.Surname), append(given, f.Given)
		}
		rows, err := tx.Query(ctx, `INSERT INTO entity (type, name, norm, surname, given)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
			RETURNING id, type, norm`, typ, name, norm, surname, given)
		if err != nil {
			return fmt.Errorf("entities: %w", err)
		}
		byName := map[string]int64{}
		var gid int64
		var t, n string
		if _, err := pgx.ForEachRow(rows, []any{&gid, &t, &n}, func() error {
			byName[t+"\x00"+n] = gid
			return nil
		}); err != nil {
			return fmt.Errorf("entities: %w", err)
		}
		for i, f := range news {
			ids[i] = byName[f.Type+"\x00"+f.Norm]
		}
	}

	b := &pgx.Batch{}
	local := make(map[string]int64)
	type counts struct{ docs, mentions int }
	counted := make(map[int64]*counts)
	var order []int64
	var links struct {
		local []string
		ent   []int64
	}
	var aliases struct {
		ent         []int64
		norm, alias []string
	}
	var words struct {
		word []string
		ent  []int64
	}
	var titles struct {
		ent   []int64
		title []string
	}
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
			links.local, links.ent = append(links.local, e.ID), append(links.ent, gid)
		}
		for _, a := range entityAliases(m, e) {
			aliases.ent, aliases.norm, aliases.alias = append(aliases.ent, gid), append(aliases.norm, a.Norm), append(aliases.alias, a.Alias)
		}
		for _, w := range nameWords(e) {
			words.word, words.ent = append(words.word, w), append(words.ent, gid)
		}
		for _, t := range e.Titles {
			if t = strings.TrimSpace(t); t != "" {
				titles.ent, titles.title = append(titles.ent, gid), append(titles.title, t)
			}
		}
		c := counted[gid]
		if c == nil {
			c = &counts{docs: 1}
			counted[gid] = c
			order = append(order, gid)
		}
		c.mentions += len(e.Mentions)
	}
	if len(order) > 0 {
		b.Queue(`INSERT INTO document_entity (document_id, local_id, entity_id)
			SELECT $1, * FROM unnest($2::text[], $3::bigint[]) ON CONFLICT DO NOTHING`, id, links.local, links.ent)
		b.Queue(`INSERT INTO entity_alias (entity_id, norm, alias)
			SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`, aliases.ent, aliases.norm, aliases.alias)
		b.Queue(`INSERT INTO entity_word (word, entity_id)
			SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING`, words.word, words.ent)
		b.Queue(`INSERT INTO title (entity_id, document_id, title)
			SELECT e, $1, t FROM unnest($2::bigint[], $3::text[]) AS x (e, t)`, id, titles.ent, titles.title)
		var docs, ments []int32
		for _, gid := range order {
			docs, ments = append(docs, int32(counted[gid].docs)), append(ments, int32(counted[gid].mentions))
		}
		b.Queue(`UPDATE entity SET documents = entity.documents + c.d, mentions = entity.mentions + c.m
			FROM unnest($1::bigint[], $2::int[], $3::int[]) AS c (id, d, m) WHERE entity.id = c.id`, order, docs, ments)
	}

	for _, q := range ext.Quotes {
		gid, phrase := arg(local, q.Speaker)
		if gid == nil && phrase == "" {
			phrase = strings.TrimSpace(q.SpeakerText)
		}
		b.Queue(`INSERT INTO quote (document_id, entity_id, speaker, direct, cue, text, start_offset, end_offset) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			id, gid, phrase, q.Direct, q.Cue, q.Text, q.Start, q.End)
	}
	for _, a := range ext.Amounts {
		b.Queue(`INSERT INTO amount (document_id, text, start_offset, end_offset, value, max, unit, bound) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			id, a.Text, a.Start, a.End, a.Value, a.Max, a.Unit, a.Bound)
	}
	src := ext.Source
	for _, r := range []struct {
		role string
		vals []string
	}{{"publisher", []string{src.Publisher}}, {"via", src.Via}, {"photo", src.Photo}, {"video", src.Video}} {
		for i, v := range r.vals {
			if v = strings.TrimSpace(v); v != "" {
				b.Queue(`INSERT INTO source (document_id, role, position, value) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, id, r.role, i, v)
			}
		}
	}
	runes := storeindex.NewRunes(doc.Text)
	for _, ev := range ext.Events {
		// The event and its arguments in one statement, so that the batch
		// needs no id back.
		var roles, values []string
		var positions []int32
		var entities []*int64
		add := func(role string, vals []string) {
			for i, v := range vals {
				gid, phrase := arg(local, v)
				roles, values, positions = append(roles, role), append(values, phrase), append(positions, int32(i))
				entities = append(entities, gid)
			}
		}
		add("actor", ev.Actors)
		add("recipient", ev.Recipients)
		if ev.Place != "" {
			add("place", []string{ev.Place})
		}
		b.Queue(`WITH ev AS (
				INSERT INTO event (document_id, type, mode, trigger, date, at, aux, sentence)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id)
			INSERT INTO event_arg (event_id, role, position, entity_id, value)
			SELECT ev.id, a.role, a.position, a.entity_id, a.value
			FROM ev, unnest($9::text[], $10::int[], $11::bigint[], $12::text[]) AS a (role, position, entity_id, value)`,
			id, ev.Type, ev.Mode, ev.Trigger, ev.Date, nullTime(eventTime(ev.Date, doc.Published)), nonNil(ev.Aux),
			runes.Substr(ev.Sentence.Start, ev.Sentence.End), roles, positions, entities, values)
	}
	if b.Len() > 0 {
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
	}
	return nil
}

// arg resolves an entity id of the document (E1, …) to a global id, or
// returns the value as a phrase when it is none.
func arg(local map[string]int64, v string) (gid *int64, phrase string) {
	v = strings.TrimSpace(v)
	if id, ok := local[v]; ok {
		return &id, ""
	}
	return nil, v
}

// recall queues in b the query that loads into m the stored entities
// that the entities of ext may be.
func recall(b *pgx.Batch, m *memo, ext *vistka.Extraction) {
	names, surnames := lookups(m, ext)
	if len(names) == 0 {
		return
	}
	b.Queue(`SELECT a.norm, e.id, e.type, e.norm, e.surname, e.given
		FROM entity_alias a JOIN entity e ON e.id = a.entity_id WHERE a.norm = ANY($1)
		UNION ALL
		SELECT NULL, e.id, e.type, e.norm, e.surname, e.given
		FROM entity e WHERE e.type = 'PERS' AND e.surname = ANY($2)
		UNION ALL
		SELECT NULL, e.id, e.type, e.norm, e.surname, e.given
		FROM entity e WHERE e.type = 'PERS' AND e.norm = ANY($2)`, names, nonNil(surnames)).Query(func(rows pgx.Rows) error {
		var alias, surname, given *string
		var c candidate
		_, err := pgx.ForEachRow(rows, []any{&alias, &c.ID, &c.Type, &c.Norm, &surname, &given}, func() error {
			m.Entity(c.ID, c.Type, c.Norm, deref(surname), strings.Fields(deref(given)))
			if alias != nil {
				m.Name(c.ID, *alias)
			}
			return nil
		})
		return err
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// nullTime is t truncated to microseconds, as both stores keep it, or
// NULL for the zero time.
func nullTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	t = t.Truncate(time.Microsecond).UTC()
	return &t
}

// fromNull is the inverse of nullTime.
func fromNull(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
