package html

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedKeys are the <meta> names and properties that carry the time an
// article was published, best first.
var publishedKeys = []string{
	"article:published_time",
	"og:article:published_time",
	"og:published_time",
	"datepublished",
	"article.published",
	"pubdate",
	"publishdate",
	"publish-date",
	"publish_date",
	"parsely-pub-date",
	"sailthru.date",
	"dc.date.issued",
	"dcterms.issued",
	"dc.date.created",
	"dcterms.created",
	"dc.date",
	"date",
}

// pageMeta is what Read takes from the page itself rather than from
// trafilatura.
type pageMeta struct {
	published time.Time // zero when unknown
	language  string    // as declared, primary subtag
}

// readMeta looks for the publication time of the page in its <meta> tags,
// its JSON-LD and its <time itemprop="datePublished"> or <time pubdate>
// (trafilatura keeps only the day, and the news of one day often contradict
// each other by the hour), and for the language the page declares.
func readMeta(doc *html.Node, loc *time.Location) pageMeta {
	var pm pageMeta
	meta := map[string]string{}
	var ldjson []string
	var timeTags []string
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
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					ldjson = append(ldjson, n.FirstChild.Data)
				}
				return
			case atom.Time:
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
					if v := attr(n, "datetime"); v != "" {
						timeTags = append(timeTags, v)
					}
				}
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
	pm.published = published(meta, ldjson, timeTags, loc)
	return pm
}

func published(meta map[string]string, ldjson, timeTags []string, loc *time.Location) time.Time {
	for _, key := range publishedKeys {
		if t, ok := parseTime(meta[key], loc); ok {
			return t
		}
	}
	for _, s := range ldjson {
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			continue
		}
		if t, ok := parseTime(findJSONKey(v, "datePublished", 0), loc); ok {
			return t
		}
	}
	for _, s := range timeTags {
		if t, ok := parseTime(s, loc); ok {
			return t
		}
	}
	return time.Time{}
}

// findJSONKey returns the first string value under key in v, searched
// depth first (JSON-LD nests articles in @graph arrays).
func findJSONKey(v any, key string, depth int) string {
	if depth > 32 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v[key].(string); ok {
			return s
		}
		for _, c := range v {
			if s := findJSONKey(c, key, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, c := range v {
			if s := findJSONKey(c, key, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	time.RFC1123Z,
	time.RFC1123,
}

// localLayouts carry no zone; they are read in the site's zone.
var localLayouts = []string{
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
}

// parseTime reads a machine-readable date and time; times without a zone
// are taken to be in loc.
func parseTime(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil && plausible(t) {
			return t, true
		}
	}
	for _, layout := range localLayouts {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil && plausible(t) {
			return t, true
		}
	}
	return time.Time{}, false
}

// plausible rejects the placeholder dates of content management systems.
func plausible(t time.Time) bool {
	return t.Year() >= 1990 && t.Year() <= 2200
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
