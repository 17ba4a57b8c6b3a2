package html

import (
	"net/url"
	"strings"
	"time"

	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what Read takes from the page itself rather than from
// trafilatura.
type pageMeta struct {
	published time.Time // zero when unknown
	language  string    // as declared, primary subtag
}

// readMeta finds the publication time of the page fetched from pageURL
// (see published) and the language the page declares.
func readMeta(doc *html.Node, pageURL string, loc *time.Location) pageMeta {
	var pm pageMeta
	meta := map[string]string{}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if pm.language == "" {
					pm.language = language(attr(n, "lang"))
				}
			case atom.Meta:
				if strings.EqualFold(attr(n, "http-equiv"), "content-language") {
					meta["content-language"] = attr(n, "content")
				}
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				if _, ok := meta[key]; !ok && key != "" {
					meta[key] = attr(n, "content")
				}
			case atom.Script, atom.Style:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)

	for _, key := range []string{"content-language", "og:locale", "language", "dc.language"} {
		if pm.language == "" {
			pm.language = language(meta[key])
		}
	}
	// A saved page's address is the one it gives itself; a date in it
	// is one of htmldate's clues.
	if u, err := url.Parse(pageURL); err != nil || u.Scheme != "http" && u.Scheme != "https" {
		pageURL = meta["og:url"]
	}
	pm.published = published(doc, pageURL, loc)
	return pm
}

// published is the publication time of the page, found by htmldate in
// its JSON-LD, <meta> tags, <time> elements and address (trafilatura,
// which calls the same finder, keeps the time but drops whether it had a
// zone). A time without a zone is a time in loc.
func published(doc *html.Node, pageURL string, loc *time.Location) time.Time {
	r, err := htmldate.FromDocument(doc, htmldate.Options{
		UseOriginalDate:     true,
		SkipExtensiveSearch: true,
		URL:                 pageURL,
	})
	if err != nil || r.IsZero() {
		return time.Time{}
	}
	t := r.DateTime
	if !r.HasTimezone {
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
	}
	return t
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
