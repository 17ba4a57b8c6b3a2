package feed_test

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
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/feed"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

type golden struct {
	Feed  *feed.Feed `json:"feed,omitempty"`
	Code  string     `json:"code,omitempty"`
	Error string     `json:"error,omitempty"`
}

func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.xml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no feeds in testdata: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".xml")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var g golden
			g.Feed, err = feed.Parse(bytes.NewReader(b), "", "")
			if err != nil {
				g.Code, g.Error = vistka.ErrorCode(err), vistka.ErrorMessage(err)
			}
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			goldenFile := strings.TrimSuffix(file, ".xml") + ".golden"
			if *update {
				if err := os.WriteFile(goldenFile, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(goldenFile)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s:\n%s", file, goldenFile, diff(string(want), string(got)))
			}
		})
	}
}

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

func TestParseHeaderCharset(t *testing.T) {
	b, err := os.ReadFile("testdata/kyivpost_koi8.xml")
	if err != nil {
		t.Fatal(err)
	}
	// No XML declaration; the server says KOI8-R, which on a Ukrainian
	// site means KOI8-U.
	f, err := feed.Parse(bytes.NewReader(b), "https://kyiv-visti.example.ua/rss", "application/rss+xml; charset=koi8-r")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Київрада виділила кошти на ремонт шкіл"; len(f.Items) != 1 || f.Items[0].Title != want {
		t.Fatalf("items = %+v, want one titled %q", f.Items, want)
	}
}

func TestParseRelativeLinks(t *testing.T) {
	const src = `<rss version="2.0"><channel><title>Т</title><link>https://site.example.ua/</link>
<item><title>Перша</title><link>/news/1</link></item>
<item><title>Друга</title><guid isPermaLink="true">https://site.example.ua/news/2</guid></item>
<item><title>Третя</title><link>javascript:alert(1)</link></item>
</channel></rss>`
	f, err := feed.Parse(strings.NewReader(src), "https://site.example.ua/feeds/rss.xml", "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range f.Items {
		got = append(got, it.URL+" "+it.Key())
	}
	want := []string{
		"https://site.example.ua/news/1 https://site.example.ua/news/1",
		"https://site.example.ua/news/2 https://site.example.ua/news/2",
		" ",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("URL Key = %q, want %q", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, code string }{
		{"empty", "", vistka.EINVALID},
		{"html page", "<!DOCTYPE html><html><body><p>Новина</p></body></html>", vistka.EINVALID},
		{"json lines", `{"text": "Новина"}`, vistka.EINVALID},
		{"truncated xml", `<?xml version="1.0"?><rss version="2.0"><channel><item><title>Нов`, vistka.EINVALID},
		{"too large", "", vistka.ETOOLARGE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := io.Reader(strings.NewReader(tc.src))
			if tc.code == vistka.ETOOLARGE {
				r = io.LimitReader(spaces{}, feed.MaxSize+1)
			}
			f, err := feed.Parse(r, "https://example.ua/rss", "")
			if err == nil {
				t.Fatalf("Parse = %+v, want an error", f)
			}
			if code := vistka.ErrorCode(err); code != tc.code {
				t.Errorf("code = %q (%v), want %q", code, err, tc.code)
			}
		})
	}
}

// spaces is an endless stream of spaces.
type spaces struct{}

func (spaces) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestIs(t *testing.T) {
	for src, want := range map[string]bool{
		`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>`: true,
		"\xef\xbb\xbf\n<feed xmlns=\"http://www.w3.org/2005/Atom\">":         true,
		`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`:  true,
		`{"version": "https://jsonfeed.org/version/1.1", "title": "Новини"}`: true,
		`<!DOCTYPE html><html lang="uk"><head><title>Новини</title></head>`:  false,
		`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/">`:     false,
		`{"text": "Новина", "url": "https://example.ua/1"}`:                  false,
		"Звичайний текст новини.":                                            false,
		"": false,
	} {
		if got := feed.Is([]byte(src)); got != want {
			t.Errorf("Is(%q) = %v, want %v", src, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.xml")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "")
	}
	f.Add([]byte(`<rss><channel><item><link>/a</link><title>&amp;&lt;b&gt;</title></item></channel></rss>`), "text/xml; charset=windows-1251")
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div><p>т</p></div></content></entry></feed>`), "")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":"x","content_html":"<p>т"}]}`), "")
	f.Fuzz(func(t *testing.T, b []byte, contentType string) {
		got, err := feed.Parse(bytes.NewReader(b), "https://example.ua/rss.xml", contentType)
		if err != nil {
			if vistka.ErrorCode(err) == vistka.EINTERNAL {
				t.Fatalf("internal error: %v", err)
			}
			return
		}
		for _, it := range got.Items {
			for _, s := range []string{it.URL, it.GUID, it.Title, it.Author, it.Summary, it.Content} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 in %+v", it)
				}
			}
			if it.URL != "" && !strings.HasPrefix(it.URL, "http://") && !strings.HasPrefix(it.URL, "https://") {
				t.Fatalf("URL %q is not http(s)", it.URL)
			}
			if strings.Contains(it.Title, "\n") {
				t.Fatalf("title has a newline: %q", it.Title)
			}
		}
	})
}
