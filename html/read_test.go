package html_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/html"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden is what a golden file holds: the document read from the page, or
// the code and message of the error.
type golden struct {
	Document *vistka.Document `json:"document,omitempty"`
	Code     string           `json:"code,omitempty"`
	Error    string           `json:"error,omitempty"`
}

func TestReadGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in testdata: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(page)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var g golden
			g.Document, err = html.Read(f, "")
			if err != nil {
				g.Code, g.Error = vistka.ErrorCode(err), vistka.ErrorMessage(err)
			}
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			file := strings.TrimSuffix(page, ".html") + ".golden"
			if *update {
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s:\n%s", page, file, diff(string(want), string(got)))
			}
		})
	}
}

// diff shows the lines of want and got that differ, with their numbers.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  - %s\n  + %s\n", i+1, wl, gl)
		}
	}
	return b.String()
}

func TestReadContent(t *testing.T) {
	page, err := os.ReadFile("testdata/kharkiv_koi8.html")
	if err != nil {
		t.Fatal(err)
	}
	const u = "https://slobozhanski.example.ua/kharkiv/2023/07/21/pozhezha"
	// The page declares no charset; the server does, wrongly calling
	// KOI8-U KOI8-R.
	doc, err := html.ReadContent(bytes.NewReader(page), u, "text/html; charset=KOI8-R")
	if err != nil {
		t.Fatal(err)
	}
	if doc.URL != u {
		t.Errorf("URL = %q, want %q", doc.URL, u)
	}
	if want := "У Харкові вранці 21 липня"; !strings.HasPrefix(doc.Text, want) {
		t.Errorf("Text = %q, want it to start with %q", doc.Text, want)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		page []byte
		code string
	}{
		{"empty", nil, vistka.EINVALID},
		{"whitespace", []byte(" \n\t "), vistka.EINVALID},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"), vistka.EINVALID},
		{"navigation only", []byte(`<html><body><nav><a href="/">Головна</a> <a href="/news">Новини</a></nav></body></html>`), vistka.EINVALID},
		{"unclosed tags", []byte(strings.Repeat("<div><p><b>", 2000)), vistka.EINVALID},
		{"too large", nil, vistka.ETOOLARGE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := io.Reader(bytes.NewReader(tc.page))
			if tc.code == vistka.ETOOLARGE {
				r = io.LimitReader(paragraphs{}, html.MaxSize+1)
			}
			doc, err := html.Read(r, "https://example.ua/x")
			if err == nil {
				t.Fatalf("Read = %+v, want an error", doc)
			}
			if code := vistka.ErrorCode(err); code != tc.code {
				t.Errorf("code = %q (%v), want %q", code, err, tc.code)
			}
		})
	}
}

// paragraphs is an endless page.
type paragraphs struct{}

func (paragraphs) Read(p []byte) (int, error) {
	const s = "<p>Абзац тексту новини.</p>\n"
	for i := range p {
		p[i] = s[i%len(s)]
	}
	return len(p), nil
}

func FuzzRead(f *testing.F) {
	pages, _ := filepath.Glob("testdata/*.html")
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<p>" + strings.Repeat("Текст новини. ", 20)))
	f.Add([]byte("<html><body><article><p>" + strings.Repeat("\xc0\xe1\xe2 ", 40) + "</article>"))
	f.Add([]byte("<table><tr><td><table><tr><td>" + strings.Repeat("слово ", 60)))
	f.Add([]byte("<<<>>>&&&;;;<!-- <p>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		doc, err := html.Read(bytes.NewReader(page), "https://example.ua/news/1")
		if err != nil {
			if vistka.ErrorCode(err) == vistka.EINTERNAL {
				t.Fatalf("internal error: %v", err)
			}
			return
		}
		for name, s := range map[string]string{"text": doc.Text, "title": doc.Title, "author": doc.Author, "site": doc.Site} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if doc.Text == "" || doc.Text != strings.TrimSpace(doc.Text) {
			t.Fatalf("text is empty or not trimmed: %q", doc.Text)
		}
		if strings.Contains(doc.Text, "\n\n") || strings.Contains(doc.Text, "  ") {
			t.Fatalf("text has empty lines or runs of spaces: %q", doc.Text)
		}
		if strings.Contains(doc.Title, "\n") {
			t.Fatalf("title has a newline: %q", doc.Title)
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("Київ"), "")
	f.Add([]byte("\xca\xe8\xbf\xe2"), "text/html; charset=windows-1251")
	f.Add([]byte("\xff\xfe\x1a\x04"), "")
	f.Add([]byte("<meta charset=koi8-u>\xeb\xc9\xa7\xd7"), "")
	f.Fuzz(func(t *testing.T, b []byte, contentType string) {
		if s, _ := html.Decode(b, contentType); !utf8.ValidString(s) {
			t.Fatalf("Decode gave invalid UTF-8: %q", s)
		}
		if s, _ := html.DecodeText(b); !utf8.ValidString(s) {
			t.Fatalf("DecodeText gave invalid UTF-8: %q", s)
		}
	})
}

// TestReadPublished checks the publication times Read finds through
// htmldate (vistka's own, in third_party/htmldate): a time without a zone
// is Kyiv time, a bare date is midnight in Kyiv.
func TestReadPublished(t *testing.T) {
	body := "<p>" + strings.Repeat("Уряд ухвалив програму відновлення енергетики на наступний рік. ", 5) + "</p>"
	for _, tc := range []struct {
		name, head, byline, url, want string
	}{
		{"meta with zone", `<meta property="article:published_time" content="2023-02-28T08:42:00Z">`, "", "",
			"2023-02-28T08:42:00Z"},
		{"JSON-LD without zone", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-28T10:42:00"}</script>`, "", "",
			"2023-02-28T10:42:00+02:00"},
		{"summer time", `<meta name="pubdate" content="2023-07-21 08:15">`, "", "",
			"2023-07-21T08:15:00+03:00"},
		{"byline in Ukrainian", "", `<span class="post-date">10:42, 28 лютого 2023</span>`, "",
			"2023-02-28T10:42:00+02:00"},
		{"date in the address", "", "", "https://example.ua/news/2023/02/28/uryad",
			"2023-02-28T00:00:00+02:00"},
		{"date in og:url of a saved page", `<meta property="og:url" content="https://example.ua/2023-02-28-uryad">`, "", "",
			"2023-02-28T00:00:00+02:00"},
		{"address date takes the byline's time", "", `<time datetime="2023-02-28T10:42">10:42</time>`, "https://example.ua/2023/02/28/uryad",
			"2023-02-28T10:42:00+02:00"},
		{"placeholder date", `<meta name="date" content="1970-01-01">`, "", "",
			""},
		{"none", "", "", "https://example.ua/news/uryad", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := "<html><head><title>Уряд</title>" + tc.head + "</head><body><article><h1>Уряд</h1>" + tc.byline + body + "</article></body></html>"
			doc, err := html.Read(strings.NewReader(page), tc.url)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !doc.Published.IsZero() {
				got = doc.Published.Format(time.RFC3339)
			}
			if got != tc.want {
				t.Errorf("Published = %q, want %q", got, tc.want)
			}
		})
	}
}
