package feed

import (
	"bytes"
	"fmt"
	stdhtml "html"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/html"
)

// MaxSize is the largest feed Parse accepts.
const MaxSize = 32 << 20

// Feed is a parsed feed.
type Feed struct {
	Title    string `json:"title,omitempty"`
	Link     string `json:"link,omitempty"`     // the site the feed belongs to
	Language string `json:"language,omitempty"` // primary subtag: uk, ru, en
	Items    []Item `json:"items"`
}

// Item is one article a feed announces.
type Item struct {
	// URL is the absolute http(s) address of the article, "" when the
	// item has none.
	URL   string `json:"url,omitempty"`
	GUID  string `json:"guid,omitempty"`
	Title string `json:"title,omitempty"`
	// Author is the item's author, or "" when the feed names none.
	Author string `json:"author,omitempty"`
	// Published is when the item was published (or, failing that,
	// updated); zero when the feed does not say.
	Published time.Time `json:"published,omitzero"`
	// Summary is the plain text of the item's description.
	Summary string `json:"summary,omitempty"`
	// Content is the plain text of the full article when the feed carries
	// it (content:encoded, Atom content, yandex:full-text), else "".
	Content string `json:"content,omitempty"`
}

// Key is what an item is remembered by between polls: its GUID, or its URL
// when it has no GUID.
func (it Item) Key() string {
	if it.GUID != "" {
		return it.GUID
	}
	return it.URL
}

// Is reports whether b, the start of a document, looks like an RSS, Atom
// or JSON feed rather than a page.
func Is(b []byte) bool {
	b = bytes.TrimLeft(b, "\xef\xbb\xbf \t\r\n")
	if len(b) == 0 {
		return false
	}
	if b[0] == '{' {
		return bytes.Contains(b[:min(len(b), 512)], []byte("jsonfeed.org/version"))
	}
	switch gofeed.DetectFeedType(bytes.NewReader(b)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return true
	}
	return false
}

// Parse reads the feed r, fetched from feedURL ("" when unknown) and served
// with the HTTP Content-Type header contentType (or ""). Relative item links
// are resolved against the feed's address. A document that is not a feed is
// an EINVALID error; one over MaxSize is ETOOLARGE.
func Parse(r io.Reader, feedURL, contentType string) (f *Feed, err error) {
	where := feedURL
	if where == "" {
		where = "feed"
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", where, err)
	}
	if len(b) > MaxSize {
		return nil, vistka.Errorf(vistka.ETOOLARGE, "%s: feed is larger than %d MiB", where, MaxSize>>20)
	}
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, vistka.Errorf(vistka.EINTERNAL, "%s: feed parser failed: %v", where, p)
		}
	}()
	src := decode(b, contentType)
	if t := strings.TrimLeft(src, " \t\r\n"); strings.HasPrefix(t, "{") && !Is([]byte(t)) {
		// gofeed takes any JSON object for a JSON Feed.
		return nil, vistka.Errorf(vistka.EINVALID, "%s: not an RSS, Atom or JSON feed", where)
	}
	gf, err := gofeed.NewParser().ParseString(src)
	if err != nil {
		return nil, vistka.Errorf(vistka.EINVALID, "%s: not an RSS, Atom or JSON feed: %v", where, err)
	}
	return convert(gf, feedURL), nil
}

