package html

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/vistka/vistka"
)

// tinyParagraphs is a page of n paragraphs of a few letters each.
func tinyParagraphs(n int) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>Стрічка</title></head><body><article>")
	for range n {
		b.WriteString("<p>Так.</p>")
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// A page of more elements than MaxElements is refused as too large, and
// quickly: trafilatura never sees it.
func TestReadRefusesTooManyElements(t *testing.T) {
	page := tinyParagraphs(MaxElements + 1000)
	start := time.Now()
	_, err := Read(strings.NewReader(page), "https://example.com/feed")
	if vistka.ErrorCode(err) != vistka.ETOOLARGE || !strings.Contains(vistka.ErrorMessage(err), "HTML elements") {
		t.Fatalf("err = %v (%s), want ETOOLARGE naming the elements", err, vistka.ErrorCode(err))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("refusing took %v", d)
	}
}

func TestTooManyElementsCounts(t *testing.T) {
	for _, tc := range []struct {
		n, limit int
		want     bool
	}{
		{10, 100, false},
		{10, 14, true}, // html, head, title, body, article and 10 p: 15
		{10, 15, false},
	} {
		root, err := html.Parse(strings.NewReader(tinyParagraphs(tc.n)))
		if err != nil {
			t.Fatal(err)
		}
		if got := tooManyElements(root, tc.limit); got != tc.want {
			t.Errorf("%d paragraphs, limit %d: %v, want %v", tc.n, tc.limit, got, tc.want)
		}
	}
}
