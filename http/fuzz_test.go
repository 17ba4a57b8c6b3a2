package http_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	nethttp "net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/html"
	vhttp "github.com/vistka/vistka/http"
)

// fuzzRoutes are the routes FuzzServer drives: what follows the path is
// the fuzzed id ("{id}") or query ("?").
var fuzzRoutes = []string{
	"POST /api/documents",
	"GET /api/documents/{id}",
	"GET /api/search?",
	"GET /api/entities?",
	"GET /api/entities/{id}",
	"GET /api/events?",
	"GET /?",
	"GET /documents/{id}",
	"GET /entities?",
	"GET /entities/{id}",
	"GET /events?",
}

// fuzzRequest serves one request; target is the id or the raw query of
// route, body the body of a POST.
func fuzzRequest(h nethttp.Handler, route, target string, body []byte) *httptest.ResponseRecorder {
	method, path, _ := strings.Cut(route, " ")
	req := httptest.NewRequest(method, "/", bytes.NewReader(body))
	if p, ok := strings.CutSuffix(path, "?"); ok {
		req.URL.Path, req.URL.RawQuery = p, target
	} else {
		req.URL.Path = strings.Replace(path, "{id}", target, 1)
	}
	if method == "POST" {
		req.Header.Set("Content-Type", "application/json")
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// FuzzServer drives the API and the web UI with fuzzed ids, queries and
// posted documents, against a SQLite store that holds the test articles.
// No request fails with a 5xx (a panic would be a 500): bad input is a 4xx
// with, under /api/, a JSON {"error": message}; a 2xx answer of the API is
// JSON, a document it stored can be read back with what was posted, and
// a search gives what it was asked for.
func FuzzServer(f *testing.F) {
	store := openStore(f)
	var log bytes.Buffer // of the request being served
	srv := &vhttp.Server{
		Store:    store,
		Ingest:   extractingIngest(store),
		ReadHTML: html.Read,
		Logger:   slog.New(slog.NewTextHandler(&log, nil)),
		MaxBody:  64 << 10,
	}
	h := srv.Handler()
	for _, a := range articles {
		b, _ := json.Marshal(a)
		if w := fuzzRequest(h, fuzzRoutes[0], "", b); w.Code != nethttp.StatusCreated {
			f.Fatalf("post %s: %d %s", a.key, w.Code, w.Body)
		}
		f.Add(uint8(0), "", b)
	}
	for _, s := range []struct {
		route  uint8
		target string
		body   string
	}{
		{0, "", `{"html": "<html><head><title>Новина</title></head><body><article><p>Київ, 14 березня. Уряд ухвалив програму відновлення енергетики на наступний рік.</p></article></body></html>", "url": "https://news.example.ua/1", "published": "2025-03-14T10:42:00+02:00"}`},
		{0, "", `{"text": "Київ"} x`},
		{0, "", `{"text": "Київ"}}`},
		{0, "", `{"text": "Київ", "published": "2025-02-30"}`},
		{0, "", `{"text": "\u0000\ud800"}`},
		{0, "", `[`},
		{1, "1", ""}, {1, "0", ""}, {1, "-1", ""}, {1, "9223372036854775808", ""}, {1, "x%2F..", ""},
		{2, "q=Блінкен&order=relevance&limit=5&offset=1", ""},
		{2, `q="НАТО" OR Київ* NEAR(a b) -x ^y {z}:w AND (`, ""},
		{2, "q=%zz&entity=1&type=consult&from=2023-01-01&to=2023-12-31T00:00:00Z&publisher=Укрінформ", ""},
		{2, "from=2023-03-01&to=2023-03-01&limit=0&offset=-1&order=x", ""},
		{3, "q=Київ&type=loc&limit=100", ""},
		{3, "q=%22&type=%00", ""},
		{4, "1", ""}, {4, "99999", ""},
		{5, "type=CONSULT&entity=1&from=2023-01-01", ""},
		{5, "type=agree;x&limit=9999999999999999999", ""},
		{6, "q=Блінкен&entity=Кулеба&offset=20", ""},
		{6, "entity=%E2%80%AE&q=*", ""},
		{7, "1", ""}, {7, "abc", ""},
		{8, "q=Т&type=PERS", ""},
		{9, "1", ""}, {9, "2", ""},
		{10, "type=SUPPORT&entity=Блінкен&from=x", ""},
	} {
		f.Add(s.route, s.target, []byte(s.body))
	}
	f.Fuzz(func(t *testing.T, route uint8, target string, body []byte) {
		r := fuzzRoutes[int(route)%len(fuzzRoutes)]
		log.Reset()
		w := fuzzRequest(h, r, target, body)
		if w.Code >= 500 {
			t.Fatalf("%s %q %q = %d %s\n%s", r, target, body, w.Code, w.Body, log.String())
		}
		api := strings.Contains(r, "/api/")
		if w.Code >= 300 && w.Code < 400 {
			return // a path the mux cleans: a redirect
		}
		ct := w.Header().Get("Content-Type")
		if !api {
			if !strings.HasPrefix(ct, "text/html") {
				t.Fatalf("%s %q = %d with Content-Type %q, want HTML", r, target, w.Code, ct)
			}
			return
		}
		if !strings.HasPrefix(ct, "application/json") || !json.Valid(w.Body.Bytes()) {
			t.Fatalf("%s %q %q = %d %q (%s), want JSON", r, target, body, w.Code, w.Body, ct)
		}
		if w.Code >= 400 {
			var e map[string]any
			json.Unmarshal(w.Body.Bytes(), &e)
			if msg, ok := e["error"].(string); !ok || msg == "" || len(e) != 1 {
				t.Fatalf("%s %q %q = %d %s, want {\"error\": message}", r, target, body, w.Code, w.Body)
			}
			return
		}
		switch r {
		case fuzzRoutes[0]:
			checkStored(t, h, body, w)
		case fuzzRoutes[2]:
			checkSearch(t, target, w.Body.Bytes())
		}
	})
}

// checkSearch checks that a search answers no more hits than asked for,
// counts them all, and highlights stretches of its snippets.
func checkSearch(t *testing.T, query string, body []byte) {
	t.Helper()
	var res vistka.SearchResult
	if err := json.Unmarshal(body, &res); err != nil || res.Results == nil {
		t.Fatalf("search %q = %s, want a result list (%v)", query, body, err)
	}
	v, _ := url.ParseQuery(query)
	limit := vistka.DefaultLimit
	if n, err := strconv.Atoi(v.Get("limit")); err == nil {
		limit = n
	}
	offset, _ := strconv.Atoi(v.Get("offset"))
	if len(res.Results) > limit || len(res.Results) > 0 && offset+len(res.Results) > res.Total {
		t.Fatalf("search %q: %d hits of %d, want at most %d from %d", query, len(res.Results), res.Total, limit, offset)
	}
	for _, h := range res.Results {
		n := utf8.RuneCountInString(h.Snippet)
		for _, hl := range h.Highlights {
			if hl.Start < 0 || hl.Start >= hl.End || hl.End > n {
				t.Fatalf("search %q: highlight %+v of a snippet of %d characters", query, hl, n)
			}
		}
	}
}

// checkStored checks that a document the API says it stored can be read
// back with the text and metadata that were posted.
func checkStored(t *testing.T, h nethttp.Handler, body []byte, w *httptest.ResponseRecorder) {
	t.Helper()
	var out vhttp.DocumentOutput
	if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil || out.ID <= 0 {
		t.Fatalf("POST %q = %d %s, want an id", body, w.Code, w.Body)
	}
	var in vhttp.DocumentInput
	if err := json.Unmarshal(body, &in); err != nil {
		t.Fatalf("POST %q = %d, but the body is not a JSON object: %v", body, w.Code, err)
	}
	g := fuzzRequest(h, fuzzRoutes[1], strconv.FormatInt(out.ID, 10), nil)
	var d vistka.StoredDocument
	if g.Code != nethttp.StatusOK || json.Unmarshal(g.Body.Bytes(), &d) != nil || d.ID != out.ID {
		t.Fatalf("POST %q = %s, but GET = %d %s", body, w.Body, g.Code, g.Body)
	}
	if out.Duplicate {
		return // stored before, with the text and metadata of then
	}
	if strings.TrimSpace(in.Text) != "" && strings.TrimSpace(d.Text) != strings.TrimSpace(in.Text) {
		t.Errorf("POST text %q, stored %q", in.Text, d.Text)
	}
	for _, f := range []struct{ name, got, posted string }{
		{"url", d.URL, in.URL}, {"title", d.Title, in.Title}, {"author", d.Author, in.Author},
		{"site", d.Site, in.Site}, {"language", d.Language, in.Language},
	} {
		if f.posted != "" && f.got != f.posted {
			t.Errorf("POST %s %q, stored %q", f.name, f.posted, f.got)
		}
	}
}
