package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/ingest"
)

// offline is a transport that refuses every request: a fuzzed JSON line
// may name any URL.
type offline struct{}

func (offline) RoundTrip(*http.Request) (*http.Response, error) {
	return nil, errors.New("no network while fuzzing")
}

// numbered is a sink that stores every document under the next id.
type numbered struct {
	mu   sync.Mutex
	docs []*vistka.Document
}

func (s *numbered) Put(_ context.Context, doc *vistka.Document) (int64, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.docs = append(s.docs, doc)
	return int64(len(s.docs)), false, nil
}

// fuzzMaxSize is the MaxSize of the fuzzed runs: small, so that lines
// and inputs that are too large are reached.
const fuzzMaxSize = 1 << 10

// jsonlSources returns, by line number, the lines of input, read as
// JSON Lines from standard input, that must each give one outcome: those
// that are not blank, and those too long to read. The white space before
// the first "{" is not part of its line.
func jsonlSources(input []byte) map[int][]byte {
	rest := strings.TrimLeft(string(input), "\uFEFF \t\r\n")
	first := 1 + bytes.Count(input[:len(input)-len(rest)], []byte("\n"))
	lines := map[int][]byte{}
	for i, seg := range bytes.SplitAfter([]byte(rest), []byte("\n")) {
		if len(seg) > fuzzMaxSize+1 || len(bytes.TrimSpace(seg)) > 0 {
			lines[first+i] = seg
		}
	}
	return lines
}

// isJSONL reports whether standard input holding input is read as JSON
// Lines: its first character that is not white space (or a BOM) is "{".
func isJSONL(input []byte) bool {
	s := strings.TrimLeft(string(input), "\uFEFF \t\r\n")
	return strings.HasPrefix(s, "{")
}

// FuzzStdin runs the ingester over standard input: JSON Lines when it
// starts with "{", else one plain-text document. Every source gives one
// outcome under its own name (stdin:LINE for JSON Lines, counted from the
// top of the input), a failure says why, and a document has valid,
// trimmed text with its hash, a title (when vistka.Headline finds one), an http(s) URL or none, and the
// text, metadata and publication time its line gave.
func FuzzStdin(f *testing.F) {
	seeds := []string{
		`{"text": "Київ, 14 березня. Уряд ухвалив програму відновлення.", "title": "Програма", "published": "2025-03-14"}`,
		"{\"text\": \"Перший рядок.\\r\\nДругий.\", \"url\": \"https://news.example.ua/1?utm_source=x\", \"published\": \"2025-03-14T10:42:00+02:00\"}\n" +
			"\n{\"html\": \"<html><body><article><p>Одеса, 3 квітня. Порт прийняв рекордну кількість суден за день.</p></article></body></html>\", \"site\": \"Одеса\"}\r\n" +
			"{\"url\": \"https://news.example.ua/2\"}\n",
		"\n\n  {\"text\": 5}\n{\"text\": \"a\"} {\"text\": \"b\"}\n{\"text\": \"x\", \"published\": \"05.04.2025\"}\n{}\n{\"url\": \"ftp://x\"}\n{\"text\"",
		"\uFEFF{\"text\": \"\\u0000\\ud800 нуль\", \"language\": \"uk\"}",
		`{"text": "` + strings.Repeat("довгий рядок ", 100) + `"}` + "\n" + `{"text": "короткий"}`,
		"Звичайний текст.\r\nДругий рядок.\r\n",
		"\xff\xfeK\x00y\x00",
		"\x00\x01binary",
		"   \n\t",
		"",
		"Київ\xe2\x80",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, input []byte) {
		sink := &numbered{}
		var log bytes.Buffer
		in := &ingest.Ingester{
			Sink:    sink,
			Stdin:   bytes.NewReader(input),
			Client:  &http.Client{Transport: offline{}},
			MaxSize: fuzzMaxSize,
			Timeout: time.Second,
			Log:     &log,
		}
		sum, err := in.Run(context.Background(), []string{"-"})
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
		jsonl := isJSONL(input)
		var want map[int][]byte
		if jsonl {
			want = jsonlSources(input)
		}
		if n := sum.New + sum.Duplicate + sum.Failed; n != len(sum.Failures)+len(sink.docs) || (!jsonl && n != 1) || (jsonl && n != len(want)) {
			t.Fatalf("summary %+v with %d documents; want one outcome per source (%d)", sum, len(sink.docs), len(want))
		}
		for _, fl := range sum.Failures {
			if fl.Reason == "" {
				t.Errorf("failure of %s has no reason", fl.Source)
			}
		}
		seen := map[string]bool{}
		for line := range strings.SplitSeq(strings.TrimSpace(log.String()), "\n") {
			var rec struct {
				Source string `json:"source"`
				ID     int64  `json:"id"`
				Error  string `json:"error"`
			}
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatalf("log line %q: %v", line, err)
			}
			if seen[rec.Source] {
				t.Fatalf("two outcomes for %s", rec.Source)
			}
			seen[rec.Source] = true
			n := 0
			if jsonl {
				num, ok := strings.CutPrefix(rec.Source, "stdin:")
				if n, err = strconv.Atoi(num); !ok || err != nil || want[n] == nil {
					t.Fatalf("outcome for %q, want one for each of lines %v", rec.Source, want)
				}
			} else if rec.Source != "stdin" {
				t.Fatalf("outcome for %q, want stdin", rec.Source)
			}
			if rec.Error != "" {
				continue
			}
			if rec.ID < 1 || rec.ID > int64(len(sink.docs)) {
				t.Fatalf("%s: id %d of %d documents", rec.Source, rec.ID, len(sink.docs))
			}
			doc := sink.docs[rec.ID-1]
			checkDocument(t, rec.Source, doc)
			if jsonl {
				checkLine(t, rec.Source, doc, want[n])
			} else if strings.Contains(doc.Text, "\r") {
				t.Errorf("stdin: text %q keeps a carriage return", doc.Text)
			}
		}
	})
}

