package htmldate

import (
	"encoding/json"
	"net/url"
	"sort"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Ranks of the clues, best first. A modification date ranks first when
// the original date is not asked for, last otherwise.
const (
	rankArticlePublished = iota // JSON-LD datePublished of an Article
	rankMetaPublished           // <meta> naming a publication time
	rankLDPublished             // JSON-LD datePublished of anything else, dateCreated
	rankMarked                  // <time itemprop=datePublished>, <time pubdate>, <abbr class=published>
	rankURL                     // /2023/02/28/ in the page's address
	rankTime                    // any other <time datetime>
	rankDateClass               // text of an element whose class or id says "date"
	rankModified                // dateModified, article:modified_time, …
	rankText                    // a date in the main text
)

// publishedMeta are the <meta> names, properties and itemprops (lower
// case) that carry the publication time, best first.
var publishedMeta = []string{
	"article:published_time", "og:article:published_time", "og:published_time",
	"article:published", "article.published", "datepublished", "published_time",
	"article_date_original", "publication_date", "publish-date", "publish_date",
	"publishdate", "date_published", "pubdate", "parsely-pub-date",
	"sailthru.date", "cxenseparse:recs:publishtime", "citation_publication_date",
	"citation_date", "dc.date.issued", "dcterms.issued", "dc.date.created",
	"dcterms.created", "datecreated", "dcterms.date", "dc.date", "dc:date",
	"originalpublicationdate", "date", "created",
}

// modifiedMeta carry the time of the last change.
var modifiedMeta = []string{
	"article:modified_time", "og:article:modified_time", "og:updated_time",
	"datemodified", "modified_time", "dc.date.modified", "dcterms.modified",
	"last-modified", "lastmod", "article:modified",
}

var metaRank = func() map[string]int {
	m := map[string]int{}
	for i, k := range publishedMeta {
		m[k] = rankMetaPublished*100 + i
	}
	for i, k := range modifiedMeta {
		m[k] = rankModified*100 + i
	}
	return m
}()

// candidate is one date the page offers.
type candidate struct {
	rank     int // rank*100 + preference inside the rank
	order    int // position in the page
	modified bool
	st       stamp
	src      string
}

type search struct {
	opts     Options
	min, max time.Time
	found    []candidate
}

func newSearch(opts Options) *search {
	s := &search{opts: opts, min: opts.MinDate, max: opts.MaxDate}
	if s.min.IsZero() {
		s.min = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if s.max.IsZero() {
		s.max = time.Now().Add(24 * time.Hour)
	}
	return s
}

// add records the date read from src under rank, if it is in range.
func (s *search) add(rank int, st stamp, src string) {
	if st.t.Before(s.min) || st.t.After(s.max) {
		return
	}
	modified := rank/100 == rankModified
	if modified && !s.opts.UseOriginalDate {
		rank -= (rankModified + 1) * 100 // before everything else
	}
	s.found = append(s.found, candidate{rank: rank, order: len(s.found), modified: modified, st: st, src: src})
}

func (s *search) addMachine(rank int, v string) bool {
	st, ok := parseMachine(v)
	if ok {
		s.add(rank, st, strings.TrimSpace(v))
	}
	return ok
}

// best is the best-ranked date; when it lacks the time of day, another
// clue of the same kind (publication or modification) for the same day
// may supply it.
func (s *search) best() Result {
	if len(s.found) == 0 {
		return Result{}
	}
	sort.SliceStable(s.found, func(i, j int) bool {
		a, b := s.found[i], s.found[j]
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		return a.order < b.order
	})
	c := s.found[0]
	if !c.st.hasTime {
		y, m, d := c.st.t.Date()
		for _, o := range s.found[1:] {
			if oy, om, od := o.st.t.Date(); o.st.hasTime && o.modified == c.modified && oy == y && om == m && od == d {
				c = o
				break
			}
		}
	}
	return Result{DateTime: c.st.t, HasTime: c.st.hasTime, HasTimezone: c.st.hasZone, SrcString: c.src}
}

// walk visits root and the nodes under it in document order without
// recursion, so that no depth of nesting can exhaust the stack; visit
// says whether to go into a node's children.
func walk(root *html.Node, visit func(*html.Node) bool) {
	n := root
	for n != nil {
		if visit(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			if n == nil {
				return
			}
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// scanTree collects the dates that the markup of the page declares.
func (s *search) scanTree(doc *html.Node) {
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				s.scanJSONLD(text(n, 1<<20))
			}
			return false
		case atom.Style, atom.Noscript, atom.Template, atom.Svg:
			return false
		case atom.Meta:
			s.scanMeta(n)
			return false
		}
		prop := strings.ToLower(attr(n, "itemprop"))
		class := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
		switch {
		case strings.Contains(prop, "datepublished") || strings.Contains(prop, "datecreated"):
			s.scanElement(rankMarked*100, n)
		case strings.Contains(prop, "datemodified"):
			s.scanElement(rankModified*100+len(modifiedMeta), n)
		case n.DataAtom == atom.Time:
			switch {
			case hasAttr(n, "pubdate") || strings.Contains(class, "publish") || strings.Contains(class, "entry-date") || strings.Contains(class, "post-date"):
				s.scanElement(rankMarked*100+1, n)
			case strings.Contains(class, "update") || strings.Contains(class, "modif"):
				s.scanElement(rankModified*100+len(modifiedMeta), n)
			default:
				s.scanElement(rankTime*100, n)
			}
		case n.DataAtom == atom.Abbr && (strings.Contains(class, "published") || strings.Contains(class, "date")):
			s.scanElement(rankMarked*100+2, n)
		case dateClass(class):
			rank := rankDateClass * 100
			if strings.Contains(class, "update") || strings.Contains(class, "modif") {
				rank = rankModified*100 + len(modifiedMeta) + 1
			}
			s.scanElement(rank, n)
		}
		return true
	})
}

// dateClass reports whether a class or id names a date holder.
func dateClass(class string) bool {
	if strings.Contains(class, "comment") {
		return false
	}
	for _, w := range []string{"date", "time", "publish", "posted", "byline", "datum", "дата"} {
		if strings.Contains(class, w) {
			return true
		}
	}
	return false
}

func (s *search) scanMeta(n *html.Node) {
	content := attr(n, "content")
	if content == "" {
		content = attr(n, "datetime")
	}
	if content == "" {
		return
	}
	best := -1
	for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
		if r, ok := metaRank[strings.ToLower(strings.TrimSpace(attr(n, key)))]; ok && (best < 0 || r < best) {
			best = r
		}
	}
	if best >= 0 {
		s.addMachine(best, content)
	}
}

