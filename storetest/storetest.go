package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// Opener opens a new, empty store that reads query text with lemmatize.
// Run closes the stores it opens.
type Opener func(t *testing.T, lemmatize vistka.Lemmatizer) vistka.Store

// Run runs the behaviour tests of vistka.Store against the stores open
// makes.
func Run(t *testing.T, open Opener) {
	for _, tc := range []struct {
		name string
		test func(*testing.T, vistka.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"Duplicates", testDuplicates},
		{"BadInput", testBadInput},
		{"Cancel", testCancel},
		{"Concurrent", testConcurrent},
		{"NoWords", testNoWords},
		{"Queries", testQueries},
		{"Batch", testBatch},
		{"LinkingOrder", testLinkingOrder},
		{"LinkingBodies", testLinkingBodies},
		{"EntityPrefix", testEntityPrefix},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // each has a store of its own
			tc.test(t, opened(t, open))
		})
	}
}

// testQueries loads the fixtures into one store and queries it.
func testQueries(t *testing.T, s vistka.Store) {
	k := load(t, s)
	t.Run("Linking", func(t *testing.T) { testLinking(t, s, k) })
	t.Run("Search", func(t *testing.T) { testSearch(t, s, k) })
	t.Run("SearchFilters", func(t *testing.T) { testSearchFilters(t, s, k) })
	t.Run("Snippet", func(t *testing.T) { testSnippet(t, s, k) })
	t.Run("Entities", func(t *testing.T) { testEntities(t, s, k) })
	t.Run("Entity", func(t *testing.T) { testEntity(t, s, k) })
	t.Run("Events", func(t *testing.T) { testEvents(t, s, k) })
	t.Run("JSON", func(t *testing.T) { testJSON(t, s, k) })
}

func opened(t *testing.T, open Opener) vistka.Store {
	t.Helper()
	s := open(t, Lemmatize)
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// known is what the fixtures became in a store: document ids in fixture
// order, and global entity ids by the names the tests use.
type known struct {
	docs []int64
	ent  map[string]int64
}

func load(t *testing.T, s vistka.Store) *known {
	t.Helper()
	ctx := context.Background()
	k := &known{ent: map[string]int64{}}
	for i, f := range fixtures() {
		id, dup, err := s.Put(ctx, f.doc, Lemmatize(f.doc.Text))
		if err != nil || dup {
			t.Fatalf("Put fixture %d: id %d, duplicate %v, %v", i, id, dup, err)
		}
		k.docs = append(k.docs, id)
		d, err := s.Document(ctx, id)
		if err != nil {
			t.Fatalf("Document %d: %v", id, err)
		}
		for _, e := range f.doc.Extraction.Entities {
			name := e.Name
			if _, ok := k.ent[name]; !ok {
				k.ent[name] = d.EntityIDs[e.ID]
			}
		}
	}
	return k
}

func put(t *testing.T, s vistka.Store, doc *vistka.Document) int64 {
	t.Helper()
	id, dup, err := s.Put(context.Background(), doc, Lemmatize(doc.Text))
	if err != nil {
		t.Fatalf("Put %q: %v", doc.Title, err)
	}
	if dup {
		t.Fatalf("Put %q: duplicate, want new", doc.Title)
	}
	return id
}

func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: no error, want %s", what, code)
		return
	}
	if got := vistka.ErrorCode(err); got != code {
		t.Errorf("%s: error %v has code %s, want %s", what, err, got, code)
	}
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testRoundTrip(t *testing.T, s vistka.Store) {
	ctx := context.Background()
	f := fixtures()[0]
	in := f.doc
	want := jsonOf(t, in.Extraction)
	id, dup, err := s.Put(ctx, in, Lemmatize(in.Text))
	if err != nil || dup || id <= 0 {
		t.Fatalf("Put: id %d, duplicate %v, %v", id, dup, err)
	}
	if in.ID != id {
		t.Errorf("Put set doc.ID %d, want %d", in.ID, id)
	}
	if in.Hash != vistka.TextHash(in.Text) {
		t.Errorf("Put set doc.Hash %q, want TextHash", in.Hash)
	}
	got, err := s.Document(ctx, id)
	if err != nil {
		t.Fatalf("Document(%d): %v", id, err)
	}
	if got.ID != id || got.URL != in.URL || got.Title != in.Title || got.Author != in.Author || got.Site != in.Site ||
		got.Language != in.Language || got.Text != in.Text || got.Hash != in.Hash || !got.Published.Equal(in.Published) {
		t.Errorf("Document(%d) = %+v\nwant %+v", id, got.Document, *in)
	}
	if got.Published.Location() != time.UTC {
		t.Errorf("Published %v is not in UTC", got.Published)
	}
	if g := jsonOf(t, got.Extraction); g != want {
		t.Errorf("extraction changed in the store:\ngot  %s\nwant %s", g, want)
	}
	if len(got.EntityIDs) != len(in.Extraction.Entities) {
		t.Errorf("EntityIDs = %v, want one for each of %d entities", got.EntityIDs, len(in.Extraction.Entities))
	}
	seen := map[int64]bool{}
	for local, gid := range got.EntityIDs {
		if gid <= 0 || seen[gid] {
			t.Errorf("EntityIDs[%s] = %d: not a new global id", local, gid)
		}
		seen[gid] = true
	}

	// A document without extraction, URL or publication time.
	bare := &vistka.Document{Text: "Просто текст без нічого."}
	bid := put(t, s, bare)
	d, err := s.Document(ctx, bid)
	if err != nil {
		t.Fatal(err)
	}
	if d.Extraction != nil || d.URL != "" || !d.Published.IsZero() || len(d.EntityIDs) != 0 || d.Text != bare.Text {
		t.Errorf("bare document came back as %+v", d)
	}
}

