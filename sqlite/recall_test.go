package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/sqlite"
	"github.com/vistka/vistka/storetest"
)

// A recallStep puts one document naming entities, each "TYPE Name" or
// "TYPE Name|Alias|…".
type recallStep struct {
	ents []string
	how  string // "put" (Store.Put), "batch" (committed), "rollback" (a batch rolled back)
	// other: the document comes from another writer of the same file.
	other bool
}

func recallDoc(n int, ents []string) *vistka.Document {
	ext := &vistka.Extraction{}
	var text []string
	for i, e := range ents {
		typ, names, _ := strings.Cut(e, " ")
		all := strings.Split(names, "|")
		ext.Entities = append(ext.Entities, vistka.Entity{ID: fmt.Sprintf("E%d", i+1), Type: typ, Name: all[0], Aliases: all[1:],
			Mentions: []vistka.Mention{{Start: 0, End: 1, Text: all[0], Kind: "name"}}})
		text = append(text, all...)
	}
	return &vistka.Document{Text: fmt.Sprintf("Документ %d: %s.", n, strings.Join(text, ", ")), Extraction: ext}
}

// putStep puts step n into s and returns the global ids of its entities,
// or nil when it was rolled back.
func putStep(t *testing.T, s *sqlite.Store, n int, st recallStep) []int64 {
	t.Helper()
	ctx := context.Background()
	doc := recallDoc(n, st.ents)
	var id int64
	var err error
	switch st.how {
	case "put", "":
		id, _, err = s.Put(ctx, doc, nil)
	default:
		var b vistka.Batch
		if b, err = s.Begin(ctx); err != nil {
			t.Fatal(err)
		}
		if id, _, err = b.Put(ctx, doc, nil); err != nil {
			t.Fatalf("step %d: %v", n, err)
		}
		if st.how == "rollback" {
			if err := b.Rollback(); err != nil {
				t.Fatal(err)
			}
			return nil
		}
		err = b.Commit()
	}
	if err != nil {
		t.Fatalf("step %d: %v", n, err)
	}
	d, err := s.Document(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, e := range doc.Extraction.Entities {
		ids = append(ids, d.EntityIDs[e.ID])
	}
	return ids
}

// entityRows are the rows of the entity tables of file, one a line.
func entityRows(t *testing.T, file string) []string {
	t.Helper()
	db, err := sql.Open("sqlite", file)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out []string
	for _, q := range []string{
		`SELECT id, type, name, norm, coalesce(surname, '-'), coalesce(given, '-'), documents, mentions FROM entity ORDER BY id`,
		`SELECT entity_id, norm, alias, '', '', '', '', '' FROM entity_alias ORDER BY entity_id, norm`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var v [8]string
			if err := rows.Scan(&v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7]); err != nil {
				t.Fatal(err)
			}
			out = append(out, strings.Join(v[:], " "))
		}
		rows.Close()
	}
	return out
}

