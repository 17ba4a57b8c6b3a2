// Package ingest turns the arguments of `vistka ingest` into documents:
// plain-text files, folders of them, saved HTML pages, JSON Lines files,
// web pages, and RSS/Atom feeds whose every item is fetched and read.
//
// An Ingester resolves each argument (see Ingester.Run for what an argument
// may be), fetches pages a few at a time, and hands every document, in the
// order of the arguments, to a Sink: the store, with the extraction
// pipeline in front of it, as wired by cmd/vistka. A source that fails (a
// file that cannot be read, a page that does not answer, a bad JSON line)
// is reported in the Summary and skipped; the rest go on.
//
// With Follow set, the feeds among the arguments are polled again every
// Every until the context is cancelled; a State remembers which items were
// ingested so that each poll fetches only new ones.
//
// TextHash is the duplicate key: two documents whose texts differ only in
// whitespace, Unicode normalisation form or the apostrophe used are the
// same document.
package ingest