func testDuplicates(t *testing.T, s vistka.Store) {
	ctx := context.Background()
	a := fixtures()[0].doc
	id := put(t, s, a)
	before, err := s.Entities(ctx, vistka.EntityQuery{})
	if err != nil {
		t.Fatal(err)
	}

	again := fixtures()[0].doc
	sameURL := fixtures()[1].doc
	sameURL.URL = a.URL
	sameText := fixtures()[0].doc
	sameText.URL = "https://elsewhere.example/copy"
	sameText.Text = "  " + strings.ReplaceAll(strings.ReplaceAll(a.Text, " ", "  \t"), "\n", "\r\n\n") + "\n"
	sameText.Extraction = nil
	for _, tc := range []struct {
		name string
		doc  *vistka.Document
	}{{"same document", again}, {"same URL", sameURL}, {"same text but spaces", sameText}, {"again", fixtures()[0].doc}} {
		got, dup, err := s.Put(ctx, tc.doc, nil)
		if err != nil || !dup || got != id {
			t.Errorf("Put(%s) = %d, duplicate %v, %v; want %d, true, nil", tc.name, got, dup, err, id)
		}
		if tc.doc.ID != id {
			t.Errorf("Put(%s) set doc.ID %d, want %d", tc.name, tc.doc.ID, id)
		}
	}
	after, err := s.Entities(ctx, vistka.EntityQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("duplicates changed the entities:\nbefore %v\nafter  %v", before, after)
	}
	r, err := s.Search(ctx, vistka.SearchQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 1 {
		t.Errorf("%d documents stored, want 1", r.Total)
	}

	// Documents without URLs are told apart by their text.
	x := put(t, s, &vistka.Document{Text: "Перший текст."})
	y := put(t, s, &vistka.Document{Text: "Другий текст."})
	if x == y {
		t.Errorf("two documents without URL got one id %d", x)
	}
	// A caller's own hash is kept.
	z := &vistka.Document{Text: "Третій текст.", Hash: "my-hash"}
	put(t, s, z)
	if _, dup, _ := s.Put(ctx, &vistka.Document{Text: "Зовсім інший текст.", Hash: "my-hash"}, nil); !dup {
		t.Errorf("equal Hash not a duplicate")
	}
}

func testBadInput(t *testing.T, s vistka.Store) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		doc  *vistka.Document
	}{
		{"nil", nil},
		{"no text", &vistka.Document{URL: "https://x.example/1"}},
		{"blank text", &vistka.Document{Text: " \n\t "}},
		{"invalid UTF-8", &vistka.Document{Text: "Київ \xff\xfe"}},
	} {
		_, _, err := s.Put(ctx, tc.doc, nil)
		wantCode(t, "Put("+tc.name+")", err, vistka.EINVALID)
	}
	// Offsets that point outside the text are stored, not trusted.
	odd := &vistka.Document{Text: "Короткий текст.", Extraction: &vistka.Extraction{
		Entities: []vistka.Entity{{ID: "E1", Type: "LOC", Name: "Київ", Mentions: []vistka.Mention{{Start: 100, End: 50, Text: "Київ"}}}},
		Events:   []vistka.Event{{Type: "CONSULT", Actors: []string{"E1", "E9", "якийсь чиновник"}, Sentence: vistka.Range{Start: 500, End: 900}}},
		Quotes:   []vistka.Quote{{Speaker: "E7", SpeakerText: "речник", Text: "щось", Start: -5, End: 3}},
	}}
	oid := put(t, s, odd)
	words := []vistka.Token{{Text: "Короткий", Lemma: "короткий", RStart: 0, REnd: 8}, {Text: "текст", Lemma: "текст", RStart: 500, REnd: 400}}
	if _, _, err := s.Put(ctx, &vistka.Document{Text: "Короткий текст, інший.", Title: "odd words"}, words); err != nil {
		t.Errorf("Put with words outside the text: %v", err)
	}
	// A text without a word to index is stored, and read back.
	if id, _, err := s.Put(ctx, &vistka.Document{Text: "!!! — ?", Title: "no words"}, []vistka.Token{}); err != nil {
		t.Errorf("Put of a text without words: %v", err)
	} else if d, err := s.Document(ctx, id); err != nil || d.Text != "!!! — ?" {
		t.Errorf("Document of a text without words = %+v, %v", d, err)
	}
	if r, err := s.Search(ctx, vistka.SearchQuery{Text: "текст"}); err != nil || r.Total != 2 {
		t.Errorf("Search(текст) = %+v, %v; want 2 documents", r, err)
	}
	evs, err := s.Events(ctx, vistka.EventQuery{})
	if err != nil || len(evs) != 1 {
		t.Fatalf("Events = %v, %v; want 1", evs, err)
	}
	if names := refNames(evs[0].Actors); !slices.Equal(names, []string{"Київ", "E9", "якийсь чиновник"}) || evs[0].Actors[0].ID == 0 || evs[0].Actors[1].ID != 0 {
		t.Errorf("actors = %+v, want Київ (an entity), then phrases E9 and якийсь чиновник", evs[0].Actors)
	}
	if _, err := s.Document(ctx, oid); err != nil {
		t.Error(err)
	}

	_, err = s.Document(ctx, 987654)
	wantCode(t, "Document(unknown)", err, vistka.ENOTFOUND)
	_, err = s.Entity(ctx, 987654)
	wantCode(t, "Entity(unknown)", err, vistka.ENOTFOUND)
	_, err = s.Entity(ctx, -1)
	wantCode(t, "Entity(-1)", err, vistka.ENOTFOUND)
	_, err = s.Search(ctx, vistka.SearchQuery{Limit: -1})
	wantCode(t, "Search(Limit -1)", err, vistka.EINVALID)
	_, err = s.Search(ctx, vistka.SearchQuery{Offset: -1})
	wantCode(t, "Search(Offset -1)", err, vistka.EINVALID)
	_, err = s.Search(ctx, vistka.SearchQuery{Order: "random"})
	wantCode(t, "Search(Order random)", err, vistka.EINVALID)
	_, err = s.Search(ctx, vistka.SearchQuery{From: day("2023-05-01"), To: day("2023-01-01")})
	wantCode(t, "Search(To before From)", err, vistka.EINVALID)
	_, err = s.Events(ctx, vistka.EventQuery{From: day("2023-05-01"), To: day("2023-01-01")})
	wantCode(t, "Events(To before From)", err, vistka.EINVALID)
	_, err = s.Entities(ctx, vistka.EntityQuery{Offset: -3})
	wantCode(t, "Entities(Offset -3)", err, vistka.EINVALID)

	// Query text the FTS engines would read as syntax is only words.
	for _, q := range []string{`"`, `текст OR NOT "`, `текст*`, `(текст`, `текст & | !`, `NEAR(текст)`, `'; DROP TABLE document; --`, "\x00", "текст\xff"} {
		if _, err := s.Search(ctx, vistka.SearchQuery{Text: q}); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
		if _, err := s.Entities(ctx, vistka.EntityQuery{Name: q}); err != nil {
			t.Errorf("Entities(%q): %v", q, err)
		}
	}
	if r, err := s.Search(ctx, vistka.SearchQuery{Text: "!!! ..."}); err != nil || r.Total != 0 || r.Results == nil {
		t.Errorf("Search(no words) = %+v, %v; want an empty result", r, err)
	}
	if r, err := s.Search(ctx, vistka.SearchQuery{}); err != nil || r.Total != 3 {
		t.Errorf("stored data changed by bad input: %+v, %v; want the 3 documents put", r, err)
	}
}

func refNames(refs []vistka.EntityRef) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.Name)
	}
	return out
}