// TestRecallExact puts the same documents into a store that keeps what
// its writer knows of the stored entities from one document to the next
// and into a store opened again for every document, which knows
// nothing: each document's entities link to the same ones, and the
// entity tables end the same. Other writers of the file, rolled-back
// batches and renamed people change what the first one knows.
func TestRecallExact(t *testing.T) {
	for _, tc := range []struct {
		name  string
		steps []recallStep
	}{
		{"same names", []recallStep{
			{ents: []string{"ORG Міністерство оборони", "PERS Олена Петренко", "LOC Київ"}},
			{ents: []string{"ORG Міністерство оборони", "PERS Олена Петренко", "LOC Київ"}, how: "batch"},
			{ents: []string{"PERS Петренко", "LOC Київ", "LOC Львів"}},
		}},
		{"a name of another type by another writer", []recallStep{
			{ents: []string{"LOC Дніпро"}},
			{ents: []string{"ORG Дніпро"}, other: true},
			{ents: []string{"ORG Дніпро", "LOC Дніпро"}},
			{ents: []string{"LOC Дніпро"}, how: "batch"},
		}},
		{"another writer's aliases", []recallStep{
			{ents: []string{"ORG Національний банк України"}, how: "batch"},
			{ents: []string{"ORG Національний банк України|НБУ"}, other: true},
			{ents: []string{"ORG НБУ"}, how: "batch"},
		}},
		{"rolled back", []recallStep{
			{ents: []string{"ORG Фонд Гамма", "PERS Марко Бондар"}, how: "rollback"},
			{ents: []string{"ORG Фонд Гамма", "PERS Бондар"}},
			{ents: []string{"ORG Фонд Гамма|Гамма"}, how: "rollback"},
			{ents: []string{"ORG Гамма", "PERS Марко Бондар"}, how: "batch"},
		}},
		{"renamed people", []recallStep{
			{ents: []string{"PERS Коваль"}},
			{ents: []string{"PERS Андрій Коваль"}},
			{ents: []string{"PERS Коваль"}, how: "batch"},
			{ents: []string{"PERS Ірина Коваль"}},
			{ents: []string{"PERS Коваль", "PERS А. Шевчук"}},
			{ents: []string{"PERS Антон Шевчук"}, how: "batch"},
			{ents: []string{"PERS Шевчук"}},
		}},
		{"renamed by another writer", []recallStep{
			{ents: []string{"PERS Мельник", "PERS Т. Лисенко"}},
			{ents: []string{"PERS Оксана Мельник", "PERS Тарас Лисенко"}, other: true},
			{ents: []string{"PERS Мельник", "PERS Лисенко"}},
			{ents: []string{"PERS Оксана Мельник", "PERS Т. Лисенко"}, how: "batch"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			open := func(file string) *sqlite.Store {
				s, err := sqlite.Open(ctx, file, storetest.Lemmatize)
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
			dir := t.TempDir()
			kept, fresh := filepath.Join(dir, "kept.db"), filepath.Join(dir, "fresh.db")
			s, other := open(kept), open(kept)
			for n, st := range tc.steps {
				w := s
				if st.other {
					w = other
				}
				got := putStep(t, w, n, st)
				f := open(fresh)
				want := putStep(t, f, n, st)
				f.Close()
				if !slices.Equal(got, want) {
					t.Errorf("step %d %q: entities %v, want %v", n, st.ents, got, want)
				}
			}
			s.Close()
			other.Close()
			got, want := entityRows(t, kept), entityRows(t, fresh)
			if !slices.Equal(got, want) {
				t.Errorf("entity tables\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			checkReferences(t, kept)
		})
	}
}

// TestRecallKnown: a writer looks up the entities a document may name
// only for the names it does not know yet, and again after another
// writer has written or a batch that wrote entities was rolled back.
func TestRecallKnown(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "vistka.db")
	open := func() *sqlite.Store {
		s, err := sqlite.Open(ctx, file, storetest.Lemmatize)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	s, other := open(), open()
	ents := []string{"ORG Міністерство оборони", "PERS Олена Петренко", "LOC Київ"}
	n := 0
	for _, tc := range []struct {
		step recallStep
		want int // lookups by s after the step
	}{
		{recallStep{ents: ents}, 1},
		{recallStep{ents: ents}, 1},
		{recallStep{ents: ents, how: "batch"}, 1},
		{recallStep{ents: append(slices.Clip(ents), "LOC Львів")}, 2},
		{recallStep{ents: []string{"LOC Львів", "PERS Петренко"}}, 3},
		{recallStep{ents: []string{"LOC Львів", "PERS Петренко"}}, 3},
		{recallStep{ents: ents, other: true}, 3},
		{recallStep{ents: ents}, 4},
		{recallStep{ents: []string{"ORG Фонд Гамма"}, how: "rollback"}, 5},
		{recallStep{ents: ents}, 6},
		{recallStep{ents: ents, how: "batch"}, 6},
	} {
		n++
		w := s
		if tc.step.other {
			w = other
		}
		putStep(t, w, n, tc.step)
		if got := sqlite.RecallLookups(s); got != tc.want {
			t.Errorf("after %q (%s, other %v): %d lookups, want %d", tc.step.ents, tc.step.how, tc.step.other, got, tc.want)
		}
	}
}
