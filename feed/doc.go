// Package feed reads RSS, Atom and JSON feeds with gofeed and turns them
// into the list of articles they announce: each item's address, title,
// publication time, summary and, when the feed carries it, the full text.
//
// Feeds are decoded to UTF-8 first, from whatever their XML declaration,
// the server or the bytes themselves say (windows-1251 and KOI8-U are still
// common on Ukrainian regional sites), because gofeed would read a KOI8-R
// label as Russian KOI8 and lose і, ї, є and ґ. Summaries and contents are
// returned as plain text, one paragraph a line (see html.Text).
//
// Package ingest fetches every item's page and falls back to the item's
// content when the page cannot be had.
package feed