// checkDocument checks what every document that reaches the sink has.
func checkDocument(t *testing.T, source string, doc *vistka.Document) {
	t.Helper()
	switch {
	case doc.Text == "" || doc.Text != strings.TrimSpace(doc.Text):
		t.Errorf("%s: text %q is empty or not trimmed", source, doc.Text)
	case !utf8.ValidString(doc.Text):
		t.Errorf("%s: text %q is not UTF-8", source, doc.Text)
	case doc.Hash != ingest.TextHash(doc.Text):
		t.Errorf("%s: hash %q is not TextHash of the text", source, doc.Hash)
	case strings.TrimSpace(doc.Title) == "" && vistka.Headline(doc.Text) != "":
		t.Errorf("%s: no title for text %q", source, doc.Text)
	}
	if doc.URL != "" {
		if u, err := url.Parse(doc.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "file") {
			t.Errorf("%s: url %q", source, doc.URL)
		}
	}
}

// checkLine checks that a document read from a JSON line has what the
// line says.
func checkLine(t *testing.T, source string, doc *vistka.Document, line []byte) {
	t.Helper()
	var l struct {
		Text, HTML, URL, Title, Published, Author, Site, Language string
	}
	if err := json.Unmarshal(bytes.TrimSpace(line), &l); err != nil {
		t.Fatalf("%s: line %q was read, but it is not one JSON object: %v", source, line, err)
	}
	if text := strings.TrimSpace(strings.ReplaceAll(l.Text, "\r\n", "\n")); strings.TrimSpace(l.Text) != "" && doc.Text != text {
		t.Errorf("%s: text %q, want %q", source, doc.Text, text)
	}
	for _, f := range []struct{ name, got, line string }{
		{"url", doc.URL, l.URL}, {"title", doc.Title, l.Title}, {"author", doc.Author, l.Author},
		{"site", doc.Site, l.Site}, {"language", doc.Language, l.Language},
	} {
		if want := strings.TrimSpace(f.line); want != "" && f.got != want {
			t.Errorf("%s: %s %q, want %q", source, f.name, f.got, want)
		}
	}
	if l.Published != "" {
		p, err := ingest.ParsePublished(l.Published)
		if err != nil || !doc.Published.Equal(p) {
			t.Errorf("%s: published %v, want %q read (%v)", source, doc.Published, l.Published, err)
		}
	}
}

// FuzzParsePublished checks that a publication time is read or refused
// with an EINVALID error, that a date is midnight UTC, and that a time
// read survives being written as RFC 3339 and read again.
func FuzzParsePublished(f *testing.F) {
	for _, s := range []string{"2025-03-14", " 2025-03-14T10:42:00+02:00 ", "2025-03-14T10:42:00.123456789Z",
		"05.04.2025", "2025-02-30", "2025-03-14T24:00:00Z", "9999-12-31T23:59:59-23:59", "0000-01-01", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ingest.ParsePublished(s)
		if err != nil {
			if vistka.ErrorCode(err) != vistka.EINVALID || p != (time.Time{}) {
				t.Fatalf("ParsePublished(%q) = %v, %v; want the zero time and EINVALID", s, p, err)
			}
			return
		}
		if d, derr := time.Parse(time.DateOnly, strings.TrimSpace(s)); derr == nil && !p.Equal(d) {
			t.Fatalf("ParsePublished(%q) = %v, want midnight UTC %v", s, p, d)
		}
		again, err := ingest.ParsePublished(p.Format(time.RFC3339Nano))
		if err != nil || !again.Equal(p) {
			t.Fatalf("ParsePublished(%q) = %v; written and read again %v, %v", s, p, again, err)
		}
	})
}