func convert(gf *gofeed.Feed, feedURL string) *Feed {
	base, _ := url.Parse(feedURL)
	f := &Feed{
		Title:    line(gf.Title),
		Language: language(gf.Language),
	}
	f.Link = absolute(base, gf.Link)
	if base == nil || !base.IsAbs() {
		// A feed read from a file: its links are relative to the site.
		base, _ = url.Parse(f.Link)
	}
	for _, gi := range gf.Items {
		if gi == nil {
			continue
		}
		it := Item{
			GUID:    strings.TrimSpace(gi.GUID),
			Title:   line(gi.Title),
			Summary: text(gi.Description),
			Content: text(gi.Content),
		}
		for _, link := range append([]string{gi.Link}, gi.Links...) {
			if it.URL = absolute(base, link); it.URL != "" {
				break
			}
		}
		if it.URL == "" {
			it.URL = absolute(nil, it.GUID) // RSS guid isPermaLink
		}
		if it.Content == "" {
			it.Content = text(fullText(gi.Extensions))
		}
		switch {
		case gi.PublishedParsed != nil:
			it.Published = keepZone(*gi.PublishedParsed, gi.Published)
		case gi.UpdatedParsed != nil:
			it.Published = keepZone(*gi.UpdatedParsed, gi.Updated)
		}
		if len(gi.Authors) > 0 && gi.Authors[0] != nil {
			it.Author = line(gi.Authors[0].Name)
		}
		if it.Author == "" && gi.DublinCoreExt != nil && len(gi.DublinCoreExt.Creator) > 0 {
			it.Author = line(gi.DublinCoreExt.Creator[0])
		}
		f.Items = append(f.Items, it)
	}
	return f
}

// fullText finds the full article that Yandex-style feeds, still used by
// many Ukrainian sites, carry in <yandex:full-text> or <full-text>.
func fullText(e ext.Extensions) string {
	for _, ns := range e {
		for _, name := range []string{"full-text", "fulltext"} {
			for _, x := range ns[name] {
				if strings.TrimSpace(x.Value) != "" {
					return x.Value
				}
			}
		}
	}
	return ""
}

// keepZone returns t in the zone the feed wrote it in: gofeed gives UTC,
// and the local hour is what a Ukrainian reader knows the news by.
func keepZone(t time.Time, raw string) time.Time {
	raw = strings.TrimSpace(raw)
	for _, layout := range []string{time.RFC1123Z, time.RFC3339Nano, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700"} {
		if lt, err := time.Parse(layout, raw); err == nil && lt.Equal(t) {
			return lt
		}
	}
	return t
}

// markup matches the start of an HTML tag.
var markup = regexp.MustCompile(`<[a-zA-Z/!]`)

// text is the plain text of a description or content: HTML is rendered by
// html.Text, and plain text, which feeds carry too (yandex:full-text), keeps
// its line breaks as paragraph breaks.
func text(s string) string {
	if markup.MatchString(s) {
		return html.Text(s)
	}
	var lines []string
	for l := range strings.Lines(stdhtml.UnescapeString(s)) {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// absolute resolves ref against base and returns it if it is an http(s)
// address, else "".
func absolute(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil && base.IsAbs() {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// line is s as plain text on one line (titles carry entities and tags).
func line(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.Join(strings.Fields(s), " ")
	}
	return strings.ReplaceAll(html.Text(s), "\n", " ")
}

func language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return tag
}

// xmlDecl matches the encoding in an XML declaration.
var xmlDecl = regexp.MustCompile(`^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([A-Za-z0-9._:-]+)(["'])`)

// decode returns the feed as UTF-8 text whose XML declaration, if any,
// says so: bytes that are valid UTF-8 are UTF-8 whatever is declared, else
// the XML declaration, then the server's charset are believed, else the
// encoding is guessed from the letters.
func decode(b []byte, contentType string) string {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	var s string
	switch m := xmlDecl.FindSubmatch(b); {
	case utf8.Valid(b):
		s = string(b)
	case m != nil && !isUTF8(string(m[2])):
		var ok bool
		if s, ok = html.DecodeCharset(b, string(m[2])); !ok {
			s, _ = html.DecodeText(b)
		}
	case html.Charset(contentType) != "" && html.Charset(contentType) != html.UTF8:
		s, _ = html.DecodeCharset(b, html.Charset(contentType))
	default:
		s, _ = html.DecodeText(b)
	}
	return xmlDecl.ReplaceAllString(s, "${1}UTF-8${3}")
}

func isUTF8(label string) bool {
	label = strings.ToLower(label)
	return label == "utf-8" || label == "utf8"
}
