// Package vistka holds the domain types of the vistka news-understanding
// engine and the interfaces between its parts.
//
// The text core (package tokenize, morph, tag) turns raw text into
// sentences of tokens with lemmas and VESUM tags; the extraction packages
// (ner, quote, source, amount, date, event) fill an Extraction for one
// Document; the store packages (sqlite, postgres) implement Store; http
// serves it. Nothing in this package depends on any of them.
//
// Offsets: a Token carries byte offsets (Start, End) into the original text
// and code-point offsets (RStart, REnd). Everything in an Extraction — the
// contract that the CLI and the HTTP API print — is in code points.
package vistka