// queryPairs returns the parameters of a raw query decoded where they
// can be, without the empty ones.
func queryPairs(raw string) []string {
	var out []string
	for p := range strings.SplitSeq(raw, "&") {
		if p == "" {
			continue
		}
		k, v, _ := strings.Cut(p, "=")
		if dk, err := url.QueryUnescape(k); err == nil {
			k = dk
		}
		if dv, err := url.QueryUnescape(v); err == nil {
			v = dv
		}
		out = append(out, k+"="+v)
	}
	return out
}

func isTracking(k string) bool {
	k = strings.ToLower(k)
	return strings.HasPrefix(k, "utm_") || k == "fbclid" || k == "gclid" || k == "from" || k == "ref"
}

// FuzzStripTracking checks that the feed item key of a URL keeps every
// parameter of its query but the tracking ones, which it drops, and that
// the key of a key is itself.
func FuzzStripTracking(f *testing.F) {
	for _, s := range []string{
		"https://news.example.ua/2025/03/14/a?utm_source=rss&utm_medium=feed&id=5",
		"https://news.example.ua/a?b=1&a=2&from=main&REF=x&fbclid=1&gclid=2",
		"https://news.example.ua/a?id=%zz1&utm_source=a",
		"https://news.example.ua/a?id=5;lang=uk&ref=rss",
		"https://news.example.ua/a?q=%D0%BA%D0%B8%D1%97%D0%B2+2&x=к#frag",
		"https://news.example.ua/a?&&=1&a",
		"http://[::1]:80/a?b",
		"not a url %",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, u string) {
		key := ingest.StripTracking(u)
		if again := ingest.StripTracking(key); again != key {
			t.Fatalf("StripTracking(%q) = %q, and of that %q", u, key, again)
		}
		pu, err := url.Parse(u)
		if err != nil || pu.RawQuery == "" {
			if key != u {
				t.Fatalf("StripTracking(%q) = %q, want it unchanged", u, key)
			}
			return
		}
		pk, err := url.Parse(key)
		if err != nil {
			t.Fatalf("StripTracking(%q) = %q, which does not parse: %v", u, key, err)
		}
		if pk.Scheme != pu.Scheme || pk.Host != pu.Host || pk.Path != pu.Path || pk.Fragment != pu.Fragment {
			t.Fatalf("StripTracking(%q) = %q: not the same address", u, key)
		}
		got := map[string]int{}
		for _, p := range queryPairs(pk.RawQuery) {
			k, _, _ := strings.Cut(p, "=")
			if isTracking(k) {
				t.Fatalf("StripTracking(%q) = %q keeps %q", u, key, p)
			}
			got[p]++
		}
		for _, p := range queryPairs(pu.RawQuery) {
			if k, _, _ := strings.Cut(p, "="); isTracking(k) {
				continue
			}
			if got[p] == 0 {
				t.Fatalf("StripTracking(%q) = %q loses %q", u, key, p)
			}
			got[p]--
		}
	})
}

// FuzzFileState checks that any state file opens, that a key remembered
// is seen again after the file is reopened, and that the keys the file
// held are kept.
func FuzzFileState(f *testing.F) {
	f.Add([]byte("https://news.example.ua/1\nhttps://news.example.ua/2?id=5\r\n\n  feed.xml#guid  \n"), "https://news.example.ua/3")
	f.Add([]byte("a  b\n\xff\xfe\n"), "a \t b")
	f.Add([]byte{}, "line\nbreak")
	f.Add([]byte("no end of line"), " ")
	f.Add([]byte(strings.Repeat("x", ingest.MaxKey+1)+"\nnext\n"), strings.Repeat("y", ingest.MaxKey))
	f.Fuzz(func(t *testing.T, file []byte, key string) {
		ctx := context.Background()
		path := filepath.Join(t.TempDir(), "state")
		if err := os.WriteFile(path, file, 0o644); err != nil {
			t.Fatal(err)
		}
		st, err := ingest.OpenFileState(path)
		if err != nil {
			t.Fatalf("OpenFileState: %v", err)
		}
		// Every short, non-blank line of the file is a key.
		for line := range strings.SplitSeq(string(file), "\n") {
			if k := strings.TrimSpace(line); k != "" && len(line) <= ingest.MaxKey {
				if seen, err := st.Seen(ctx, k); !seen || err != nil {
					t.Errorf("line %q of the file not seen (%v)", line, err)
				}
			}
		}
		if err := st.MarkSeen(ctx, key); err != nil {
			t.Fatal(err)
		}
		if seen, _ := st.Seen(ctx, key); !seen {
			t.Fatalf("key %q not seen once marked", key)
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		st, err = ingest.OpenFileState(path)
		if err != nil {
			t.Fatalf("OpenFileState after MarkSeen(%q): %v", key, err)
		}
		defer st.Close()
		kept := strings.Join(strings.Fields(key), " ")
		seen, err := st.Seen(ctx, key)
		if err != nil || (kept != "" && len(kept) <= ingest.MaxKey && !seen) {
			t.Fatalf("key %q not seen after reopening: %v, %v", key, seen, err)
		}
	})
}