// maxElementText is the longest element text read as a date: more is a
// paragraph that mentions one.
const maxElementText = 160

// scanElement reads the date of an element from its attributes, or from
// its text when that is short.
func (s *search) scanElement(rank int, n *html.Node) {
	for _, key := range []string{"datetime", "content", "title", "data-datetime", "data-date"} {
		if v := attr(n, key); v != "" && s.addMachine(rank, v) {
			return
		}
	}
	t := strings.TrimSpace(text(n, maxElementText+1))
	if t == "" || len(t) > maxElementText {
		return
	}
	for _, st := range parseText(t, 1) {
		s.add(rank, st, t)
	}
}

// ldKeys are the JSON-LD fields read, with their ranks.
var ldKeys = []struct {
	key              string
	article, generic int
}{
	{"datePublished", rankArticlePublished * 100, rankLDPublished * 100},
	{"dateCreated", rankLDPublished*100 + 1, rankLDPublished*100 + 2},
	{"uploadDate", rankLDPublished*100 + 3, rankLDPublished*100 + 3},
	{"dateModified", rankModified * 100, rankModified*100 + 1},
}

// scanJSONLD reads the dates of a JSON-LD block; a block that is not valid
// JSON (trailing commas, stray HTML) is searched for the fields as text.
func (s *search) scanJSONLD(src string) {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		for _, k := range ldKeys {
			if val, ok := jsonStringField(src, k.key); ok {
				s.addMachine(k.generic, val)
			}
		}
		return
	}
	s.scanLDValue(v, 0)
}

func (s *search) scanLDValue(v any, depth int) {
	if depth > 32 {
		return
	}
	switch v := v.(type) {
	case map[string]any:
		article := articleType(v["@type"])
		for _, k := range ldKeys {
			if val, ok := v[k.key].(string); ok {
				rank := k.generic
				if article {
					rank = k.article
				}
				s.addMachine(rank, val)
			}
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys) // the same page gives the same answer
		for _, k := range keys {
			s.scanLDValue(v[k], depth+1)
		}
	case []any:
		for _, c := range v {
			s.scanLDValue(c, depth+1)
		}
	}
}

