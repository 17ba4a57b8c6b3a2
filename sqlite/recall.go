package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// recall loads into m the stored entities that the entities of ext may
// be: those that go by one of their names or aliases, and the people
// whose surname, or whole name, is the surname of one of them. What the
// write connection knows of those (see known) it takes from there, and
// looks up the rest.
func (w writer) recall(ctx context.Context, m *memo, ext *vistka.Extraction) error {
	names, surnames := lookups(m, ext)
	if len(names) == 0 {
		return nil
	}
	k := w.s.known
	if k.size() > maxKnown {
		k.reset()
	}
	var newNames, newSurnames []string
	for _, n := range names {
		if _, ok := k.alias[n]; !ok {
			newNames = append(newNames, n)
		}
	}
	for _, sn := range surnames {
		_, ok := k.surname[sn]
		_, lone := k.norm[sn]
		if !ok || !lone {
			newSurnames = append(newSurnames, sn)
		}
	}
	if len(newNames) > 0 || len(newSurnames) > 0 {
		if err := w.lookUp(ctx, newNames, newSurnames); err != nil {
			k.reset()
			return err
		}
	}
	// In the order the rows of one query for all of them would come.
	slices.Sort(names)
	slices.Sort(surnames)
	for _, n := range names {
		for _, id := range k.alias[n] {
			k.load(m, id)
			m.Name(id, n)
			// The row is there, not to be written again.
			w.rowsOf(id).freshAlias(n)
		}
	}
	for _, sn := range surnames {
		for _, id := range k.surname[sn] {
			k.load(m, id)
		}
	}
	for _, sn := range surnames {
		for _, id := range k.norm[sn] {
			k.load(m, id)
		}
	}
	return nil
}

