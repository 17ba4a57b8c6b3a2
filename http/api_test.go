package http_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	nethttp "net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vistka/vistka"
	vhttp "github.com/vistka/vistka/http"
)

func TestHealthz(t *testing.T) {
	e := newEnv(t, false, nil)
	resp, body := e.request("GET", "/healthz", nil)
	if resp.StatusCode != 200 || strings.TrimSpace(string(body)) != "ok" {
		t.Errorf("GET /healthz = %d %q", resp.StatusCode, body)
	}
}

func TestPostDocument(t *testing.T) {
	e := newEnv(t, false, nil)
	a := articles[0]
	var first vhttp.DocumentOutput
	resp := e.do("POST", "/api/documents", a, 201, &first)
	if first.ID <= 0 || first.Duplicate {
		t.Fatalf("first post = %+v, want a new id", first)
	}
	if loc := resp.Header.Get("Location"); loc != fmt.Sprintf("/api/documents/%d", first.ID) {
		t.Errorf("Location = %q", loc)
	}

	var again vhttp.DocumentOutput
	e.do("POST", "/api/documents", a, 200, &again)
	if again != (vhttp.DocumentOutput{ID: first.ID, Duplicate: true}) {
		t.Errorf("second post = %+v, want id %d, duplicate", again, first.ID)
	}
	// The same text with other whitespace and no URL is the same document.
	spaced := map[string]string{"text": "  " + strings.ReplaceAll(a.Text, " ", "   ") + "\n"}
	e.do("POST", "/api/documents", spaced, 200, &again)
	if again != (vhttp.DocumentOutput{ID: first.ID, Duplicate: true}) {
		t.Errorf("post with other whitespace = %+v, want id %d, duplicate", again, first.ID)
	}

	// The stored document is what was posted, with its extraction.
	var d vistka.StoredDocument
	e.do("GET", fmt.Sprintf("/api/documents/%d", first.ID), nil, 200, &d)
	if d.Title != a.Title || d.URL != a.URL || d.Text != a.Text || d.Published.Format(time.DateOnly) != a.Published {
		t.Errorf("stored = %q %q %v, want the article", d.Title, d.URL, d.Published)
	}
	if d.Extraction == nil || len(d.Extraction.Entities) == 0 || len(d.Extraction.Quotes) != 2 || len(d.Extraction.Events) != 1 {
		t.Fatalf("extraction = %+v", d.Extraction)
	}
	if len(d.EntityIDs) != len(d.Extraction.Entities) {
		t.Errorf("entity_ids = %v for %d entities", d.EntityIDs, len(d.Extraction.Entities))
	}

	// An HTML page is read with ReadHTML; what the request says wins.
	page := map[string]string{
		"html":      "<html><head><title>Сторінка</title></head><body><p>Дмитро Кулеба прибув до <b>Варшави</b>.</p><p>Візит триватиме два дні.</p></body></html>",
		"url":       "https://example.com/page.html",
		"published": "2023-06-01T10:00:00Z",
	}
	var h vhttp.DocumentOutput
	e.do("POST", "/api/documents", page, 201, &h)
	e.do("GET", fmt.Sprintf("/api/documents/%d", h.ID), nil, 200, &d)
	if d.Title != "Сторінка" || d.Text != "Дмитро Кулеба прибув до Варшави.\nВізит триватиме два дні." || d.URL != page["url"] ||
		!d.Published.Equal(time.Date(2023, 6, 1, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("html document = %q %q %q %v", d.Title, d.Text, d.URL, d.Published)
	}
	page["title"] = "Свій заголовок"
	page["url"] = "https://example.com/other.html"
	page["html"] = strings.Replace(page["html"], "два", "три", 1)
	e.do("POST", "/api/documents", page, 201, &h)
	e.do("GET", fmt.Sprintf("/api/documents/%d", h.ID), nil, 200, &d)
	if d.Title != "Свій заголовок" {
		t.Errorf("title = %q, want the request's", d.Title)
	}

	// A text without a title takes its first line for one.
	plain := map[string]string{"text": "Кулеба прибув до Варшави\n\nМіністр закордонних справ України Дмитро Кулеба прибув до Варшави."}
	e.do("POST", "/api/documents", plain, 201, &h)
	e.do("GET", fmt.Sprintf("/api/documents/%d", h.ID), nil, 200, &d)
	if d.Title != "Кулеба прибув до Варшави" {
		t.Errorf("title of a text without one = %q, want its first line", d.Title)
	}
}

func TestPostDocumentBad(t *testing.T) {
	e := newEnv(t, false, nil)
	for _, tc := range []struct {
		name string
		body string
	}{
		{"empty body", ``},
		{"not JSON", `text=hello`},
		{"truncated", `{"text": "Київ`},
		{"array", `[{"text": "Київ"}]`},
		{"wrong type", `{"text": 5}`},
		{"two objects", `{"text": "Київ"} {"text": "Львів"}`},
		{"trailing garbage", `{"text": "Київ"} x`},
		{"no text", `{"title": "Заголовок"}`},
		{"blank text", `{"text": "   \n"}`},
		{"text and html", `{"text": "Київ", "html": "<p>Київ</p>"}`},
		{"bad published", `{"text": "Київ", "published": "28.02.2023"}`},
		{"bad url", `{"text": "Київ", "url": "javascript:alert(1)"}`},
		{"relative url", `{"text": "Київ", "url": "/news/1"}`},
		{"html without text", `{"html": "<html><body><div>menu</div></body></html>"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := e.wantError("POST", "/api/documents", tc.body, 400)
			t.Logf("%s", msg)
		})
	}
	var n vistka.SearchResult
	e.do("GET", "/api/search", nil, 200, &n)
	if n.Total != 0 {
		t.Errorf("bad posts stored %d documents", n.Total)
	}

	noHTML := newEnv(t, false, func(s *vhttp.Server) { s.ReadHTML = nil })
	noHTML.wantError("POST", "/api/documents", `{"html": "<p>Київ</p>"}`, 400)
}

// zeros streams n bytes of 'a' and counts what was read.
type zeros struct{ n, read int64 }

func (z *zeros) Read(p []byte) (int, error) {
	if z.read >= z.n {
		return 0, io.EOF
	}
	k := min(int64(len(p)), z.n-z.read)
	for i := range k {
		p[i] = 'a'
	}
	z.read += k
	return int(k), nil
}

func TestPostTooLarge(t *testing.T) {
	e := newEnv(t, false, nil)
	const size = vhttp.DefaultMaxBody + 1<<20
	body := func() io.Reader {
		return io.MultiReader(strings.NewReader(`{"text": "`), &zeros{n: size}, strings.NewReader(`"}`))
	}
	for _, chunked := range []bool{false, true} {
		t.Run(fmt.Sprintf("chunked=%v", chunked), func(t *testing.T) {
			req, err := nethttp.NewRequest("POST", e.ts.URL+"/api/documents", body())
			if err != nil {
				t.Fatal(err)
			}
			req.ContentLength = size + 12
			if chunked {
				req.ContentLength = -1 // the server finds out as it reads
			}
			resp, err := e.ts.Client().Do(req)
			if err != nil {
				// The server may answer and close before the client has
				// sent everything; the answer is what matters.
				t.Logf("client: %v", err)
				return
			}
			defer resp.Body.Close()
			msg, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != 413 || !strings.Contains(string(msg), `"error"`) {
				t.Errorf("POST %d bytes = %d %s, want 413", size, resp.StatusCode, msg)
			}
		})
	}
	// Just under the limit is fine.
	small := newEnv(t, false, func(s *vhttp.Server) { s.MaxBody = 1000 })
	small.do("POST", "/api/documents", map[string]string{"text": strings.Repeat("слово ", 70)}, 201, nil)
	small.wantError("POST", "/api/documents", map[string]string{"text": strings.Repeat("слово ", 100)}, 413)
}

func TestAuth(t *testing.T) {
	const token = "s3cret-token"
	e := newEnv(t, false, func(s *vhttp.Server) { s.Token = token })
	doc := map[string]string{"text": "Кулеба зустрівся з Блінкеном."}
	for _, tc := range []struct {
		name   string
		header []string
	}{
		{"no header", nil},
		{"wrong token", []string{"Authorization", "Bearer nope"}},
		{"token prefix", []string{"Authorization", "Bearer s3cret"}},
		{"no scheme", []string{"Authorization", token}},
		{"basic", []string{"Authorization", "Basic " + token}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := e.request("POST", "/api/documents", doc, tc.header...)
			if resp.StatusCode != 401 || !strings.Contains(string(body), `"error"`) {
				t.Errorf("POST = %d %s, want 401", resp.StatusCode, body)
			}
			if resp.Header.Get("WWW-Authenticate") == "" {
				t.Errorf("401 without WWW-Authenticate")
			}
		})
	}
	var out vhttp.DocumentOutput
	e.do("POST", "/api/documents", doc, 201, &out, "Authorization", "Bearer "+token)
	e.do("POST", "/api/documents", doc, 200, &out, "Authorization", "bearer "+token)
	// Reads need no token.
	e.do("GET", fmt.Sprintf("/api/documents/%d", out.ID), nil, 200, &vistka.StoredDocument{})
	e.do("GET", "/api/search?q=Кулеба", nil, 200, &vistka.SearchResult{})
	if resp, _ := e.request("GET", "/", nil); resp.StatusCode != 200 {
		t.Errorf("GET / = %d", resp.StatusCode)
	}
}

func TestGetDocument(t *testing.T) {
	e := newEnv(t, true, nil)
	var d map[string]any
	e.do("GET", fmt.Sprintf("/api/documents/%d", e.ids["call"]), nil, 200, &d)
	for _, k := range []string{"id", "url", "title", "published", "text", "hash", "extraction", "entity_ids"} {
		if _, ok := d[k]; !ok {
			t.Errorf("document has no %q: %v", k, d)
		}
	}
	x, _ := d["extraction"].(map[string]any)
	for _, k := range []string{"entities", "quotes", "amounts", "dates", "events", "spans", "source"} {
		if _, ok := x[k]; !ok {
			t.Errorf("extraction has no %q", k)
		}
	}
	e.wantError("GET", "/api/documents/999999", nil, 404)
	e.wantError("GET", "/api/documents/abc", nil, 400)
	e.wantError("GET", "/api/documents/0", nil, 400)
	e.wantError("GET", "/api/documents/-3", nil, 400)
	e.wantError("GET", "/api/documents/99999999999999999999", nil, 400)
	e.wantError("GET", "/api/nothing/here", nil, 404)
}

func titles(hits []vistka.SearchHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Title)
	}
	return out
}

func (e *env) entityID(name string) int64 {
	e.t.Helper()
	var list struct{ Results []vistka.EntitySummary }
	e.do("GET", "/api/entities?q="+url.QueryEscape(name), nil, 200, &list)
	for _, r := range list.Results {
		if r.Name == name {
			return r.ID
		}
	}
	e.t.Fatalf("no entity %q in %+v", name, list.Results)
	return 0
}

func TestSearch(t *testing.T) {
	e := newEnv(t, true, nil)
	blinken, kuleba := e.entityID("Ентоні Блінкен"), e.entityID("Дмитро Кулеба")
	for _, tc := range []struct {
		name  string
		query string
		want  []string // titles, in order
	}{
		{"word", "q=Блінкен", []string{articles[1].Title, articles[0].Title}},
		{"every word", "q=Блінкен+Токаєвим", []string{articles[0].Title}},
		{"no match", "q=Варшава", nil},
		{"all", "", []string{articles[3].Title, articles[2].Title, articles[1].Title, articles[0].Title}},
		{"entity", fmt.Sprintf("entity=%d", kuleba), []string{articles[2].Title, articles[1].Title}},
		{"event type", "type=consult", []string{articles[2].Title, articles[1].Title, articles[0].Title}},
		{"support", "type=SUPPORT", []string{articles[1].Title}},
		{"from day", "from=2023-03-05", []string{articles[3].Title, articles[2].Title, articles[1].Title}},
		{"to day is inclusive", "to=2023-03-05", []string{articles[1].Title, articles[0].Title}},
		{"from and to", "from=2023-03-01&to=2023-04-30", []string{articles[2].Title, articles[1].Title}},
		{"to RFC 3339 is exclusive", "to=" + url.QueryEscape("2023-04-10T09:30:00Z"), []string{articles[1].Title, articles[0].Title}},
		{"from RFC 3339", "from=" + url.QueryEscape("2023-04-10T09:30:00Z"), []string{articles[3].Title, articles[2].Title}},
		{"publisher", "publisher=" + url.QueryEscape("європейська правда"), []string{articles[2].Title, articles[1].Title}},
		{"limit", "limit=1", []string{articles[3].Title}},
		{"offset", "limit=2&offset=3", []string{articles[0].Title}},
		{"combined", fmt.Sprintf("q=Блінкен&entity=%d&type=CONSULT&from=2023-01-01", blinken), []string{articles[1].Title, articles[0].Title}},
		{"relevance", "q=Блінкен&order=relevance", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var res vistka.SearchResult
			e.do("GET", "/api/search?"+tc.query, nil, 200, &res)
			if tc.name == "relevance" {
				if len(res.Results) != 2 {
					t.Errorf("got %q", titles(res.Results))
				}
				return
			}
			if got := titles(res.Results); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if tc.name == "limit" && res.Total != 4 {
				t.Errorf("total = %d with limit 1, want 4", res.Total)
			}
		})
	}

	// The answer's shape.
	var raw struct {
		Results []map[string]any `json:"results"`
		Total   *int             `json:"total"`
	}
	e.do("GET", "/api/search?q=Блінкен", nil, 200, &raw)
	if raw.Total == nil || *raw.Total != 2 || len(raw.Results) != 2 {
		t.Fatalf("search = %+v", raw)
	}
	for _, k := range []string{"id", "title", "published", "snippet"} {
		if _, ok := raw.Results[0][k]; !ok {
			t.Errorf("result has no %q: %v", k, raw.Results[0])
		}
	}
	if s, _ := raw.Results[0]["snippet"].(string); !strings.Contains(s, "Блінкен") {
		t.Errorf("snippet %q does not show the match", s)
	}
	var empty map[string]any
	e.do("GET", "/api/search?q=Варшава", nil, 200, &empty)
	if r, ok := empty["results"].([]any); !ok || len(r) != 0 {
		t.Errorf("no match = %v, want results: []", empty)
	}

	for _, bad := range []string{
		"from=yesterday", "to=2023-13-01", "from=2023-02-30", "from=2023-05-01&to=2023-04-01", "from=2023-04-01&to=2023-03-31",
		"entity=abc", "entity=0", "entity=-1", "limit=0", "limit=-1", "limit=1001", "limit=ten", "offset=-1",
		"order=random", "type=" + url.QueryEscape("DROP TABLE"), "type=1", "type=MEETING", "type=PERS",
	} {
		t.Run("bad "+bad, func(t *testing.T) {
			e.wantError("GET", "/api/search?"+bad, nil, 400)
		})
	}
}

func TestEntities(t *testing.T) {
	e := newEnv(t, true, nil)
	var list struct {
		Results []map[string]any `json:"results"`
	}
	e.do("GET", "/api/entities?q=Токаєв", nil, 200, &list)
	if len(list.Results) != 1 || list.Results[0]["name"] != "Касим-Жомарт Токаєв" {
		t.Fatalf("entities(Токаєв) = %v", list.Results)
	}
	for _, k := range []string{"id", "type", "name", "documents", "mentions"} {
		if _, ok := list.Results[0][k]; !ok {
			t.Errorf("entity has no %q", k)
		}
	}
	if list.Results[0]["documents"] != 2.0 {
		t.Errorf("Токаєв documents = %v, want 2", list.Results[0]["documents"])
	}

	var typed struct{ Results []vistka.EntitySummary }
	e.do("GET", "/api/entities?type=PERS", nil, 200, &typed)
	if len(typed.Results) != 3 {
		t.Errorf("PERS = %+v, want 3 people", typed.Results)
	}
	e.do("GET", "/api/entities?type=loc&limit=2", nil, 200, &typed)
	if len(typed.Results) != 2 || typed.Results[0].Type != "LOC" || typed.Results[0].Name != "Україна" {
		t.Errorf("LOC, 2 = %+v, want Україна (most documents) first", typed.Results)
	}
	// The start of a word, in any case, suggests the entity.
	for _, q := range []string{"Токає", "токаєв", "%D0%A2%D0%BE%D0%BA"} {
		e.do("GET", "/api/entities?q="+q, nil, 200, &list)
		if len(list.Results) != 1 || list.Results[0]["name"] != "Касим-Жомарт Токаєв" {
			t.Errorf("entities(%s) = %v, want Токаєв", q, list.Results)
		}
	}
	e.do("GET", "/api/entities?q=Варшава", nil, 200, &list)
	if list.Results == nil || len(list.Results) != 0 {
		t.Errorf("no match = %v, want []", list.Results)
	}
	e.wantError("GET", "/api/entities?limit=x", nil, 400)
	e.wantError("GET", "/api/entities?offset=-5", nil, 400)
	e.wantError("GET", "/api/entities?type=CONSULT", nil, 400)
}

func TestEntity(t *testing.T) {
	e := newEnv(t, true, nil)
	id := e.entityID("Ентоні Блінкен")
	var raw map[string]any
	e.do("GET", fmt.Sprintf("/api/entities/%d", id), nil, 200, &raw)
	for _, k := range []string{"id", "type", "name", "aliases", "titles", "documents", "quotes", "events", "related"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("entity has no %q", k)
		}
	}
	var d vistka.EntityDetail
	e.do("GET", fmt.Sprintf("/api/entities/%d", id), nil, 200, &d)
	if d.Name != "Ентоні Блінкен" || d.Type != "PERS" || len(d.Documents) != 2 || len(d.Quotes) != 2 || len(d.Events) != 3 {
		t.Errorf("Блінкен = %s %s, %d documents, %d quotes, %d events; want 2, 2, 3", d.Name, d.Type, len(d.Documents), len(d.Quotes), len(d.Events))
	}
	related := map[string]vistka.Related{}
	for _, r := range d.Related {
		related[r.Name] = r
	}
	if r := related["Касим-Жомарт Токаєв"]; r.Count != 1 || r.Met != 1 || r.ID == 0 {
		t.Errorf("related Токаєв = %+v, want count 1, met 1", r)
	}
	if r := related["Дмитро Кулеба"]; r.Count != 1 || r.Met < 1 {
		t.Errorf("related Кулеба = %+v, want count 1, met", r)
	}
	e.wantError("GET", "/api/entities/424242", nil, 404)
	e.wantError("GET", "/api/entities/x", nil, 400)
}

func TestEvents(t *testing.T) {
	e := newEnv(t, true, nil)
	kuleba := e.entityID("Дмитро Кулеба")
	type list struct {
		Results []vistka.EventRecord `json:"results"`
	}
	types := func(evs []vistka.EventRecord) []string {
		var out []string
		for _, ev := range evs {
			out = append(out, ev.Type+" "+ev.Date)
		}
		return out
	}
	for _, tc := range []struct {
		name, query string
		want        []string
	}{
		{"all", "", []string{"CONSULT 2023-04-10", "CONSULT 2023-03-05", "SUPPORT 2023-03-05", "CONSULT 2023-02-28"}},
		{"type", "type=CONSULT", []string{"CONSULT 2023-04-10", "CONSULT 2023-03-05", "CONSULT 2023-02-28"}},
		{"entity", fmt.Sprintf("entity=%d", kuleba), []string{"CONSULT 2023-04-10", "CONSULT 2023-03-05", "SUPPORT 2023-03-05"}},
		{"range", "from=2023-03-01&to=2023-03-31", []string{"CONSULT 2023-03-05", "SUPPORT 2023-03-05"}},
		{"limit", "limit=1", []string{"CONSULT 2023-04-10"}},
		{"none", "type=ASSAULT", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var l list
			e.do("GET", "/api/events?"+tc.query, nil, 200, &l)
			got := types(l.Results)
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
			if l.Results == nil {
				t.Errorf("results is null, want []")
			}
		})
	}
	var l list
	e.do("GET", "/api/events?type=CONSULT&entity="+fmt.Sprint(kuleba)+"&from=2023-04-01", nil, 200, &l)
	if len(l.Results) != 1 {
		t.Fatalf("got %d events", len(l.Results))
	}
	ev := l.Results[0]
	if ev.Place == nil || ev.Place.Name != "Київ" || len(ev.Actors) != 1 || ev.Actors[0].Name != "Дмитро Кулеба" || ev.Actors[0].ID != kuleba ||
		len(ev.Recipients) != 1 || ev.Recipients[0].Name != "Касим-Жомарт Токаєв" || !strings.Contains(ev.Sentence, "зустрівся") {
		t.Errorf("event = %+v", ev)
	}
	for _, bad := range []string{"type=x-y", "type=FOO", "type=LOC", "entity=me", "from=2023", "to=tomorrow", "limit=100000"} {
		e.wantError("GET", "/api/events?"+bad, nil, 400)
	}
}

// failing is a store whose every read fails with err, or panics when err
// is nil.
type failing struct {
	vistka.Store
	err error
}

func (f failing) fail() error {
	if f.err == nil {
		panic("store exploded")
	}
	return f.err
}

func (f failing) Document(context.Context, int64) (*vistka.StoredDocument, error) {
	return nil, f.fail()
}
func (f failing) Search(context.Context, vistka.SearchQuery) (*vistka.SearchResult, error) {
	return nil, f.fail()
}
func (f failing) Entities(context.Context, vistka.EntityQuery) ([]vistka.EntitySummary, error) {
	return nil, f.fail()
}
func (f failing) Entity(context.Context, int64) (*vistka.EntityDetail, error) { return nil, f.fail() }
func (f failing) Events(context.Context, vistka.EventQuery) ([]vistka.EventRecord, error) {
	return nil, f.fail()
}

func TestErrorCodes(t *testing.T) {
	secret := errors.New("disk on fire at /var/lib/secret.db")
	for _, tc := range []struct {
		err    error
		status int
		msg    string
	}{
		{vistka.Errorf(vistka.EINVALID, "bad thing"), 400, "bad thing"},
		{fmt.Errorf("wrapped: %w", vistka.Errorf(vistka.ENOTFOUND, "no such thing")), 404, "no such thing"},
		{vistka.Errorf(vistka.ETOOLARGE, "too big"), 413, "too big"},
		{vistka.Errorf(vistka.ECONFLICT, "clash"), 500, "internal error"},
		{vistka.Errorf(vistka.EINTERNAL, "bug"), 500, "internal error"},
		{secret, 500, "internal error"},
		{fmt.Errorf("query: %w", context.DeadlineExceeded), 503, ""},
	} {
		t.Run(fmt.Sprint(tc.err), func(t *testing.T) {
			e := newEnv(t, false, func(s *vhttp.Server) { s.Store = failing{err: tc.err} })
			for _, path := range []string{"/api/documents/1", "/api/search?q=x", "/api/entities", "/api/entities/1", "/api/events"} {
				msg := e.wantError("GET", path, nil, tc.status)
				if tc.msg != "" && msg != tc.msg {
					t.Errorf("GET %s: message %q, want %q", path, msg, tc.msg)
				}
				if strings.Contains(msg, "secret") {
					t.Errorf("GET %s: message %q shows the internal error", path, msg)
				}
			}
			// The pages fail the same way, in HTML.
			resp, body := e.request("GET", "/documents/1", nil)
			if resp.StatusCode != tc.status || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
				t.Errorf("GET /documents/1 = %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
			}
			if strings.Contains(string(body), "secret") {
				t.Errorf("page shows the internal error")
			}
		})
	}

	// Internal errors are logged with their detail.
	e := newEnv(t, false, func(s *vhttp.Server) { s.Store = failing{err: secret} })
	e.wantError("GET", "/api/entities/1", nil, 500)
	if !strings.Contains(e.log.String(), "disk on fire") {
		t.Errorf("log %q does not have the internal error", e.log.String())
	}
}

func TestPanic(t *testing.T) {
	e := newEnv(t, false, func(s *vhttp.Server) { s.Store = failing{} })
	if msg := e.wantError("GET", "/api/search", nil, 500); msg != "internal error" {
		t.Errorf("message %q", msg)
	}
	resp, _ := e.request("GET", "/?q=x", nil)
	if resp.StatusCode != 500 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("GET /?q=x = %d %s, want a 500 page", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if !strings.Contains(e.log.String(), "store exploded") || !strings.Contains(e.log.String(), "stack") {
		t.Errorf("log %q does not have the panic", e.log.String())
	}
	// The server still serves.
	e.do("GET", "/healthz", nil, 200, nil)
}

func TestConcurrencyLimit(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	e := newEnv(t, false, func(s *vhttp.Server) {
		s.MaxInFlight = 2
		ingest := s.Ingest
		s.Ingest = vhttp.IngestFunc(func(ctx context.Context, d *vistka.Document) (int64, bool, error) {
			started <- struct{}{}
			<-release
			return ingest.Put(ctx, d)
		})
	})
	done := make(chan int, 2)
	for i := range 2 {
		go func() {
			resp, err := e.ts.Client().Post(e.ts.URL+"/api/documents", "application/json",
				strings.NewReader(fmt.Sprintf(`{"text": "Документ номер %d."}`, i)))
			if err != nil {
				done <- 0
				return
			}
			resp.Body.Close()
			done <- resp.StatusCode
		}()
		<-started
	}
	// Both slots are taken.
	resp, _ := e.request("GET", "/api/search", nil)
	if resp.StatusCode != 503 || resp.Header.Get("Retry-After") == "" {
		t.Errorf("GET while saturated = %d, want 503 with Retry-After", resp.StatusCode)
	}
	if resp, _ := e.request("GET", "/", nil); resp.StatusCode != 503 {
		t.Errorf("GET / while saturated = %d, want 503", resp.StatusCode)
	}
	e.do("GET", "/healthz", nil, 200, nil)
	close(release)
	for range 2 {
		if s := <-done; s != 201 {
			t.Errorf("held write = %d, want 201", s)
		}
	}
	e.do("GET", "/api/search", nil, 200, nil)
}

func TestRequestTimeout(t *testing.T) {
	e := newEnv(t, false, func(s *vhttp.Server) {
		s.RequestTimeout = 50 * time.Millisecond
		s.Ingest = vhttp.IngestFunc(func(ctx context.Context, d *vistka.Document) (int64, bool, error) {
			<-ctx.Done()
			return 0, false, ctx.Err()
		})
	})
	start := time.Now()
	e.wantError("POST", "/api/documents", `{"text": "Повільний документ."}`, 503)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("timed out after %v", d)
	}
}

func TestCheckAddr(t *testing.T) {
	for _, tc := range []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"127.0.0.2:8080", "", true},
		{"[::1]:8080", "", true},
		{"localhost:8080", "", true},
		{"LOCALHOST:80", "", true},
		{"app.localhost:80", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"[::]:8080", "", false},
		{"192.168.1.5:8080", "", false},
		{"example.com:80", "", false},
		{"localhost.example.com:80", "", false},
		{"0.0.0.0:8080", "t", true},
		{":8080", "t", true},
		{"no-port", "", false},
		{"no-port", "t", false},
	} {
		err := vhttp.CheckAddr(tc.addr, tc.token)
		if (err == nil) != tc.ok {
			t.Errorf("CheckAddr(%q, %q) = %v, want ok %v", tc.addr, tc.token, err, tc.ok)
		}
		if err != nil && vistka.ErrorCode(err) != vistka.EINVALID {
			t.Errorf("CheckAddr(%q, %q) = %v, want EINVALID", tc.addr, tc.token, err)
		}
	}
	s := &vhttp.Server{Store: failing{}}
	if err := s.ListenAndServe(context.Background(), "0.0.0.0:0"); vistka.ErrorCode(err) != vistka.EINVALID {
		t.Errorf("ListenAndServe(0.0.0.0:0) without token = %v, want refused", err)
	}
}