// articleType reports whether a JSON-LD @type names a kind of article.
func articleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Report" || t == "LiveBlogPosting"
	case []any:
		for _, e := range t {
			if articleType(e) {
				return true
			}
		}
	}
	return false
}

// jsonStringField finds "key": "value" in broken JSON.
func jsonStringField(src, key string) (string, bool) {
	i := strings.Index(src, `"`+key+`"`)
	if i < 0 {
		return "", false
	}
	rest := strings.TrimLeft(src[i+len(key)+2:], " \t\r\n")
	if !strings.HasPrefix(rest, ":") {
		return "", false
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if !strings.HasPrefix(rest, `"`) {
		return "", false
	}
	rest = rest[1:]
	j := strings.IndexByte(rest, '"')
	if j < 0 || j > maxMachine {
		return "", false
	}
	return rest[:j], true
}

// scanURL finds YYYY/MM/DD, YYYY-MM-DD (also with _ or .) or YYYYMMDD in
// the path and query of the page's address.
func (s *search) scanURL(raw string) {
	if raw == "" {
		return
	}
	path := raw
	if u, err := url.Parse(raw); err == nil {
		path = u.EscapedPath() + "?" + u.RawQuery
	}
	for i := 0; i < len(path); i++ {
		if !isDigit(path[i]) || i > 0 && isDigit(path[i-1]) {
			continue
		}
		if st, ok := urlDate(path[i:]); ok && !st.t.Before(s.min) && !st.t.After(s.max) {
			s.add(rankURL*100, st, raw)
			return
		}
	}
}

// urlDate reads a date at the start of p, which starts a run of digits.
func urlDate(p string) (stamp, bool) {
	sc := scanner{s: p}
	year, ok := sc.digits(4, 4)
	if !ok {
		return stamp{}, false
	}
	var month, day int
	if sc.peekDigit() {
		if month, ok = sc.digits(2, 2); !ok {
			return stamp{}, false
		}
		if day, ok = sc.digits(2, 2); !ok || sc.peekDigit() {
			return stamp{}, false
		}
	} else {
		sep := sc.peek()
		if sep != '/' && sep != '-' && sep != '_' && sep != '.' {
			return stamp{}, false
		}
		sc.i++
		if month, ok = sc.digits(1, 2); !ok || sc.peek() != sep {
			return stamp{}, false
		}
		sc.i++
		if day, ok = sc.digits(1, 2); !ok || sc.peekDigit() {
			return stamp{}, false
		}
	}
	t, ok := makeTime(year, month, day, [4]int{}, time.UTC)
	return stamp{t: t}, ok
}

// maxText is how much of the page's text the extensive search reads.
const maxText = 256 << 10

// scanText finds the first date written in the main text of the page:
// the <article> or <main> element when there is one, else the <body>,
// leaving out navigation, asides, footers and comments.
func (s *search) scanText(doc *html.Node) {
	root := doc
	walk(doc, func(n *html.Node) bool {
		if root == doc && n.Type == html.ElementNode && (n.DataAtom == atom.Article || n.DataAtom == atom.Main) {
			root = n
		}
		return root == doc
	})
	var b strings.Builder
	walk(root, func(n *html.Node) bool {
		if b.Len() > maxText {
			return false
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte('\n')
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Select:
				return false
			}
			if c := strings.ToLower(attr(n, "class") + " " + attr(n, "id")); strings.Contains(c, "comment") || strings.Contains(c, "related") || strings.Contains(c, "sidebar") {
				return false
			}
		}
		return true
	})
	for _, st := range parseText(b.String(), 64) {
		if !st.t.Before(s.min) && !st.t.After(s.max) {
			s.add(rankText*100, st, st.t.Format(time.DateOnly))
			return
		}
	}
}

// text is the text under n, cut after about limit bytes.
func text(n *html.Node, limit int) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if b.Len() >= limit {
			return false
		}
		if c.Type == html.TextNode {
			d := c.Data
			if len(d) > limit-b.Len() {
				d = d[:limit-b.Len()]
			}
			b.WriteString(d)
			return false
		}
		return c == n || c.Type == html.ElementNode && c.DataAtom != atom.Script && c.DataAtom != atom.Style
	})
	return b.String()
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
