package htmldate_test

import (
	"strings"
	"testing"
	"time"

	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

func parse(t testing.TB, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestFromDocument(t *testing.T) {
	original := htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true}
	latest := htmldate.Options{SkipExtensiveSearch: true}
	extensive := htmldate.Options{UseOriginalDate: true}
	withURL := func(o htmldate.Options, u string) htmldate.Options { o.URL = u; return o }
	for _, tc := range []struct {
		name     string
		page     string
		opts     htmldate.Options
		want     string // RFC 3339, a date alone when no time, "" for none
		wantZone bool
	}{
		{"og published_time", `<meta property="article:published_time" content="2023-02-28T10:42:00+02:00">`,
			original, "2023-02-28T10:42:00+02:00", true},
		{"meta date, date only", `<meta name="date" content="2023-02-28">`,
			original, "2023-02-28", false},
		{"meta dc.date, no zone", `<meta name="DC.date" content="2023-02-28 10:42:05">`,
			original, "2023-02-28T10:42:05Z", false},
		{"meta itemprop", `<meta itemprop="datePublished" content="2023-02-28T08:42:00Z">`,
			original, "2023-02-28T08:42:00Z", true},
		{"meta RFC 1123", `<meta name="pubdate" content="Tue, 28 Feb 2023 10:42:00 +0200">`,
			original, "2023-02-28T10:42:00+02:00", true},
		{"meta sailthru.date", `<meta name="sailthru.date" content="2023-02-28T10:42:00.123+0200">`,
			original, "2023-02-28T10:42:00.123+02:00", true},
		{"meta compact", `<meta name="parsely-pub-date" content="20230228">`,
			original, "2023-02-28", false},
		{"meta best name wins over order",
			`<meta name="date" content="2023-01-01"><meta property="article:published_time" content="2023-02-28T10:42:00+02:00">`,
			original, "2023-02-28T10:42:00+02:00", true},
		{"JSON-LD article",
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2023-02-28T10:42:00+02:00","dateModified":"2023-03-01T09:00:00+02:00"}</script>`,
			original, "2023-02-28T10:42:00+02:00", true},
		{"JSON-LD modified when latest asked",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-28T10:42:00+02:00","dateModified":"2023-03-01T09:00:00+02:00"}</script>`,
			latest, "2023-03-01T09:00:00+02:00", true},
		{"JSON-LD graph prefers the article",
			`<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-05-05T00:00:00Z"},{"@type":["Article"],"datePublished":"2023-02-28T10:42:00+02:00"}]}</script>`,
			original, "2023-02-28T10:42:00+02:00", true},
		{"JSON-LD broken",
			`<script type="application/ld+json">{"@type":"NewsArticle", "datePublished" : "2023-02-28T10:42:00+02:00",}</script>`,
			original, "2023-02-28T10:42:00+02:00", true},
		{"modified meta only, original asked", `<meta property="article:modified_time" content="2023-03-01T09:00:00+02:00">`,
			original, "2023-03-01T09:00:00+02:00", true},
		{"published before modified", `<meta property="article:modified_time" content="2023-03-01T09:00:00+02:00"><meta name="pubdate" content="2023-02-28T10:42:00+02:00">`,
			original, "2023-02-28T10:42:00+02:00", true},
		{"modified before published when latest asked", `<meta property="article:modified_time" content="2023-03-01T09:00:00+02:00"><meta name="pubdate" content="2023-02-28T10:42:00+02:00">`,
			latest, "2023-03-01T09:00:00+02:00", true},
		{"time itemprop", `<p>Оновлено <time datetime="2023-03-05">5 березня</time></p><time itemprop="datePublished" datetime="2023-02-28T10:42+02:00">28 лютого</time>`,
			original, "2023-02-28T10:42:00+02:00", true},
		{"time pubdate", `<article><time pubdate datetime="2023-02-28T10:42:00+02:00"></time></article>`,
			original, "2023-02-28T10:42:00+02:00", true},
		{"time text", `<time>28.02.2023 10:42</time>`,
			original, "2023-02-28T10:42:00Z", false},
		{"abbr published", `<abbr class="published" title="2023-02-28T10:42:00+02:00">28 лютого</abbr>`,
			original, "2023-02-28T10:42:00+02:00", true},
		{"date class, Ukrainian", `<div class="post-date">10:42, 28 лютого 2023</div>`,
			original, "2023-02-28T10:42:00Z", false},
		{"date class, Russian", `<span class="date">28 февраля 2023 г. в 10:42</span>`,
			original, "2023-02-28T10:42:00Z", false},
		{"date class, English", `<span class="byline">By A. Writer, February 28, 2023 3:05 PM</span>`,
			original, "2023-02-28T15:05:00Z", false},
		{"date class too long", `<div class="date">` + strings.Repeat("слово ", 40) + `28.02.2023</div>`,
			original, "", false},
		{"URL slashes", `<p>текст</p>`,
			withURL(original, "https://www.ukrinform.ua/rubric-polytics/2023/02/28/blinken.html"), "2023-02-28", false},
		{"URL dashes", `<p>текст</p>`,
			withURL(original, "https://example.ua/news/2023-02-28-blinken"), "2023-02-28", false},
		{"URL compact", `<p>текст</p>`,
			withURL(original, "https://example.ua/news/20230228_blinken"), "2023-02-28", false},
		{"URL digits that are no date", `<p>текст</p>`,
			withURL(original, "https://example.ua/news/3612345-blinken"), "", false},
		{"URL date gets the time of the same day", `<time datetime="2023-02-28T10:42">28 лютого</time><time datetime="2023-02-27T09:00">27 лютого</time>`,
			withURL(original, "https://example.ua/2023/02/28/x"), "2023-02-28T10:42:00Z", false},
		{"date only gets time from same day", `<meta name="date" content="2023-02-28"><span class="date">28.02.2023, 10:42</span>`,
			original, "2023-02-28T10:42:00Z", false},
		{"too early", `<meta name="date" content="1970-01-01T00:00:00Z">`,
			original, "", false},
		{"too late", `<meta name="date" content="2999-01-01T00:00:00Z">`,
			original, "", false},
		{"impossible day", `<meta name="date" content="2023-02-30">`,
			original, "", false},
		{"custom MinDate", `<meta name="date" content="2005-02-28">`,
			htmldate.Options{UseOriginalDate: true, MinDate: time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)}, "", false},
		{"extensive search", `<body><nav>1 січня 2023</nav><article><h1>Заголовок</h1><p>Опубліковано 28.02.2023 о 10:42. Текст новини.</p></article></body>`,
			extensive, "2023-02-28T10:42:00Z", false},
		{"extensive search, English", `<p>Posted on Feb. 28th, 2023 by the editor</p>`,
			extensive, "2023-02-28", false},
		{"extensive search skipped", `<p>Опубліковано 28.02.2023 о 10:42.</p>`,
			original, "", false},
		{"nothing", `<html><body><p>Привіт</p></body></html>`,
			extensive, "", false},
		{"empty", ``, extensive, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := htmldate.FromDocument(parse(t, tc.page), tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			switch {
			case r.IsZero():
			case r.HasTime:
				got = r.Format(time.RFC3339Nano)
			default:
				got = r.Format(time.DateOnly)
			}
			if got != tc.want {
				t.Fatalf("date = %q (from %q), want %q", got, r.SrcString, tc.want)
			}
			if r.HasTimezone != tc.wantZone {
				t.Errorf("HasTimezone = %v, want %v", r.HasTimezone, tc.wantZone)
			}
			if !r.IsZero() && r.SrcString == "" {
				t.Errorf("SrcString is empty")
			}
		})
	}
}

