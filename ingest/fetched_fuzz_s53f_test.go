package ingest_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka/ingest"
)

// FuzzFetched reads a fetched response of any Content-Type and body, as
// ingest reads a page or text named by URL: it must not panic, and it
// gives either an error with a message or a document with non-empty
// UTF-8 text.
func FuzzFetched(f *testing.F) {
	for _, s := range []struct{ ct, body string }{
		{"text/html; charset=utf-8", "<html><head><title>Новина</title></head><body><article><p>Київ, 14 березня. Уряд ухвалив програму відновлення енергетики.</p></article></body></html>"},
		{"text/html; charset=windows-1251", "<html><body><p>\xca\xe8\xbf\xe2, 14 \xe1\xe5\xf0\xe5\xe7\xed\xff.</p></body></html>"},
		{"text/plain; charset=koi8-u", "\xeb\xc9\xa7\xd7, 14 \xc2\xc5\xd2\xc5\xda\xce\xd1."},
		{"text/plain", "Київ, 14 березня.\r\nУряд ухвалив програму."},
		{"", "Київ, 14 березня. Уряд ухвалив програму."},
		{"application/octet-stream", "\x00\x01\x02\x03"},
		{"application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Новини</title><item><title>Київ</title><link>https://news.example.ua/1</link></item></channel></rss>`},
		{"text/html", "<p>"},
		{"text/plain; charset=\"", "\xff\xfe"},
		{"image/png", "\x89PNG\r\n\x1a\n"},
	} {
		f.Add(s.ct, []byte(s.body))
	}
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		doc, err := ingest.ReadFetched(contentType, body)
		if err != nil {
			if doc != nil {
				t.Errorf("error %v with a document", err)
			}
			if err.Error() == "" {
				t.Error("empty error message")
			}
			return
		}
		if doc == nil {
			t.Fatal("no document and no error")
		}
		if !utf8.ValidString(doc.Text) {
			t.Errorf("text is not UTF-8: %q", doc.Text)
		}
		if strings.TrimSpace(doc.Text) == "" {
			t.Errorf("empty text from %q %q", contentType, body)
		}
	})
}
