package ingest_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/ingest"
)

// sink is a fake store: it keeps the documents it is given and calls one
// whose hash it has seen a duplicate.
type sink struct {
	mu     sync.Mutex
	docs   []*vistka.Document
	hashes map[string]int64
	fail   string // Put fails for a document whose text contains it
}

func (s *sink) Put(_ context.Context, doc *vistka.Document) (int64, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != "" && strings.Contains(doc.Text, s.fail) {
		return 0, false, vistka.Errorf(vistka.EINVALID, "extraction failed")
	}
	if s.hashes == nil {
		s.hashes = map[string]int64{}
	}
	if id, ok := s.hashes[doc.Hash]; ok {
		return id, true, nil
	}
	s.docs = append(s.docs, doc)
	id := int64(len(s.docs))
	s.hashes[doc.Hash] = id
	return id, false, nil
}

func (s *sink) texts() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, d := range s.docs {
		out = append(out, d.Text)
	}
	return out
}

func (s *sink) byURL(u string) *vistka.Document {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range s.docs {
		if d.URL == u {
			return d
		}
	}
	return nil
}

// article is a news page long enough to be read as one.
func article(title, body string) string {
	return `<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>` + title + `</title>
<meta property="og:site_name" content="Тестові новини">
<meta property="article:published_time" content="2025-03-14T10:42:00+02:00"></head>
<body><nav><a href="/">Головна</a> <a href="/news">Новини</a></nav><article><h1>` + title + `</h1>
<p>` + body + `</p><p>Про це повідомляє кореспондент видання з місця подій.</p></article>
<footer>© Тестові новини</footer></body></html>`
}