// lookUp reads from the store the entities that go by names and the
// people with surnames as their surname or as their whole name, into
// w.s.known.
func (w writer) lookUp(ctx context.Context, names, surnames []string) error {
	k := w.s.known
	k.lookups++
	// The lists lead the joins below (CROSS JOIN keeps them in front),
	// in the order an IN list would be read: sorted. An IN list costs
	// SQLite a temporary index each time.
	slices.Sort(names)
	slices.Sort(surnames)
	rows, err := w.query(ctx, `SELECT 0, a.norm, e.id, e.type, e.norm, e.surname, e.given
		FROM json_each(?1) j CROSS JOIN entity_alias a ON a.norm = j.value CROSS JOIN entity e ON e.id = a.entity_id
		UNION ALL
		SELECT 1, e.surname, e.id, e.type, e.norm, e.surname, e.given
		FROM json_each(?2) j CROSS JOIN entity e ON e.type = 'PERS' AND e.surname = j.value
		UNION ALL
		SELECT 2, e.norm, e.id, e.type, e.norm, e.surname, e.given
		FROM json_each(?2) j CROSS JOIN entity e ON e.type = 'PERS' AND e.norm = j.value`,
		stringsJSON(names), stringsJSON(surnames))
	if err != nil {
		return err
	}
	defer rows.Close()
	// Every name and surname looked up is known now, those that nothing
	// goes by too.
	for _, n := range names {
		k.alias[n] = nil
	}
	for _, sn := range surnames {
		k.surname[sn], k.norm[sn] = nil, nil
	}
	for rows.Next() {
		var by int
		var key, typ, norm string
		var id int64
		var surname, given sql.NullString
		if err := rows.Scan(&by, &key, &id, &typ, &norm, &surname, &given); err != nil {
			return err
		}
		var list map[string][]int64
		switch by {
		case 0:
			list = k.alias
		case 1:
			list = k.surname
		case 2:
			list = k.norm
		default:
			return fmt.Errorf("recall: a row of kind %d", by)
		}
		list[key] = append(list[key], id)
		if k.rows[id] == nil {
			k.rows[id] = &knownEntity{typ: typ, norm: norm, surname: surname.String, given: scan.Fields(given.String)}
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, n := range names {
		slices.Sort(k.alias[n])
	}
	for _, sn := range surnames {
		slices.Sort(k.surname[sn])
		slices.Sort(k.norm[sn])
	}
	return nil
}

// known is what the write connection knows of the rows recall reads: for
// each name it has looked up, the entities that go by it (entity_alias),
// and for each surname, the people with it as their surname or as their
// whole name, with the columns of each entity that linking reads. A
// long ingest names the same entities document after document, and
// looking them up again cost a batch of 100 documents in a store of
// 10,000 a quarter of its instructions (sqlite.BenchmarkPutLong).
//
// It is kept exact. It holds what recall read and what the writer has
// written since: new entities, their aliases, renamed people. It is
// dropped when a transaction that wrote any of those rolls back, and
// when another connection, in this process or another, may have written
// since the writer's last transaction: PRAGMA data_version, read at the
// start of each, then differs. Only the holder of the write slot uses
// it.
type known struct {
	// version is PRAGMA data_version at the start of the last
	// transaction; -1 when not known.
	version int64
	// dirty tells that the open transaction wrote entities or aliases.
	dirty bool
	alias map[string][]int64 // a norm → the entities with an alias of it, ascending
	// surname holds the people (PERS) with a surname, by it; norm the
	// people whose norm is a surname looked up, by it.
	surname, norm map[string][]int64
	rows          map[int64]*knownEntity // the entities in the lists
	// lookups counts the queries recall made, for the tests.
	lookups int
}

// knownEntity is what recall reads of an entity.
type knownEntity struct {
	typ, norm, surname string
	given              []string // shared with memos, to be read only
}

// maxKnown bounds the names, surnames and entities a writer knows (about
// 140 bytes each: 18 MB at the bound); past it, it starts over.
const maxKnown = 1 << 17

func newKnown() *known {
	k := &known{}
	k.reset()
	return k
}

func (k *known) reset() {
	k.version = -1
	k.alias = map[string][]int64{}
	k.surname = map[string][]int64{}
	k.norm = map[string][]int64{}
	k.rows = map[int64]*knownEntity{}
}

func (k *known) size() int { return len(k.alias) + len(k.surname) + len(k.norm) + len(k.rows) }

// check drops what k holds unless version, PRAGMA data_version at the
// start of a transaction, is the one of the last.
func (k *known) check(version int64) {
	if version != k.version || version < 0 {
		k.reset()
		k.version = version
	}
	k.dirty = false
}

// load gives m the entity id, which k holds.
func (k *known) load(m *memo, id int64) {
	e := k.rows[id]
	m.Entity(id, e.typ, e.norm, e.surname, e.given)
}

// inserted notes new entities, news[j] with the id ids[j], each larger
// than every id before.
func (k *known) inserted(ids []int64, news []fresh) {
	k.dirty = true
	for j, f := range news {
		id := ids[j]
		e := &knownEntity{typ: f.Type, norm: f.Norm}
		if f.Surname != nil {
			e.surname = *f.Surname
		}
		if f.Given != nil {
			e.given = scan.Fields(*f.Given)
		}
		k.rows[id] = e
		if f.Type != "PERS" {
			continue
		}
		if list, ok := k.surname[e.surname]; ok && f.Surname != nil {
			k.surname[e.surname] = append(list, id)
		}
		if list, ok := k.norm[e.norm]; ok {
			k.norm[e.norm] = append(list, id)
		}
	}
}

// aliased notes an alias row: entity id goes by norm.
func (k *known) aliased(id int64, norm string) {
	k.dirty = true
	list, ok := k.alias[norm]
	if !ok {
		return
	}
	if k.rows[id] == nil {
		delete(k.alias, norm) // to be looked up again
		return
	}
	if i, found := slices.BinarySearch(list, id); !found {
		k.alias[norm] = slices.Insert(list, i, id)
	}
}

// renamed notes that person id is now called norm, with surname and
// given names. The lists of the person's old and new surname and norm
// are looked up again.
func (k *known) renamed(id int64, norm, surname, given string) {
	k.dirty = true
	if e := k.rows[id]; e != nil {
		delete(k.surname, e.surname)
		delete(k.norm, e.norm)
		e.norm, e.surname, e.given = norm, surname, scan.Fields(given)
	}
	delete(k.surname, surname)
	delete(k.norm, norm)
}

// rolledBack drops what k holds when the transaction rolled back had
// written entities or aliases.
func (k *known) rolledBack() {
	if k.dirty {
		k.reset()
		k.dirty = false
	}
}