func testCancel(t *testing.T, s vistka.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := fixtures()[0].doc
	if _, _, err := s.Put(ctx, doc, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Put(cancelled) = %v, want context.Canceled", err)
	}
	if _, err := s.Search(ctx, vistka.SearchQuery{Text: "Блінкен"}); err == nil {
		t.Errorf("Search(cancelled): no error")
	}
	if _, err := s.Entities(ctx, vistka.EntityQuery{}); err == nil {
		t.Errorf("Entities(cancelled): no error")
	}
	if _, err := s.Events(ctx, vistka.EventQuery{}); err == nil {
		t.Errorf("Events(cancelled): no error")
	}
	bg := context.Background()
	r, err := s.Search(bg, vistka.SearchQuery{})
	if err != nil || r.Total != 0 {
		t.Errorf("after a cancelled Put: %+v, %v; want nothing stored", r, err)
	}
	if _, dup, err := s.Put(bg, fixtures()[0].doc, nil); err != nil || dup {
		t.Errorf("Put after a cancelled Put: duplicate %v, %v", dup, err)
	}

	// A deadline that passes while Puts queue.
	ctx, cancel = context.WithTimeout(bg, time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	if _, _, err := s.Put(ctx, fixtures()[1].doc, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Put(past deadline) = %v, want context.DeadlineExceeded", err)
	}
}

func testConcurrent(t *testing.T, s vistka.Store) {
	ctx := context.Background()
	const workers, each = 4, 6
	var wg sync.WaitGroup
	errs := make(chan error, workers*each*2)
	ids := make([][]int64, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				// Every worker puts the same documents: each is stored once.
				doc := &vistka.Document{Title: fmt.Sprint(i), Text: fmt.Sprintf("Документ номер %d про Київ.", i), Extraction: &vistka.Extraction{
					Entities: []vistka.Entity{{ID: "E1", Type: "LOC", Name: "Київ", Mentions: []vistka.Mention{{Start: 18, End: 22, Text: "Київ", Lemma: "Київ", Kind: "name"}}}}}}
				id, _, err := s.Put(ctx, doc, nil)
				if err != nil {
					errs <- err
				}
				ids[w] = append(ids[w], id)
				if _, err := s.Search(ctx, vistka.SearchQuery{Text: "київ"}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for w := 1; w < workers; w++ {
		if !slices.Equal(ids[w], ids[0]) {
			t.Errorf("worker %d got ids %v, worker 0 %v", w, ids[w], ids[0])
		}
	}
	es, err := s.Entities(ctx, vistka.EntityQuery{Name: "Київ"})
	if err != nil || len(es) != 1 || es[0].Documents != each || es[0].Mentions != each {
		t.Errorf("Entities(Київ) = %+v, %v; want one entity in %d documents", es, err, each)
	}
}

// testNoWords puts documents without their words: the store reads them
// with its own Lemmatizer.
func testNoWords(t *testing.T, s vistka.Store) {
	ctx := context.Background()
	doc := fixtures()[0].doc
	if _, _, err := s.Put(ctx, doc, nil); err != nil {
		t.Fatal(err)
	}
	r, err := s.Search(ctx, vistka.SearchQuery{Text: "Блінкена"})
	if err != nil || r.Total != 1 {
		t.Errorf("Search(Блінкена) = %+v, %v; want the document", r, err)
	}
}

func (k *known) names(t *testing.T, ids []int64) []int {
	t.Helper()
	var out []int
	for _, id := range ids {
		i := slices.Index(k.docs, id)
		if i < 0 {
			t.Fatalf("unknown document %d", id)
		}
		out = append(out, i)
	}
	return out
}

func hitIDs(r *vistka.SearchResult) []int64 {
	var ids []int64
	for _, h := range r.Results {
		ids = append(ids, h.ID)
	}
	return ids
}

// Fixture indexes.
const (
	docA = iota // Блінкен у Токаєва (2023-02-28)
	docB        // Блінкен дзвонить Кулебі (2023-03-05)
	docC        // Брати Кличко (2023-04-10), no URL
	docD        // Кличко, США передали генератори (2023-05-01)
	docE        // В. Кличко (2023-05-02)
	docF        // Е. Блінкен телефонував Токаєву (no date)
)

func testLinking(t *testing.T, s vistka.Store, k *known) {
	ctx := context.Background()
	doc := func(i int) *vistka.StoredDocument {
		d, err := s.Document(ctx, k.docs[i])
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	a, b, c, d, e, f := doc(docA), doc(docB), doc(docC), doc(docD), doc(docE), doc(docF)
	for _, tc := range []struct {
		name       string
		got, want  int64
		same       bool
		explaining string
	}{
		{"Блінкен", b.EntityIDs["E1"], a.EntityIDs["E1"], true, "a surname alone links to the one stored person with it"},
		{"Е. Блінкен", f.EntityIDs["E1"], a.EntityIDs["E1"], true, "initials that fit link"},
		{"Токаєв", f.EntityIDs["E2"], a.EntityIDs["E4"], true, "a surname alone links"},
		{"Сполучені Штати Америки", d.EntityIDs["E3"], a.EntityIDs["E2"], true, "an alias (США) links places"},
		{"Київ", d.EntityIDs["E2"], c.EntityIDs["E3"], true, "the same name links"},
		{"Кличко", d.EntityIDs["E1"], c.EntityIDs["E1"], false, "a surname of two stored people stays apart"},
		{"Кличко", d.EntityIDs["E1"], c.EntityIDs["E2"], false, "a surname of two stored people stays apart"},
		{"Кличко again", e.EntityIDs["E2"], d.EntityIDs["E1"], true, "the same ambiguous surname is one entity"},
		{"В. Кличко", e.EntityIDs["E1"], c.EntityIDs["E1"], false, "initials that fit two people stay apart"},
		{"В. Кличко", e.EntityIDs["E1"], c.EntityIDs["E2"], false, "initials that fit two people stay apart"},
		{"Віталій/Володимир", c.EntityIDs["E1"], c.EntityIDs["E2"], false, "different first names are different people"},
	} {
		if tc.got == 0 || tc.want == 0 {
			t.Errorf("%s: entity not stored (%d, %d)", tc.name, tc.got, tc.want)
			continue
		}
		if (tc.got == tc.want) != tc.same {
			t.Errorf("%s: ids %d and %d; %s", tc.name, tc.got, tc.want, tc.explaining)
		}
	}
}

func testSearch(t *testing.T, s vistka.Store, k *known) {
	ctx := context.Background()
	for _, tc := range []struct {
		text  string
		order string
		want  []int
	}{
		{"Блінкена", "", []int{docB, docA, docF}}, // newest first, no date last
		{"блінкен", vistka.OrderDate, []int{docB, docA, docF}},
		{"Блінкеном Казахстану", "", []int{docA}},
		{"зустрілися", "", []int{docA}},
		{"Казахстан Кулеба", "", nil},
		{"закликав", "", []int{docE, docD}},
		{"Касим-Жомарт", "", []int{docA}},
		{"жомарт", "", []int{docA}},
		{"62", "", []int{docA}},
		{"zakon", "", []int{docA}},
		{"ЄВРОПЕЙСЬКА", "", []int{docB}},
		{"кличко", "", []int{docE, docD, docC}},
		{"немає такого слова", "", nil},
	} {
		r, err := s.Search(ctx, vistka.SearchQuery{Text: tc.text, Order: tc.order})
		if err != nil {
			t.Errorf("Search(%q): %v", tc.text, err)
			continue
		}
		if got := k.names(t, hitIDs(r)); !slices.Equal(got, tc.want) || r.Total != len(tc.want) {
			t.Errorf("Search(%q) = docs %v, total %d; want %v", tc.text, got, r.Total, tc.want)
		}
		if r.Results == nil {
			t.Errorf("Search(%q): Results is nil, want []", tc.text)
		}
	}
	r, err := s.Search(ctx, vistka.SearchQuery{Text: "Блінкен", Order: vistka.OrderRelevance})
	if err != nil {
		t.Fatal(err)
	}
	if got := k.names(t, hitIDs(r)); r.Total != 3 || !sameSet(got, []int{docA, docB, docF}) {
		t.Errorf("Search(Блінкен, relevance) = %v, total %d; want docs A, B, F", got, r.Total)
	}

	// Pages.
	var all []int64
	for off := 0; off < 10; off += 2 {
		r, err := s.Search(ctx, vistka.SearchQuery{Limit: 2, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if r.Total != len(k.docs) {
			t.Errorf("page at %d: total %d, want %d", off, r.Total, len(k.docs))
		}
		if want := min(2, max(len(k.docs)-off, 0)); len(r.Results) != want {
			t.Errorf("page at %d: %d results, want %d", off, len(r.Results), want)
		}
		all = append(all, hitIDs(r)...)
	}
	if got := k.names(t, all); !slices.Equal(got, []int{docE, docD, docC, docB, docA, docF}) {
		t.Errorf("all documents by pages = %v, want newest first, undated last", got)
	}
	r, err = s.Search(ctx, vistka.SearchQuery{Text: "Блінкен", Limit: 1, Offset: 1})
	if err != nil || r.Total != 3 || len(r.Results) != 1 || r.Results[0].ID != k.docs[docA] {
		t.Errorf("Search(Блінкен, limit 1, offset 1) = %+v, %v; want doc A of 3", r, err)
	}
	r, err = s.Search(ctx, vistka.SearchQuery{Text: "Блінкен", Offset: 10})
	if err != nil || r.Total != 3 || len(r.Results) != 0 {
		t.Errorf("Search(Блінкен, offset 10) = %+v, %v; want no results of 3", r, err)
	}
}

func sameSet(a, b []int) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

func testSearchFilters(t *testing.T, s vistka.Store, k *known) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		q    vistka.SearchQuery
		want []int
	}{
		{"entity", vistka.SearchQuery{Entity: k.ent["Ентоні Блінкен"]}, []int{docB, docA, docF}},
		{"entity and text", vistka.SearchQuery{Entity: k.ent["Ентоні Блінкен"], Text: "Казахстану"}, []int{docA}},
		{"unknown entity", vistka.SearchQuery{Entity: 987654}, nil},
		{"ambiguous surname", vistka.SearchQuery{Entity: k.ent["Кличко"]}, []int{docE, docD}},
		{"event type", vistka.SearchQuery{EventType: "CONSULT"}, []int{docB, docA, docF}},
		{"event type and text", vistka.SearchQuery{EventType: "AID", Text: "Києву"}, []int{docD}},
		{"from", vistka.SearchQuery{From: day("2023-04-10")}, []int{docE, docD, docC}},
		{"to", vistka.SearchQuery{To: day("2023-03-05")}, []int{docA}},
		{"range", vistka.SearchQuery{From: day("2023-03-01"), To: day("2023-05-01")}, []int{docC, docB}},
		{"range and text", vistka.SearchQuery{Text: "Блінкен", From: day("2023-01-01"), To: day("2024-01-01")}, []int{docB, docA}},
		{"publisher", vistka.SearchQuery{Publisher: "Укрінформ"}, []int{docC, docA, docF}},
		{"publisher, any case", vistka.SearchQuery{Publisher: " укрІНФОРМ "}, []int{docC, docA, docF}},
		{"publisher and text", vistka.SearchQuery{Publisher: "Європейська правда", Text: "Блінкена"}, []int{docB}},
		{"all filters", vistka.SearchQuery{Text: "Блінкен", Entity: k.ent["Касим-Жомарт Токаєв"], EventType: "CONSULT",
			From: day("2023-02-01"), To: day("2023-03-01"), Publisher: "укрінформ"}, []int{docA}},
	} {
		r, err := s.Search(ctx, tc.q)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := k.names(t, hitIDs(r)); !slices.Equal(got, tc.want) || r.Total != len(tc.want) {
			t.Errorf("%s: docs %v, total %d; want %v", tc.name, got, r.Total, tc.want)
		}
	}
}

func testSnippet(t *testing.T, s vistka.Store, k *known) {
	ctx := context.Background()
	for _, tc := range []struct {
		text    string
		doc     int
		snippet string
		hl      []string
	}{
		{"Кулеба", docB, "Блінкен провів телефонну розмову з міністром закордонних справ України Дмитром Кулебою. Сторони обговорили підтримку України, повідомляє Європейська правда.", []string{"Кулебою"}},
		{"Україна", docB, "Блінкен провів телефонну розмову з міністром закордонних справ України Дмитром Кулебою. Сторони обговорили підтримку України, повідомляє Європейська правда.", []string{"України", "України"}},
		{"долар", docA, "…За словами Токаєва, США інвестували в економіку Казахстану понад 62 мільярди доларів. Про це повідомляє Укрінформ з посиланням на Zakon.kz. Фото: Akorda.", []string{"доларів"}},
		{"токаєв", docF, "Е. Блінкен телефонував Токаєву.", []string{"Токаєву"}},
		{"Жомарт Казахстан", docA, "Державний секретар США Ентоні Блінкен у вівторок зустрівся в Астані з Президентом Казахстану Касим-Жомартом Токаєвим. «Ми цінуємо незалежність Казахстану», — сказав Блінкен. За словами Токаєва, США інвестували в…",
			[]string{"Казахстану", "Касим-Жомартом", "Казахстану"}},
	} {
		r, err := s.Search(ctx, vistka.SearchQuery{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		var h *vistka.SearchHit
		for i := range r.Results {
			if r.Results[i].ID == k.docs[tc.doc] {
				h = &r.Results[i]
			}
		}
		if h == nil {
			t.Errorf("Search(%q): document %d not found", tc.text, tc.doc)
			continue
		}
		if h.Snippet != tc.snippet {
			t.Errorf("Search(%q): snippet\n%q, want\n%q", tc.text, h.Snippet, tc.snippet)
		}
		var hl []string
		runes := []rune(h.Snippet)
		for _, r := range h.Highlights {
			if r.Start < 0 || r.End > len(runes) || r.Start >= r.End {
				t.Errorf("Search(%q): highlight %v outside snippet %q", tc.text, r, h.Snippet)
				continue
			}
			hl = append(hl, string(runes[r.Start:r.End]))
		}
		if !slices.Equal(hl, tc.hl) {
			t.Errorf("Search(%q): highlights %q, want %q", tc.text, hl, tc.hl)
		}
	}
	// Without query text the snippet is the start of the text.
	r, err := s.Search(ctx, vistka.SearchQuery{Entity: k.ent["Ентоні Блінкен"], Limit: 1})
	if err != nil || len(r.Results) != 1 || !strings.HasPrefix(r.Results[0].Snippet, "Блінкен провів") {
		t.Errorf("snippet without query: %+v, %v", r, err)
	}
	if r.Results[0].Title != "Блінкен поговорив з Кулебою" || !r.Results[0].Published.Equal(day("2023-03-05")) {
		t.Errorf("hit = %+v, want title and publication time of doc B", r.Results[0])
	}
}

func testEntities(t *testing.T, s vistka.Store, k *known) {
	ctx := context.Background()
	es, err := s.Entities(ctx, vistka.EntityQuery{Name: "Блінкена"})
	if err != nil {
		t.Fatal(err)
	}
	want := []vistka.EntitySummary{{ID: k.ent["Ентоні Блінкен"], Type: "PERS", Name: "Ентоні Блінкен", Documents: 3, Mentions: 4}}
	if !reflect.DeepEqual(es, want) {
		t.Errorf("Entities(Блінкена) = %+v, want %+v", es, want)
	}
	// Every word must match.
	if es, err := s.Entities(ctx, vistka.EntityQuery{Name: "киян Києву"}); err != nil || len(es) != 0 {
		t.Errorf("Entities(киян Києву) = %+v, %v; want none", es, err)
	}
	if es, err := s.Entities(ctx, vistka.EntityQuery{Name: "Києві"}); err != nil || len(es) != 1 || es[0].Name != "Київ" || es[0].Documents != 2 {
		t.Errorf("Entities(Києві) = %+v, %v; want Київ in 2 documents", es, err)
	}
	es, err = s.Entities(ctx, vistka.EntityQuery{Name: "кличко"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name)
	}
	if !slices.Equal(names, []string{"Кличко", "Віталій Кличко", "Володимир Кличко", "В. Кличко"}) {
		t.Errorf("Entities(кличко) = %v, want the most mentioned first", names)
	}
	if es, err := s.Entities(ctx, vistka.EntityQuery{Name: "кличко", Limit: 2, Offset: 1}); err != nil || len(es) != 2 || es[0].Name != "Віталій Кличко" {
		t.Errorf("Entities(кличко, limit 2, offset 1) = %+v, %v", es, err)
	}
	if es, err := s.Entities(ctx, vistka.EntityQuery{Name: "Віталій Кличко"}); err != nil || len(es) != 1 {
		t.Errorf("Entities(Віталій Кличко) = %+v, %v; want 1", es, err)
	}
	if es, err := s.Entities(ctx, vistka.EntityQuery{Name: "США"}); err != nil || len(es) != 1 || es[0].Documents != 2 {
		t.Errorf("Entities(США) = %+v, %v; want США in 2 documents", es, err)
	}
	if es, err := s.Entities(ctx, vistka.EntityQuery{Name: "Сполучені Штати"}); err != nil || len(es) != 1 || es[0].Name != "США" {
		t.Errorf("Entities(Сполучені Штати) = %+v, %v; want США by its alias", es, err)
	}
	all, err := s.Entities(ctx, vistka.EntityQuery{Limit: vistka.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 12 || all[0].Name != "Ентоні Блінкен" {
		t.Errorf("Entities() = %d entities starting with %+v, want 12, Ентоні Блінкен first", len(all), all[0])
	}
	locs, err := s.Entities(ctx, vistka.EntityQuery{Type: "LOC", Limit: vistka.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	if len(locs) != 5 {
		t.Errorf("Entities(LOC) = %+v, want 5", locs)
	}
	if es, _ := s.Entities(ctx, vistka.EntityQuery{Name: "Блінкен", Type: "LOC"}); len(es) != 0 {
		t.Errorf("Entities(Блінкен, LOC) = %+v, want none", es)
	}
}

func testEntity(t *testing.T, s vistka.Store, k *known) {
	ctx := context.Background()
	id := k.ent["Ентоні Блінкен"]
	e, err := s.Entity(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if e.ID != id || e.Type != "PERS" || e.Name != "Ентоні Блінкен" {
		t.Errorf("Entity = %d %s %s", e.ID, e.Type, e.Name)
	}
	if want := []string{"Блінкен", "Е. Блінкен"}; !slices.Equal(e.Aliases, want) {
		t.Errorf("aliases %q, want %q", e.Aliases, want)
	}
	if want := []string{"державний секретар США"}; !slices.Equal(e.Titles, want) {
		t.Errorf("titles %q, want %q", e.Titles, want)
	}
	var docs []int64
	for _, d := range e.Documents {
		docs = append(docs, d.ID)
	}
	if got := k.names(t, docs); !slices.Equal(got, []int{docB, docA, docF}) {
		t.Errorf("documents %v, want B, A, F", got)
	}
	if e.Documents[0].Title != "Блінкен поговорив з Кулебою" || e.Documents[0].URL == "" || e.Documents[0].Published.IsZero() {
		t.Errorf("document ref %+v", e.Documents[0])
	}
	if len(e.Quotes) != 1 || e.Quotes[0].Text != "Ми цінуємо незалежність Казахстану" || !e.Quotes[0].Direct ||
		e.Quotes[0].Cue != "сказати" || e.Quotes[0].Speaker == nil || e.Quotes[0].Speaker.ID != id || e.Quotes[0].Document != k.docs[docA] {
		t.Errorf("quotes %+v", e.Quotes)
	}
	var evs []string
	for _, ev := range e.Events {
		evs = append(evs, ev.Type+" "+ev.Time.Format("2006-01-02"))
	}
	if want := []string{"CONSULT 2023-03-15", "SUPPORT 2023-03-05", "CONSULT 2023-03-05", "CONSULT 2023-02-28"}; !slices.Equal(evs, want) {
		t.Errorf("events %q, want %q", evs, want)
	}
	var rel []string
	for _, r := range e.Related {
		rel = append(rel, fmt.Sprintf("%s %d %d", r.Name, r.Count, r.Met))
	}
	if want := []string{"Касим-Жомарт Токаєв 2 2", "Дмитро Кулеба 1 1", "США 1 0", "Астана 1 0", "Казахстан 1 0", "Україна 1 0"}; !slices.Equal(rel, want) {
		t.Errorf("related %q, want %q", rel, want)
	}

	v, err := s.Entity(ctx, k.ent["Віталій Кличко"])
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Aliases) != 0 || !slices.Equal(v.Titles, []string{"мер Києва"}) || len(v.Quotes) != 1 || len(v.Events) != 0 {
		t.Errorf("Віталій Кличко = %+v", v)
	}
	if v.Aliases == nil || v.Events == nil || v.Related == nil {
		t.Errorf("empty lists must be [], not null: %+v", v)
	}
	usa, err := s.Entity(ctx, k.ent["США"])
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(usa.Aliases, []string{"Сполучені Штати Америки"}) || len(usa.Events) != 1 || usa.Events[0].Type != "AID" {
		t.Errorf("США = aliases %q, events %+v", usa.Aliases, usa.Events)
	}
	astana, err := s.Entity(ctx, k.ent["Астана"])
	if err != nil {
		t.Fatal(err)
	}
	if len(astana.Events) != 1 || astana.Events[0].Place == nil || astana.Events[0].Place.ID != astana.ID {
		t.Errorf("Астана: events %+v, want the meeting held there", astana.Events)
	}
}

func testEvents(t *testing.T, s vistka.Store, k *known) {
	ctx := context.Background()
	evs, err := s.Events(ctx, vistka.EventQuery{Type: "CONSULT"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 3 {
		t.Fatalf("Events(CONSULT) = %+v, want 3", evs)
	}
	a := evs[2]
	want := vistka.EventRecord{ID: a.ID, Document: k.docs[docA], Type: "CONSULT", Mode: "meet", Trigger: "зустрівся",
		Actors:     []vistka.EntityRef{{ID: k.ent["Ентоні Блінкен"], Type: "PERS", Name: "Ентоні Блінкен"}},
		Recipients: []vistka.EntityRef{{ID: k.ent["Касим-Жомарт Токаєв"], Type: "PERS", Name: "Касим-Жомарт Токаєв"}},
		Place:      &vistka.EntityRef{ID: k.ent["Астана"], Type: "LOC", Name: "Астана"},
		Date:       "2023-02-28", Time: time.Date(2023, 2, 28, 0, 0, 0, 0, time.UTC), Aux: []string{},
		Sentence: "Державний секретар США Ентоні Блінкен у вівторок зустрівся в Астані з Президентом Казахстану Касим-Жомартом Токаєвим."}
	if !reflect.DeepEqual(a, want) {
		t.Errorf("event =\n%+v\nwant\n%+v", a, want)
	}
	if evs[1].Date != "" || !evs[1].Time.Equal(day("2023-03-05")) || evs[1].Place != nil {
		t.Errorf("an event without a date takes its document's time: %+v", evs[1])
	}
	for _, tc := range []struct {
		name string
		q    vistka.EventQuery
		want []string
	}{
		{"all", vistka.EventQuery{}, []string{"AID", "CONSULT", "SUPPORT", "CONSULT", "CONSULT"}},
		{"entity", vistka.EventQuery{Entity: k.ent["Дмитро Кулеба"]}, []string{"CONSULT"}},
		{"entity and type", vistka.EventQuery{Entity: k.ent["Ентоні Блінкен"], Type: "SUPPORT"}, []string{"SUPPORT"}},
		{"month date", vistka.EventQuery{From: day("2023-04-01").Truncate(24 * time.Hour), To: day("2023-05-01")}, []string{"AID"}},
		{"range", vistka.EventQuery{From: day("2023-03-01"), To: day("2023-03-31")}, []string{"CONSULT", "SUPPORT", "CONSULT"}},
		{"unknown type", vistka.EventQuery{Type: "FIGHT"}, nil},
		{"page", vistka.EventQuery{Limit: 2, Offset: 1}, []string{"CONSULT", "SUPPORT"}},
	} {
		evs, err := s.Events(ctx, tc.q)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var got []string
		for _, ev := range evs {
			got = append(got, ev.Type)
		}
		if !slices.Equal(got, tc.want) || evs == nil {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// testJSON checks the shapes the HTTP API promises.
func testJSON(t *testing.T, s vistka.Store, k *known) {
	ctx := context.Background()
	keys := func(v any) []string {
		var m map[string]any
		if err := json.Unmarshal([]byte(jsonOf(t, v)), &m); err != nil {
			t.Fatal(err)
		}
		var out []string
		for k := range m {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	has := func(what string, got []string, want ...string) {
		t.Helper()
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("%s JSON has %q, lacks %q", what, got, w)
			}
		}
	}
	r, err := s.Search(ctx, vistka.SearchQuery{Text: "Блінкен"})
	if err != nil {
		t.Fatal(err)
	}
	has("search", keys(r), "results", "total")
	has("search hit", keys(r.Results[0]), "id", "title", "published", "snippet")
	es, err := s.Entities(ctx, vistka.EntityQuery{Name: "Блінкен"})
	if err != nil {
		t.Fatal(err)
	}
	has("entities", keys(es[0]), "id", "type", "name", "documents", "mentions")
	e, err := s.Entity(ctx, k.ent["Ентоні Блінкен"])
	if err != nil {
		t.Fatal(err)
	}
	has("entity", keys(e), "id", "type", "name", "aliases", "titles", "documents", "quotes", "events", "related")
	has("related", keys(e.Related[0]), "id", "name", "count")
	d, err := s.Document(ctx, k.docs[docA])
	if err != nil {
		t.Fatal(err)
	}
	has("document", keys(d), "id", "url", "title", "published", "text", "hash", "extraction", "entity_ids")
}

// testBatch puts documents in batches, when the store is a
// vistka.Batcher: a batch is seen by others only once it is committed,
// and it stores and links as Puts do.
func testBatch(t *testing.T, s vistka.Store) {
	bs, ok := s.(vistka.Batcher)
	if !ok {
		t.Skipf("%T is no vistka.Batcher", s)
	}
	ctx := context.Background()
	fx := fixtures()
	b, err := bs.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for i, f := range fx[:3] {
		id, dup, err := b.Put(ctx, f.doc, Lemmatize(f.doc.Text))
		if err != nil || dup || id <= 0 || f.doc.ID != id {
			t.Fatalf("batch Put fixture %d: id %d (doc.ID %d), duplicate %v, %v", i, id, f.doc.ID, dup, err)
		}
		ids = append(ids, id)
	}
	if id, dup, err := b.Put(ctx, fixtures()[0].doc, nil); err != nil || !dup || id != ids[0] {
		t.Errorf("batch Put of a document already in the batch = %d, %v, %v; want %d, a duplicate", id, dup, err, ids[0])
	}
	_, _, err = b.Put(ctx, &vistka.Document{Text: " "}, nil)
	wantCode(t, "batch Put(blank text)", err, vistka.EINVALID)
	if r, err := s.Search(ctx, vistka.SearchQuery{}); err != nil || r.Total != 0 {
		t.Errorf("before Commit, Search finds %+v, %v; want nothing", r, err)
	}
	if err := b.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	if _, _, err := b.Put(ctx, fx[3].doc, nil); err == nil {
		t.Errorf("Put after Commit: no error")
	}
	if err := b.Rollback(); err != nil {
		t.Errorf("Rollback after Commit: %v", err)
	}
	r, err := s.Search(ctx, vistka.SearchQuery{Text: "Блінкена"})
	if err != nil || r.Total != 2 {
		t.Errorf("after Commit, Search(Блінкена) = %+v, %v; want documents A and B", r, err)
	}
	d, err := s.Document(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Document(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if d.EntityIDs["E1"] != a.EntityIDs["E1"] || d.EntityIDs["E1"] == 0 {
		t.Errorf("Блінкен of document B is %d, Ентоні Блінкен of document A %d; want one entity", d.EntityIDs["E1"], a.EntityIDs["E1"])
	}
	es, err := s.Entities(ctx, vistka.EntityQuery{Name: "Блінкен"})
	if err != nil || len(es) != 1 || es[0].Documents != 2 || es[0].Mentions != 3 {
		t.Errorf("Entities(Блінкен) = %+v, %v; want one in 2 documents, 3 mentions", es, err)
	}

	// A rolled-back batch leaves nothing.
	b, err = bs.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := b.Put(ctx, fx[3].doc, Lemmatize(fx[3].doc.Text)); err != nil {
		t.Fatal(err)
	}
	if err := b.Rollback(); err != nil {
		t.Fatal(err)
	}
	if r, err := s.Search(ctx, vistka.SearchQuery{}); err != nil || r.Total != 3 {
		t.Errorf("after Rollback, Search finds %+v, %v; want the 3 committed documents", r, err)
	}
	if es, err := s.Entities(ctx, vistka.EntityQuery{Name: "Сполучені Штати Америки"}); err != nil || len(es) != 0 {
		t.Errorf("after Rollback, Entities(Сполучені Штати Америки) = %+v, %v; want none", es, err)
	}
	// A batch that waits for the write slot gives up with its context.
	b, err = bs.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := bs.Begin(short); err == nil {
		t.Errorf("Begin while a batch is open: no error before its context ended")
	}
	b.Rollback()
	if id := put(t, s, fixtures()[3].doc); id <= 0 {
		t.Errorf("Put after a rolled-back batch: id %d", id)
	}
}

// person is a document that names people, each with one mention of its
// name as written in text.
func person(url, text string, names ...string) *vistka.Document {
	f := newFixture(url, "", "2024-01-15", text)
	for _, n := range names {
		f.entity("PERS", n, nil, nil, n)
	}
	return f.doc
}

// testLinkingOrder links people across documents whatever the order the
// names come in: a surname alone stored before the full name is the same
// person, unless the surname belongs to two people.
func testLinkingOrder(t *testing.T, s vistka.Store) {
	ctx := context.Background()
	gid := func(doc int64, local string) int64 {
		t.Helper()
		d, err := s.Document(ctx, doc)
		if err != nil {
			t.Fatal(err)
		}
		return d.EntityIDs[local]
	}
	d1 := put(t, s, person("https://x.example/1", "Блінкен прибув до Києва.", "Блінкен"))
	d2 := put(t, s, person("https://x.example/2", "Ентоні Блінкен зустрівся з міністром.", "Ентоні Блінкен"))
	d3 := put(t, s, person("https://x.example/3", "Блінкен поїхав далі.", "Блінкен"))
	b := gid(d1, "E1")
	if gid(d2, "E1") != b || gid(d3, "E1") != b {
		t.Errorf("Блінкен, then Ентоні Блінкен, then Блінкен: entities %d, %d, %d; want one", b, gid(d2, "E1"), gid(d3, "E1"))
	}
	e, err := s.Entity(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "Ентоні Блінкен" || !slices.Equal(e.Aliases, []string{"Блінкен"}) || len(e.Documents) != 3 {
		t.Errorf("Entity = %s, aliases %q, %d documents; want Ентоні Блінкен, [Блінкен], 3", e.Name, e.Aliases, len(e.Documents))
	}
	if es, err := s.Entities(ctx, vistka.EntityQuery{Name: "Ентоні"}); err != nil || len(es) != 1 || es[0].ID != b || es[0].Documents != 3 || es[0].Mentions != 3 {
		t.Errorf("Entities(Ентоні) = %+v, %v; want Ентоні Блінкен in 3 documents", es, err)
	}

	// Initials first: the full name renames the person, and another
	// name with the same initial is someone else.
	d4 := put(t, s, person("https://x.example/4", "Д. Туск виступив.", "Д. Туск"))
	d5 := put(t, s, person("https://x.example/5", "Дональд Туск виступив.", "Дональд Туск"))
	d6 := put(t, s, person("https://x.example/6", "Донат Туск виступив.", "Донат Туск"))
	if gid(d4, "E1") != gid(d5, "E1") || gid(d6, "E1") == gid(d5, "E1") {
		t.Errorf("Д. Туск, Дональд Туск, Донат Туск: entities %d, %d, %d; want the first two one", gid(d4, "E1"), gid(d5, "E1"), gid(d6, "E1"))
	}
	if e, err := s.Entity(ctx, gid(d4, "E1")); err != nil || e.Name != "Дональд Туск" {
		t.Errorf("Entity(Д. Туск) = %+v, %v; want it named Дональд Туск", e, err)
	}

	// A surname alone, then a document with two people of that surname:
	// which of them the first meant is not known, and all stay apart.
	k1 := put(t, s, person("https://x.example/7", "Кличко закликав економити.", "Кличко"))
	k2 := put(t, s, person("https://x.example/8", "Віталій Кличко та Володимир Кличко відвідали Київ.", "Віталій Кличко", "Володимир Кличко"))
	k3 := put(t, s, person("https://x.example/9", "Кличко наголосив на важливості.", "Кличко"))
	lone, vit, vol := gid(k1, "E1"), gid(k2, "E1"), gid(k2, "E2")
	if lone == vit || lone == vol || vit == vol || gid(k3, "E1") != lone {
		t.Errorf("Кличко, then Віталій and Володимир Кличко, then Кличко: entities %d; %d, %d; %d; want three, the last the first",
			lone, vit, vol, gid(k3, "E1"))
	}
	if e, err := s.Entity(ctx, lone); err != nil || e.Name != "Кличко" {
		t.Errorf("Entity(Кличко) = %+v, %v; want it still named Кличко", e, err)
	}
	// A surname of two stored people, then a third full name: apart.
	k4 := put(t, s, person("https://x.example/10", "Олег Кличко прийшов.", "Олег Кличко"))
	if o := gid(k4, "E1"); o == lone || o == vit || o == vol {
		t.Errorf("Олег Кличко linked to %d; want a new person", o)
	}
}

// testEntityPrefix looks entities up by the start of a word of their
// names, as a suggestion box does while one types.
func testEntityPrefix(t *testing.T, s vistka.Store) {
	ctx := context.Background()
	k := load(t, s)
	names := func(es []vistka.EntitySummary) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Name)
		}
		return out
	}
	for _, tc := range []struct {
		q, typ string
		want   []string
	}{
		{"Блінк", "", []string{"Ентоні Блінкен"}},
		{"блі", "", []string{"Ентоні Блінкен"}},
		{"токаєв", "", []string{"Касим-Жомарт Токаєв"}},
		{"ТОКАЄ", "", []string{"Касим-Жомарт Токаєв"}},
		{"Касим-Жом", "", []string{"Касим-Жомарт Токаєв"}},
		{"Ент Блінк", "", []string{"Ентоні Блінкен"}},
		{"Кули", "", nil}, // Кулеба, Кулебою: no word starts so
		{"Кул", "", []string{"Дмитро Кулеба"}},
		{"Кличк", "", []string{"Кличко", "Віталій Кличко", "Володимир Кличко", "В. Кличко"}},
		{"Вол Кличко", "", []string{"Володимир Кличко"}},
		{"Києві", "", []string{"Київ"}}, // by lemma still
		{"Ки", "LOC", []string{"Київ"}},
		{"Блінк", "LOC", nil},
		{"Блінк Кул", "", nil},
		{"щч", "", nil},
	} {
		es, err := s.Entities(ctx, vistka.EntityQuery{Name: tc.q, Type: tc.typ})
		if err != nil {
			t.Errorf("Entities(%q, %q): %v", tc.q, tc.typ, err)
			continue
		}
		if got := names(es); !slices.Equal(got, tc.want) {
			t.Errorf("Entities(%q, %q) = %q, want %q", tc.q, tc.typ, got, tc.want)
		}
	}
	if es, err := s.Entities(ctx, vistka.EntityQuery{Name: "Блінк"}); err != nil || len(es) != 1 || es[0].ID != k.ent["Ентоні Блінкен"] || es[0].Documents != 3 {
		t.Errorf("Entities(Блінк) = %+v, %v; want Ентоні Блінкен in 3 documents", es, err)
	}
}

// body returns a document that names one entity: a body, a place or a
// thing, with its aliases; each mention is a name or alias written in
// text (see fixture.entity).
func body(url, text, typ, name string, aliases []string, mentions ...string) *vistka.Document {
	f := newFixture(url, "", "2024-02-01", text)
	f.entity(typ, name, aliases, nil, mentions...)
	return f.doc
}

// testLinkingBodies links bodies and places across documents by their
// short names, and keeps apart those a short name does not tell apart.
func testLinkingBodies(t *testing.T, s vistka.Store) {
	ctx := context.Background()
	n := 0
	gid := func(doc *vistka.Document) int64 {
		t.Helper()
		n++
		doc.URL = fmt.Sprintf("https://bodies.example/%d", n)
		d, err := s.Document(ctx, put(t, s, doc))
		if err != nil {
			t.Fatal(err)
		}
		return d.EntityIDs["E1"]
	}
	for _, tc := range []struct {
		name       string
		first, now *vistka.Document
		same       bool
		explaining string
	}{
		{"ОВА",
			body("", "Одеська обласна військова адміністрація повідомила про атаку. ОВА закликала не виходити.", "ORG",
				"Одеська обласна військова адміністрація", []string{"ОВА"}, "Одеська обласна військова адміністрація", "ОВА"),
			body("", "Харківська ОВА оголосила евакуацію. ОВА надасть транспорт.", "ORG",
				"Харківська ОВА", []string{"ОВА"}, "Харківська ОВА", "ОВА"),
			false, "a short form shared by two bodies does not link them"},
		{"Нафтогаз",
			body("", "Нафтогаз підписав угоду.", "ORG", "Нафтогаз", nil, "Нафтогаз"),
			body("", "Нафтогаз України закупить газ. Нафтогаз заплатить сам.", "ORG",
				"Нафтогаз України", []string{"Нафтогаз"}, "Нафтогаз України", "Нафтогаз#1"),
			true, "a fuller name links to the entity named by its short form alone"},
		{"МЗС України",
			body("", "Міністерство закордонних справ України засудило атаку.", "ORG",
				"Міністерство закордонних справ України", nil, "Міністерство закордонних справ України"),
			body("", "МЗС України викликало посла.", "ORG", "МЗС України", nil, "МЗС України"),
			true, "an acronym and a tail link to the full name"},
		{"Єврокомісія",
			body("", "Єврокомісія схвалила транш.", "ORG", "Єврокомісія", nil, "Єврокомісія"),
			body("", "Європейська комісія оприлюднила звіт.", "ORG", "Європейська комісія", nil, "Європейська комісія"),
			true, "a full name links to its clipped compound stored before"},
		{"США",
			body("", "США запровадили санкції.", "LOC", "США", nil, "США"),
			body("", "Сполучені Штати Америки виділили кошти.", "LOC", "Сполучені Штати Америки", nil, "Сполучені Штати Америки"),
			true, "a full name links to its acronym stored before"},
		{"ЄС",
			body("", "ЄС запровадив мита.", "ORG", "ЄС", nil, "ЄС"),
			body("", "Європейська солідарність зареєструвала законопроєкт.", "ORG",
				"Європейська солідарність", nil, "Європейська солідарність"),
			false, "two initials are too few to link a name"},
		{"КМВА",
			body("", "Київська міська військова адміністрація повідомила про атаку. КМВА закликала до укриттів.", "ORG",
				"Київська міська військова адміністрація", []string{"КМВА"}, "Київська міська військова адміністрація", "КМВА"),
			body("", "Костянтинівська міська військова адміністрація оголосила евакуацію.", "ORG",
				"Костянтинівська міська військова адміністрація", nil, "Костянтинівська міська військова адміністрація"),
			false, "two full names with one acronym are two bodies"},
		{"ДПС",
			body("", "Державна прикордонна служба посилила контроль.", "ORG",
				"Державна прикордонна служба", nil, "Державна прикордонна служба"),
			body("", "Державна податкова служба перевірила завод.", "ORG",
				"Державна податкова служба", nil, "Державна податкова служба"),
			false, "two names that derive one acronym are not one body for it"},
		{"Одещина",
			body("", "Над Одещиною збили дрони.", "LOC", "Одещина", nil, "Одещиною=Одещина"),
			body("", "Одеська область отримає генератори.", "LOC", "Одеська область", nil, "Одеська область"),
			true, "an oblast links to the noun of its region"},
		{"ОБСЄ",
			body("", "ОБСЄ направила спостерігачів.", "LOC", "ОБСЄ", nil, "ОБСЄ"),
			body("", "ОБСЄ оприлюднила звіт.", "ORG", "ОБСЄ", nil, "ОБСЄ"),
			true, "an acronym links across types"},
		{"Telegram",
			body("", "Він написав у Telegram.", "MISC", "Telegram", nil, "Telegram"),
			body("", "Telegram заблокував канали.", "ORG", "Telegram", nil, "Telegram"),
			true, "a name in Latin letters links across types"},
		{"Дніпро",
			body("", "Дніпро зустрів гостей.", "LOC", "Дніпро", nil, "Дніпро"),
			body("", "Дніпро переміг у матчі.", "ORG", "Дніпро", nil, "Дніпро"),
			false, "another name keeps to its type"},
	} {
		first, now := gid(tc.first), gid(tc.now)
		if first == 0 || now == 0 {
			t.Errorf("%s: entity not stored (%d, %d)", tc.name, first, now)
			continue
		}
		if (first == now) != tc.same {
			t.Errorf("%s: ids %d and %d; %s", tc.name, first, now, tc.explaining)
		}
	}

	// The keys derived from a name are no aliases the entity shows.
	es, err := s.Entities(ctx, vistka.EntityQuery{Name: "Міністерство закордонних справ", Type: "ORG"})
	if err != nil || len(es) != 1 {
		t.Fatalf("Entities(Міністерство закордонних справ) = %+v, %v", es, err)
	}
	e, err := s.Entity(ctx, es[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(e.Aliases, []string{"МЗС України"}) {
		t.Errorf("Entity(%s).Aliases = %q, want [МЗС України]", e.Name, e.Aliases)
	}

	// A short form that a body with a fuller name went by is ambiguous: a
	// third body going by it links to no entity named by it alone.
	mzs := gid(body("", "МЗС висловило протест.", "ORG", "МЗС", nil, "МЗС"))
	ua := gid(body("", "Міністерство закордонних справ України засудило обстріл. МЗС вимагає реакції.", "ORG",
		"Міністерство закордонних справ України", []string{"МЗС"}, "Міністерство закордонних справ України", "МЗС"))
	md := gid(body("", "Міністерство закордонних справ Молдови викликало посла. МЗС вручило ноту.", "ORG",
		"Міністерство закордонних справ Молдови", []string{"МЗС"}, "Міністерство закордонних справ Молдови", "МЗС"))
	if md == mzs || md == ua {
		t.Errorf("МЗС, МЗС України, МЗС Молдови: entities %d, %d, %d; want the last apart", mzs, ua, md)
	}

	// ДПС alone fits both services: it stays apart from each.
	dps := gid(body("", "ДПС повідомила про нові правила.", "ORG", "ДПС", nil, "ДПС"))
	for _, name := range []string{"Державна прикордонна служба", "Державна податкова служба"} {
		es, err := s.Entities(ctx, vistka.EntityQuery{Name: name, Type: "ORG"})
		if err != nil || len(es) == 0 {
			t.Fatalf("Entities(%s) = %+v, %v", name, es, err)
		}
		if es[0].ID == dps {
			t.Errorf("ДПС linked to %s; want it apart", name)
		}
	}
}