func TestFromDocumentNil(t *testing.T) {
	if _, err := htmldate.FromDocument(nil, htmldate.Options{}); err == nil {
		t.Fatal("FromDocument(nil) gave no error")
	}
}

func TestFromReader(t *testing.T) {
	r, err := htmldate.FromReader(strings.NewReader(`<meta name="date" content="2023-02-28">`), htmldate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Format(time.DateOnly); got != "2023-02-28" {
		t.Errorf("date = %s, want 2023-02-28", got)
	}
}

func FuzzFromDocument(f *testing.F) {
	f.Add(`<meta property="article:published_time" content="2023-02-28T10:42:00+02:00">`, "")
	f.Add(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-02-28"}]}</script>`, "")
	f.Add(`<time datetime="2023-02-28T10:42:00.5−02:30">x</time><span class=date>10:42, 28 лютого 2023 року</span>`, "https://e.ua/2023/02/28/x")
	f.Add(`<abbr class=published title="Tue, 28 Feb 2023 10:42:00 GMT+2">`, "20230228")
	f.Add(`<p>February 28th, 2023 at 12:05 am UTC+03:00; 28.02.2023; 2023/2/28; 12:00 28 февраля 2023</p>`, "/2023_02_28")
	f.Add(strings.Repeat("<div class=date>", 300)+"28.02.2023", "?d=2023.02.28")
	f.Fuzz(func(t *testing.T, page, u string) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		for _, opts := range []htmldate.Options{
			{URL: u},
			{URL: u, UseOriginalDate: true, SkipExtensiveSearch: true},
		} {
			r, err := htmldate.FromDocument(doc, opts)
			if err != nil {
				t.Fatal(err)
			}
			if r.IsZero() {
				continue
			}
			if y := r.DateTime.Year(); y < 1994 || r.DateTime.After(time.Now().Add(25*time.Hour)) {
				t.Fatalf("date %v out of the default range", r.DateTime)
			}
			again, _ := htmldate.FromDocument(doc, opts)
			if !again.DateTime.Equal(r.DateTime) || again.SrcString != r.SrcString {
				t.Fatalf("two runs differ: %v, %v", r, again)
			}
		}
	})
}
