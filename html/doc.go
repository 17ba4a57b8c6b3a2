// Package html reads news pages: it decodes the page to UTF-8 (UTF-8,
// windows-1251, KOI8-U and whatever else the page or the server declares),
// finds the article's main text with go-trafilatura, and returns it as a
// vistka.Document with the title, author, publication time, site name and
// language it could find. The publication time comes from htmldate,
// vistka's own small finder in third_party/htmldate that stands in for
// go-htmldate (see go.mod); a time the page gives without a zone is Kyiv
// time.
//
// The text keeps one paragraph, heading or list item a line; whitespace
// inside a line is collapsed to single spaces, and soft hyphens and
// zero-width characters are dropped. Everything downstream (tokenizer,
// extraction, store) sees only that text.
//
// Decode and DecodeText turn bytes in an unknown legacy encoding into UTF-8
// and are shared with package feed and package ingest, which read feeds and
// plain-text files from the same old servers.
package html