func cp1251(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// server serves pages and feeds, in UTF-8 and windows-1251, and counts the
// requests of each path.
type server struct {
	*httptest.Server
	mu    sync.Mutex
	hits  map[string]int
	items atomic.Int32 // how many items /grow.xml lists
}

func newServer(t *testing.T) *server {
	s := &server{hits: map[string]int{}}
	s.items.Store(1)
	mux := http.NewServeMux()
	page := func(path, ct string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ct)
			w.Write(body)
		})
	}
	page("/news/1", "text/html; charset=utf-8", []byte(article("Уряд ухвалив програму відновлення", "Кабінет Міністрів затвердив програму відновлення енергетики на 2025 рік.")))
	// windows-1251 announced only by the server.
	page("/news/2", "text/html; charset=windows-1251", cp1251(t, strings.Replace(article("У Житомирі відкрили міст", "У Житомирі після ремонту відкрили міст через річку Тетерів на вулиці Київській."), `<meta charset="utf-8">`, "", 1)))
	// windows-1251 announced by nobody.
	page("/news/6", "text/html", cp1251(t, strings.Replace(article("Харків: пожежу ліквідовано", "У Харкові рятувальники ліквідували пожежу на складі площею 1200 квадратних метрів."), `<meta charset="utf-8">`, "", 1)))
	page("/plain", "text/plain; charset=windows-1251", cp1251(t, "Рівне, 1 травня. У Рівному відкрили новий центр надання адміністративних послуг."))
	page("/image.png", "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	page("/big", "text/html", bytes.Repeat([]byte("<p>абзац</p>\n"), 100_000))
	mux.HandleFunc("/news/3", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/news/4", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "backend down", http.StatusBadGateway)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	rss := func(items string) string {
		return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Тестові новини</title><link>` + s.URL + `/</link><language>uk</language>` + items + `</channel></rss>`
	}
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss(`
<item><title>Уряд ухвалив програму</title><link>/news/1</link><guid>n1</guid></item>
<item><title>Міст у Житомирі</title><link>/news/2?utm_source=rss</link><guid>n2</guid><pubDate>Tue, 05 Nov 2024 16:20:00 +0200</pubDate></item>
<item><title>Сторінку видалено, текст є у стрічці</title><link>/news/3</link><guid>n3</guid>
<content:encoded><![CDATA[<p>Суми, 2 травня. У Сумах відкрили новий сквер біля драмтеатру.</p><p>На облаштування витратили 3 млн гривень.</p>]]></content:encoded></item>
<item><title>Сторінка недоступна</title><link>/news/4</link><guid>n4</guid></item>
`))
	})
	mux.HandleFunc("/rss1251.xml", func(w http.ResponseWriter, r *http.Request) {
		// Served as text/html, as some old sites do.
		w.Header().Set("Content-Type", "text/html")
		w.Write(cp1251(t, strings.Replace(rss(`
<item><title>Харків: пожежу ліквідовано</title><link>/news/6</link></item>
<item><title>Уряд ухвалив програму (повтор)</title><link>/news/1</link></item>
`), "UTF-8", "windows-1251", 1)))
	})
	mux.HandleFunc("/grow.xml", func(w http.ResponseWriter, r *http.Request) {
		var items strings.Builder
		for i := int32(1); i <= s.items.Load(); i++ {
			fmt.Fprintf(&items, "<item><title>Новина %d</title><link>/grow/%d</link></item>\n", i, i)
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss(items.String()))
	})
	mux.HandleFunc("/grow/", func(w http.ResponseWriter, r *http.Request) {
		n := strings.TrimPrefix(r.URL.Path, "/grow/")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article("Новина "+n, "Це новина номер "+n+" у стрічці, яка росте з кожним опитуванням сайту."))
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func run(t *testing.T, in *ingest.Ingester, args ...string) (ingest.Summary, *sink, string) {
	t.Helper()
	if in.Sink == nil {
		in.Sink = &sink{}
	}
	sk, _ := in.Sink.(*sink)
	var stderr bytes.Buffer
	if in.Stderr == nil {
		in.Stderr = &stderr
	}
	if in.Timeout == 0 {
		in.Timeout = 2 * time.Second
	}
	sum, err := in.Run(context.Background(), args)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return sum, sk, stderr.String()
}

func reasons(sum ingest.Summary) map[string]string {
	m := map[string]string{}
	for _, f := range sum.Failures {
		m[f.Source] = f.Reason
	}
	return m
}

func TestFolder(t *testing.T) {
	sum, sk, stderr := run(t, &ingest.Ingester{}, "testdata/folder")
	texts := sk.texts()
	wantPrefixes := []string{
		"Київ, 14 березня.",
		"У Львові відкрили ще один пункт незламності.", // koi8.txt
		"Львівська міська рада ухвалила бюджет",        // rada.txt, windows-1251
		"На вокзал у Львові прибув",                    // saved.html
		"Одеса, 3 квітня.",                             // news.jsonl:1
		"У Херсоні відновили водопостачання",           // news.jsonl:6
	}
	if len(texts) != len(wantPrefixes) {
		t.Fatalf("got %d documents, want %d:\n%s\nstderr:\n%s", len(texts), len(wantPrefixes), strings.Join(texts, "\n---\n"), stderr)
	}
	for i, p := range wantPrefixes {
		if !strings.HasPrefix(texts[i], p) {
			t.Errorf("document %d = %q, want it to start with %q", i, texts[i], p)
		}
	}
	if strings.Contains(texts[0], "\r") {
		t.Errorf("CRLF kept: %q", texts[0])
	}
	if sum.New != 6 || sum.Duplicate != 1 || sum.Failed != 4 {
		t.Errorf("summary = %+v, want 6 new, 1 duplicate (03-dup.txt), 4 failed", sum)
	}
	want := map[string]string{
		filepath.Join("testdata/folder", "empty.txt"): "empty file",
		"testdata/folder/news.jsonl:2":                "bad JSON: unexpected end of line",
		"testdata/folder/news.jsonl:3":                `published "05.04.2025": want RFC 3339 (2025-03-14T10:42:00+02:00) or YYYY-MM-DD`,
		"testdata/folder/news.jsonl:5":                `a line needs "text", "html" or "url"`,
	}
	got := reasons(sum)
	for src, r := range want {
		if got[src] != r {
			t.Errorf("failure of %s = %q, want %q", src, got[src], r)
		}
	}
	odesa := sk.byURL("https://odesa.example.ua/1")
	if odesa == nil || odesa.Title != "Рекорд одеського порту" || !odesa.Published.Equal(time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("odesa = %+v, want title and published from the JSON line", odesa)
	}
	saved := sk.byURL("https://lviv-news.example.ua/2025/01/20/potyag")
	if saved == nil || saved.Published.IsZero() {
		t.Errorf("saved page = %+v, want its canonical URL and publication time", saved)
	}
	for _, d := range sk.docs {
		if d.Hash != ingest.TextHash(d.Text) {
			t.Errorf("%s: Hash not set from TextHash", d.URL)
		}
	}
	if !strings.Contains(stderr, "ingest: 6 new, 1 duplicate, 4 failed") {
		t.Errorf("stderr has no summary:\n%s", stderr)
	}
}

func TestURLs(t *testing.T) {
	srv := newServer(t)
	sum, sk, stderr := run(t, &ingest.Ingester{Timeout: time.Second, MaxSize: 1 << 20},
		srv.URL+"/news/1",
		srv.URL+"/news/2",
		srv.URL+"/news/6",
		srv.URL+"/plain",
		srv.URL+"/news/3",
		srv.URL+"/news/4",
		srv.URL+"/image.png",
		srv.URL+"/big",
		srv.URL+"/slow",
		"http://127.0.0.1:1/unreachable",
		"testdata/no-such-file.txt",
	)
	wantText := map[string]string{
		srv.URL + "/news/1": "Кабінет Міністрів затвердив програму",
		srv.URL + "/news/2": "У Житомирі після ремонту відкрили міст",
		srv.URL + "/news/6": "У Харкові рятувальники ліквідували пожежу",
		srv.URL + "/plain":  "Рівне, 1 травня.",
	}
	for u, want := range wantText {
		d := sk.byURL(u)
		if d == nil {
			t.Errorf("%s: no document", u)
			continue
		}
		if !strings.HasPrefix(d.Text, want) {
			t.Errorf("%s: text = %q, want it to start with %q", u, d.Text, want)
		}
	}
	if d := sk.byURL(srv.URL + "/news/1"); d != nil && (d.Title != "Уряд ухвалив програму відновлення" || d.Site != "Тестові новини" || d.Published.IsZero()) {
		t.Errorf("metadata of /news/1 = %+v", d)
	}
	got := reasons(sum)
	for src, want := range map[string]string{
		srv.URL + "/news/3":              "HTTP 404 Not Found",
		srv.URL + "/news/4":              "HTTP 502 Bad Gateway",
		srv.URL + "/image.png":           "not a page, a feed or text (image/png)",
		srv.URL + "/big":                 "larger than 1 MiB",
		srv.URL + "/slow":                "no answer in 1s",
		"http://127.0.0.1:1/unreachable": "connection refused",
		"testdata/no-such-file.txt":      "no such file or folder",
	} {
		if !strings.Contains(got[src], want) {
			t.Errorf("failure of %s = %q, want it to contain %q", src, got[src], want)
		}
	}
	if sum.New != 4 || sum.Failed != 7 {
		t.Errorf("summary = %+v, want 4 new and 7 failed\n%s", sum, stderr)
	}
}

func TestFeeds(t *testing.T) {
	srv := newServer(t)
	var log bytes.Buffer
	sum, sk, stderr := run(t, &ingest.Ingester{Log: &log}, srv.URL+"/rss.xml", srv.URL+"/rss1251.xml")
	if sum.New != 4 || sum.Duplicate != 0 || sum.Failed != 1 {
		t.Fatalf("summary = %+v, want 4 new, 1 failed\n%s", sum, stderr)
	}
	// The page of /news/3 is gone; the feed carries its text.
	d := sk.byURL(srv.URL + "/news/3")
	if d == nil || d.Text != "Суми, 2 травня. У Сумах відкрили новий сквер біля драмтеатру.\nНа облаштування витратили 3 млн гривень." {
		t.Errorf("fallback document = %+v", d)
	} else if d.Title != "Сторінку видалено, текст є у стрічці" || d.Site != "Тестові новини" || d.Language != "uk" {
		t.Errorf("fallback metadata = %+v", d)
	}
	if d := sk.byURL(srv.URL + "/news/6"); d == nil || !strings.HasPrefix(d.Text, "У Харкові") {
		t.Errorf("item of the windows-1251 feed = %+v", d)
	}
	if got := reasons(sum)[srv.URL+"/news/4"]; !strings.Contains(got, "502") {
		t.Errorf("failure of /news/4 = %q", got)
	}
	// /news/1 is in both feeds; it is fetched once.
	if n := srv.hit("/news/1"); n != 1 {
		t.Errorf("/news/1 fetched %d times, want 1", n)
	}
	if !strings.Contains(log.String(), `"source":"`+srv.URL+`/news/4","error":`) {
		t.Errorf("log has no failure line:\n%s", log.String())
	}
}

func TestDuplicatesAndSinkErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", "Прем’єр-міністр заявив про нові санкції.")
	b := write("b.txt", "Прем'єр-міністр  заявив\nпро нові санкції.") // another apostrophe, other spaces
	c := write("c.txt", "Цей текст зламає екстрактор.")
	d := write("d.txt", "Зовсім інша новина про погоду в Карпатах.")
	sk := &sink{fail: "зламає"}
	sum, _, _ := run(t, &ingest.Ingester{Sink: sk}, a, b, c, d, a)
	if sum.New != 2 || sum.Duplicate != 2 || sum.Failed != 1 {
		t.Errorf("summary = %+v, want 2 new, 2 duplicate, 1 failed", sum)
	}
	if got := reasons(sum)[c]; got != "extraction failed" {
		t.Errorf("failure of %s = %q", c, got)
	}
}

func TestOrderKept(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Later pages answer sooner.
		var n int
		fmt.Sscanf(r.URL.Path, "/p/%d", &n)
		time.Sleep(time.Duration(10-n) * 3 * time.Millisecond)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "Новина номер %d.", n)
	}))
	defer srv.Close()
	var args, want []string
	for i := range 10 {
		args = append(args, fmt.Sprintf("%s/p/%d", srv.URL, i))
		want = append(want, fmt.Sprintf("Новина номер %d.", i))
	}
	_, sk, _ := run(t, &ingest.Ingester{Concurrency: 4}, args...)
	if got := sk.texts(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("order = %q, want %q", got, want)
	}
}

func TestStdin(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		texts    []string
		failed   int
	}{
		{"text", "\uFEFF  Полтава, 7 травня. У місті відкрили укриття.\r\n", []string{"Полтава, 7 травня. У місті відкрили укриття."}, 0},
		{"json lines", `{"text": "Перша новина."}` + "\n" + `{"text": 5}` + "\n" + `{"text": "Друга новина."}`, []string{"Перша новина.", "Друга новина."}, 1},
		{"empty", " \n", nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sum, sk, _ := run(t, &ingest.Ingester{Stdin: strings.NewReader(tc.in)}, "-")
			if got := sk.texts(); strings.Join(got, "|") != strings.Join(tc.texts, "|") {
				t.Errorf("texts = %q, want %q", got, tc.texts)
			}
			if sum.Failed != tc.failed {
				t.Errorf("failed = %d (%v), want %d", sum.Failed, sum.Failures, tc.failed)
			}
		})
	}
}

func TestJSONLFetchesURL(t *testing.T) {
	srv := newServer(t)
	p := filepath.Join(t.TempDir(), "urls.jsonl")
	line := fmt.Sprintf(`{"url": %q, "title": "Заголовок з файлу"}`+"\n"+`{"url": "ftp://example.ua/x"}`+"\n", srv.URL+"/news/1")
	if err := os.WriteFile(p, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, sk, _ := run(t, &ingest.Ingester{}, p)
	d := sk.byURL(srv.URL + "/news/1")
	if d == nil || d.Title != "Заголовок з файлу" || !strings.HasPrefix(d.Text, "Кабінет Міністрів") {
		t.Errorf("document = %+v", d)
	}
	if got := reasons(sum)[p+":2"]; got != `url "ftp://example.ua/x" is not an http or https URL` {
		t.Errorf("failure of line 2 = %q", got)
	}
}

func TestFollow(t *testing.T) {
	srv := newServer(t)
	state := &ingest.MemoryState{}
	sk := &sink{}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := &ingest.Ingester{Sink: sk, State: state, Follow: true, Every: 20 * time.Millisecond, Stderr: &bytes.Buffer{}}
	done := make(chan struct{})
	var sum ingest.Summary
	var err error
	go func() {
		defer close(done)
		sum, err = in.Run(ctx, []string{srv.URL + "/grow.xml"})
	}()
	waitFor := func(n int) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for len(sk.texts()) < n {
			if time.Now().After(deadline) {
				t.Fatalf("waited for %d documents, have %d", n, len(sk.texts()))
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	waitFor(1)
	srv.items.Store(3)
	waitFor(3)
	// A few more polls with nothing new.
	for srv.hit("/grow.xml") < 5 {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop after cancel")
	}
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	for i := 1; i <= 3; i++ {
		if n := srv.hit(fmt.Sprintf("/grow/%d", i)); n != 1 {
			t.Errorf("/grow/%d fetched %d times, want 1", i, n)
		}
	}
	if sum.New != 3 || sum.Skipped < 3 {
		t.Errorf("summary = %+v, want 3 new and the old items skipped", sum)
	}
	if !strings.Contains(in.Stderr.(*bytes.Buffer).String(), "stopped; in all 3 new") {
		t.Errorf("stderr:\n%s", in.Stderr)
	}
}

func TestFollowNeedsFeeds(t *testing.T) {
	_, err := (&ingest.Ingester{Sink: &sink{}, Follow: true}).Run(context.Background(), []string{"testdata/folder/01-kyiv.txt"})
	if vistka.ErrorCode(err) != vistka.EINVALID {
		t.Errorf("Run = %v, want EINVALID", err)
	}
}

func TestStateSkipsSeenItems(t *testing.T) {
	srv := newServer(t)
	path := filepath.Join(t.TempDir(), "seen.txt")
	for round, want := range []int{3, 0} {
		st, err := ingest.OpenFileState(path)
		if err != nil {
			t.Fatal(err)
		}
		sum, _, _ := run(t, &ingest.Ingester{State: st}, srv.URL+"/rss.xml")
		st.Close()
		if sum.New != want {
			t.Errorf("round %d: %d new, want %d (%+v)", round, sum.New, want, sum)
		}
		// /news/4 failed with a server error: it is tried again.
		if round == 1 && (sum.Skipped != 3 || sum.Failed != 1) {
			t.Errorf("round 1: %+v, want 3 skipped and /news/4 tried again", sum)
		}
	}
	b, _ := os.ReadFile(path)
	if lines := strings.Count(string(b), "\n"); lines != 3 {
		t.Errorf("state file has %d keys, want 3:\n%s", lines, b)
	}
	if !strings.Contains(string(b), srv.URL+"/news/2\n") {
		t.Errorf("state key of /news/2?utm_source=rss keeps the tracking parameter:\n%s", b)
	}
}

func TestProgress(t *testing.T) {
	srv := newServer(t)
	for _, tc := range []struct {
		mode ingest.Progress
		want string
	}{
		{ingest.ProgressLines, "ingest: 1 of 1 done: 1 new, 0 duplicate, 0 failed\n"},
		{ingest.ProgressBar, "\r[==============================] 1/1 new 1 dup 0 failed 0"},
		{ingest.ProgressNone, ""},
	} {
		t.Run(tc.mode.String(), func(t *testing.T) {
			var stderr bytes.Buffer
			in := &ingest.Ingester{Stderr: &stderr, Progress: tc.mode, ProgressEvery: time.Nanosecond}
			in.Sink = ingest.SinkFunc(func(context.Context, *vistka.Document) (int64, bool, error) {
				time.Sleep(110 * time.Millisecond) // let the bar redraw
				return 1, false, nil
			})
			run(t, in, srv.URL+"/news/1")
			out := stderr.String()
			if tc.want != "" && !strings.Contains(out, tc.want) {
				t.Errorf("stderr = %q, want it to contain %q", out, tc.want)
			}
			if tc.mode == ingest.ProgressNone && out != "ingest: 1 new, 0 duplicate, 0 failed\n" {
				t.Errorf("stderr = %q, want only the summary", out)
			}
		})
	}
}

func TestRunErrors(t *testing.T) {
	if _, err := (&ingest.Ingester{Sink: &sink{}}).Run(context.Background(), nil); vistka.ErrorCode(err) != vistka.EINVALID {
		t.Errorf("no args: %v", err)
	}
	if _, err := (&ingest.Ingester{}).Run(context.Background(), []string{"x"}); err == nil {
		t.Errorf("no sink: no error")
	}
}

func TestSummary(t *testing.T) {
	s := ingest.Summary{New: 2, Duplicate: 1, Failed: 1, Failures: []ingest.Failure{{Source: "a.txt", Reason: "empty file"}}}
	var b bytes.Buffer
	s.WriteTo(&b)
	if want := "ingest: 2 new, 1 duplicate, 1 failed\n  failed: a.txt: empty file\n"; b.String() != want {
		t.Errorf("WriteTo = %q, want %q", b.String(), want)
	}
	if err := s.Err(); vistka.ErrorMessage(err) != "1 of 4 sources failed" {
		t.Errorf("Err = %v", err)
	}
}

func TestProgressFlag(t *testing.T) {
	var p ingest.Progress
	for _, s := range []string{"bar", "LINES", "none", "auto"} {
		if err := p.Set(s); err != nil || !strings.EqualFold(p.String(), s) {
			t.Errorf("Set(%q): %v, String = %q", s, err, p.String())
		}
	}
	if err := p.Set("fancy"); err == nil {
		t.Error("Set(fancy): no error")
	}
}

// committer is a sink that holds what it is given until Commit, and
// records what happens, in order.
type committer struct {
	sink
	events   []string
	commits  int
	failNth  int   // Commit number failNth (from 1) fails
	putAt    []int // the commits made before each put
	loggedAt []int // the commits made before each log line
}

func (c *committer) Put(ctx context.Context, doc *vistka.Document) (int64, bool, error) {
	c.events = append(c.events, "put "+doc.Text)
	c.putAt = append(c.putAt, c.commits)
	return c.sink.Put(ctx, doc)
}

func (c *committer) Commit(context.Context) error {
	c.commits++
	c.events = append(c.events, "commit")
	if c.commits == c.failNth {
		return vistka.Errorf(vistka.EINTERNAL, "disk full")
	}
	return nil
}

func (c *committer) Write(p []byte) (int, error) {
	c.loggedAt = append(c.loggedAt, c.commits)
	return len(p), nil
}

func TestCommitter(t *testing.T) {
	var lines strings.Builder
	n := 2*ingest.CommitDocs + 50
	for i := range n {
		fmt.Fprintf(&lines, "{\"text\": \"Новина номер %d.\"}\n", i)
	}
	c := &committer{}
	sum, _, _ := run(t, &ingest.Ingester{Sink: c, Stdin: strings.NewReader(lines.String()), Log: c}, "-")
	if sum.New != n || c.commits < 3 {
		t.Errorf("%d new in %d commits; want %d in at least 3", sum.New, c.commits, n)
	}
	if c.events[len(c.events)-1] != "commit" {
		t.Errorf("the run did not end with a commit: %q", c.events[len(c.events)-5:])
	}
	if len(c.loggedAt) != n {
		t.Fatalf("%d log lines, want %d", len(c.loggedAt), n)
	}
	for i := range n {
		if c.loggedAt[i] <= c.putAt[i] {
			t.Errorf("document %d was reported before its commit (put after commit %d, reported after commit %d)", i, c.putAt[i], c.loggedAt[i])
			break
		}
	}

	// A commit that fails fails its documents.
	c = &committer{failNth: 2}
	sum, _, _ = run(t, &ingest.Ingester{Sink: c, Stdin: strings.NewReader(lines.String())}, "-")
	second := 0 // the documents of the second commit
	for _, at := range c.putAt {
		if at == 1 {
			second++
		}
	}
	if second == 0 || sum.Failed != second || sum.New != n-second {
		t.Errorf("with the second commit failing: %d new, %d failed; want %d failed", sum.New, sum.Failed, second)
	}
	if len(sum.Failures) > 0 && !strings.Contains(sum.Failures[0].Reason, "disk full") {
		t.Errorf("failure reason %q, want the commit's error", sum.Failures[0].Reason)
	}
}

// TestCommitterWaits commits what it holds when the next document is
// late.
func TestCommitterWaits(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/late" {
			time.Sleep(ingest.CommitEvery + 300*time.Millisecond)
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "Новина %s.", r.URL.Path)
	}))
	defer srv.Close()
	c := &committer{}
	sum, _, _ := run(t, &ingest.Ingester{Sink: c, Concurrency: 1, Timeout: 5 * time.Second}, srv.URL+"/early", srv.URL+"/late")
	want := []string{"put Новина /early.", "commit", "put Новина /late.", "commit"}
	if sum.New != 2 || strings.Join(c.events, "|") != strings.Join(want, "|") {
		t.Errorf("events %q, %+v; want %q", c.events, sum, want)
	}
}

func TestHeadline(t *testing.T) {
	long := "ПАТ «Укртрансгаз» 29 квітня за результатами тендеру уклало угоду з ТОВ «Укргеоекологія» на проведення газогеохімічних досліджень на підземних газосховищах за 7,08 млн грн."
	for _, tc := range []struct{ text, want string }{
		{"Уряд ухвалив програму відновлення\n\nКабінет Міністрів затвердив програму.", "Уряд ухвалив програму відновлення"},
		{"\n  Зеленський   провів нараду зі Ставкою!  \nТекст.", "Зеленський провів нараду зі Ставкою!"},
		{"Блінкен прибув до Астани. Там він зустрівся з Токаєвим і обговорив співпрацю, санкції та транзит через Каспійське море до Європи.", "Блінкен прибув до Астани"},
		{"У м. Києві відкрили укриття.", "У м. Києві відкрили укриття"},
		{long, "ПАТ «Укртрансгаз» 29 квітня за результатами тендеру уклало угоду з ТОВ «Укргеоекологія» на проведення газогеохімічних…"},
		{"Коротко.", "Коротко"},
		{"Чекаємо...", "Чекаємо..."},
		{strings.Repeat("я", 130), strings.Repeat("я", 120) + "…"},
		{" \n—\n", ""},
	} {
		got := vistka.Headline(tc.text)
		if got != tc.want {
			t.Errorf("Headline(%.40q) = %q, want %q", tc.text, got, tc.want)
		}
		if n := len([]rune(got)); n > vistka.MaxHeadline+1 {
			t.Errorf("Headline(%.40q) has %d code points", tc.text, n)
		}
	}
}

// TestTitles gives documents without a title one from their text, and
// keeps the titles that come with them.
func TestTitles(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "news.txt")
	if err := os.WriteFile(file, []byte("Рівне отримало нові автобуси\n\nМісто отримало 20 автобусів від партнерів."), 0o644); err != nil {
		t.Fatal(err)
	}
	lines := `{"text": "Харків відновлює метро. Перші станції відкриють у травні."}` + "\n" +
		`{"text": "Текст із заголовком.", "title": "Свій заголовок"}` + "\n"
	sk := &sink{}
	run(t, &ingest.Ingester{Sink: sk}, file)
	run(t, &ingest.Ingester{Sink: sk, Stdin: strings.NewReader(lines)}, "-")
	var titles []string
	for _, d := range sk.docs {
		titles = append(titles, d.Title)
	}
	want := []string{"Рівне отримало нові автобуси", "Харків відновлює метро", "Свій заголовок"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("titles %q, want %q", titles, want)
	}
}

// preparer is a Preparer that counts the Prepares running at once. Each
// takes a while, as an extraction does, and lets the other goroutines
// run meanwhile.
type preparer struct {
	sink
	running, most atomic.Int32
}

func (p *preparer) Prepare(_ context.Context, doc *vistka.Document) func(context.Context) (int64, bool, error) {
	n := p.running.Add(1)
	for {
		most := p.most.Load()
		if n <= most || p.most.CompareAndSwap(most, n) {
			break
		}
	}
	time.Sleep(5 * time.Millisecond)
	p.running.Add(-1)
	return func(ctx context.Context) (int64, bool, error) { return p.Put(ctx, doc) }
}

// TestPrepareAtOnce: however many documents load at once, no more
// Prepares run at once than there are processors to run them, and the
// documents keep their order.
func TestPrepareAtOnce(t *testing.T) {
	var lines strings.Builder
	var want []string
	for i := range 40 {
		fmt.Fprintf(&lines, "{\"text\": \"Новина номер %d.\"}\n", i)
		want = append(want, fmt.Sprintf("Новина номер %d.", i))
	}
	for _, procs := range []int{1, 2} {
		t.Run(fmt.Sprint(procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			p := &preparer{}
			sum, _, _ := run(t, &ingest.Ingester{Sink: p, Concurrency: 8, Stdin: strings.NewReader(lines.String())}, "-")
			if most := int(p.most.Load()); sum.New != len(want) || most > procs {
				t.Errorf("%d new, at most %d Prepares at once; want %d new and at most %d at once", sum.New, most, len(want), procs)
			}
			if got := p.texts(); strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("order = %q, want %q", got, want)
			}
		})
	}
}
