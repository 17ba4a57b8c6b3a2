package html

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"sync"
	"time"
	_ "time/tzdata"
	"unicode/utf8" // publication times without a zone are read in Kyiv time on any machine

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/vistka/vistka"
)

// MaxSize is the largest page Read accepts; the biggest news pages,
// inline scripts and all, are a few megabytes.
const MaxSize = 16 << 20

// MaxElements is the most HTML elements a page Read accepts may have.
// Trafilatura's time and memory grow faster than the page: 300,000 tiny
// paragraphs (2.7 MB) took it 13–29 s and 520–760 MB. A news page, menus,
// comments and all, has a few thousand elements; a page over the cap is
// refused (ETOOLARGE) before its main text is looked for; at the cap
// trafilatura takes about 4 s and 220 MB.
const MaxElements = 50_000

// Read reads the HTML page r, fetched from pageURL (or "" when unknown),
// and returns its main text and metadata. The encoding is found from the
// page itself (see Decode).
//
// A page with no article text is an EINVALID error, as is one that is not
// HTML at all; a page over MaxSize bytes or MaxElements elements is
// ETOOLARGE.
func Read(r io.Reader, pageURL string) (*vistka.Document, error) {
	return ReadContent(r, pageURL, "")
}

// ReadContent is Read for a page served with the HTTP Content-Type header
// contentType, whose charset, if any, is believed when the page is not
// valid UTF-8.
func ReadContent(r io.Reader, pageURL, contentType string) (*vistka.Document, error) {
	where := pageURL
	if where == "" {
		where = "page"
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", where, err)
	}
	if len(b) > MaxSize {
		return nil, vistka.Errorf(vistka.ETOOLARGE, "%s: page is larger than %d MiB", where, MaxSize>>20)
	}
	src, _ := Decode(b, contentType)
	if binary(src) {
		return nil, vistka.Errorf(vistka.EINVALID, "%s: not an HTML page (binary data)", where)
	}
	return extract(src, pageURL, where)
}

// binary reports whether the start of a decoded page has control
// characters that no HTML page has.
func binary(s string) bool {
	if len(s) > 1024 {
		s = s[:1024]
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			n++
		}
	}
	return n > 0 && n*100 > len(s) // more than 1%
}

func extract(src, pageURL, where string) (doc *vistka.Document, err error) {
	defer func() {
		// The extractor is a large port of Python code; a page that trips
		// it must cost that page, not the whole ingest run.
		if p := recover(); p != nil {
			doc, err = nil, vistka.Errorf(vistka.EINTERNAL, "%s: extractor failed: %v", where, p)
		}
	}()
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, vistka.Errorf(vistka.EINVALID, "%s: parse HTML: %v", where, err)
	}
	if tooManyElements(root, MaxElements) {
		return nil, vistka.Errorf(vistka.ETOOLARGE, "%s: page has more than %d HTML elements", where, MaxElements)
	}
	config := trafilatura.DefaultConfig()
	config.MinOutputSize = minText
	// Below MinExtractedSize trafilatura falls back to the text of the
	// whole <article> or <body>, run together without paragraph breaks;
	// short news items are common, so fall back only for a scrap.
	config.MinExtractedSize = minText
	opts := trafilatura.Options{
		Config:          config,
		ExcludeComments: true,
		EnableFallback:  true,
		// readMeta finds the date with the same finder and keeps
		// whether the time had a zone.
		HtmlDateMode: trafilatura.Disabled,
	}
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	pm := readMeta(root, pageURL, kyiv())
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		// Trafilatura's reasons ("text and comments are not long enough:
		// 28 0") mean nothing to a user.
		return nil, vistka.Errorf(vistka.EINVALID, "%s: no article text found", where)
	}
	m := res.Metadata
	title := oneLine(m.Title)
	text := ""
	if res.ContentNode != nil {
		text = cleanLines(nodeText(res.ContentNode), title)
	}
	if utf8.RuneCountInString(text) < minText {
		return nil, vistka.Errorf(vistka.EINVALID, "%s: no article text found", where)
	}
	doc = &vistka.Document{
		URL:      documentURL(pageURL, m.URL),
		Title:    title,
		Author:   oneLine(m.Author),
		Site:     oneLine(m.Sitename),
		Language: pickLanguage(pm.language, language(m.Language), text),
		Text:     text,
	}
	if doc.Site == "" {
		doc.Site = m.Hostname
	}
	doc.Published = pm.published
	return doc, nil
}

// tooManyElements reports whether the tree under root has more than limit
// element nodes; it stops counting there.
func tooManyElements(root *html.Node, limit int) bool {
	n := 0
	for d := range root.Descendants() {
		if d.Type == html.ElementNode {
			if n++; n > limit {
				return true
			}
		}
	}
	return false
}

// minText is the least article text, in code points, that a page must
// have: less is a navigation page, an error page or a stub.
const minText = 50

// cleanLines drops a first line that only repeats the title, and every line
// that repeats an earlier one: trafilatura emits paragraphs separated by
// <br><br> twice, once inside their container and once on their own, and
// its last-resort extraction adds the whole page's text run together
// after the paragraphs it found.
func cleanLines(text, title string) string {
	lines := strings.Split(text, "\n")
	if len(lines) > 1 && title != "" && lines[0] == title {
		lines = lines[1:]
	}
	seen := make(map[string]bool, len(lines))
	var out []string
	for _, l := range lines {
		if seen[l] || containsLine(l, out) {
			continue
		}
		seen[l] = true
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// containsLine reports whether l has one of lines, of a sentence's length,
// inside it: a paragraph does not quote another of the same article whole.
func containsLine(l string, lines []string) bool {
	for _, e := range lines {
		if len(e) < len(l) && utf8.RuneCountInString(e) >= 20 && strings.Contains(l, e) {
			return true
		}
	}
	return false
}

// pickLanguage chooses between the language a page declares and the one
// trafilatura's classifier finds in the text: the classifier is reliable
// only on longer texts, and templates declare whatever language their
// authors wrote them in.
func pickLanguage(declared, classified, text string) string {
	switch {
	case declared == "":
		return classified
	case classified == "" || classified == declared:
		return declared
	case utf8.RuneCountInString(text) >= 500:
		return classified
	}
	return declared
}

// documentURL is the address a page was fetched from; for a saved page,
// the canonical address the page gives itself.
func documentURL(pageURL, canonical string) string {
	if u, err := url.Parse(pageURL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		return pageURL
	}
	if u, err := url.Parse(canonical); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		return canonical
	}
	return pageURL
}

// language reduces a language tag (uk-UA, UK) to its primary subtag.
func language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

func oneLine(s string) string {
	var w textWriter
	w.text(s)
	return w.String()
}

var kyiv = sync.OnceValue(func() *time.Location {
	for _, name := range []string{"Europe/Kyiv", "Europe/Kiev"} {
		if loc, err := time.LoadLocation(name); err == nil {
			return loc
		}
	}
	return time.FixedZone("EET", 2*60*60)
})

// Looks reports whether b, the first bytes of a file after any byte-order
// mark and white space, open an HTML page rather than plain text.
func Looks(b []byte) bool {
	if len(b) == 0 || b[0] != '<' {
		return false
	}
	lower := bytes.ToLower(b[:min(len(b), 512)])
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<p", "<div", "<article", "<!--", "<?xml"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return true
		}
	}
	return false
}

// PageExt reports whether a file's extension (with its dot, any case)
// names a saved HTML page.
func PageExt(ext string) bool {
	switch strings.ToLower(ext) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	return false
}
