// Package htmldate finds the publication date of a web page. It is
// vistka's own small stand-in for github.com/markusmobius/go-htmldate:
// vistka's go.mod replaces that module with this one, so that
// go-trafilatura compiles against the same API (Options, Result,
// FromDocument) without linking go-dateparser, whose package
// initialisation cost every start of the vistka binary about a quarter of
// a second and 78 MB.
//
// The clues, best first: the JSON-LD datePublished of the article, the
// <meta> tags that name a publication time (article:published_time,
// datePublished, dc.date, pubdate, …), elements marked as the publication
// date (<time itemprop="datePublished">, <time pubdate>,
// <abbr class="published">), a date in the page's URL (/2023/02/28/,
// /2023-02-28/, 20230228), any other <time datetime>, the text of elements
// whose class or id says they hold a date, and, unless
// Options.SkipExtensiveSearch is set, the first date written out in the
// page's main text ("28 лютого 2023", "28.02.2023", "February 28, 2023").
// Dates of modification are used when nothing else is found, or first
// when Options.UseOriginalDate is false.
package htmldate
