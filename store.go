package vistka

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"
)

// Store keeps documents with what was extracted from them and answers the
// questions of the HTTP API. Package sqlite and package postgres implement
// it with the same behaviour; package storetest checks that they do.
//
// Entities are global: the same person named in two articles is one stored
// entity with one id. A document's entity ids (E1, E2, …) are only
// meaningful inside its Extraction; StoredDocument.EntityIDs maps them to
// the global ids.
//
// Search is lemma-aware, but a store does not lemmatise: it indexes the
// lemmas the caller gives with each document, and reads query text with
// the Lemmatizer it was opened with (sqlite.Open, postgres.Open). Both
// should come from the same morphology so that "Блінкена" in a query finds
// "Блінкеном" in a text. Snippets are cut from the original text: the
// store keeps the offsets of every lemma.
//
// Errors carry codes: EINVALID for bad input, ENOTFOUND for an unknown id.
// Every method respects ctx.
type Store interface {
	// Put stores doc and its extraction in one transaction, sets doc.ID
	// (and doc.Hash when it was empty), and returns the id. words are the
	// tokens of doc.Text with their lemmas and code-point offsets, as the
	// pipeline made them; nil means the store reads doc.Text with its own
	// Lemmatizer. Punctuation tokens are ignored.
	//
	// A document whose URL or whose Hash (TextHash of the text when Hash
	// is empty) is already stored is a duplicate: Put stores nothing and
	// returns the stored document's id with duplicate true. Put is
	// therefore idempotent.
	Put(ctx context.Context, doc *Document, words []Token) (id int64, duplicate bool, err error)

	// Document returns a stored document with its extraction.
	Document(ctx context.Context, id int64) (*StoredDocument, error)

	// Search finds documents whose lemmas contain every lemma of q.Text
	// and that pass q's filters.
	Search(ctx context.Context, q SearchQuery) (*SearchResult, error)

	// Entities lists entities whose names have a word that starts with
	// each word of q.Name, most documents first.
	Entities(ctx context.Context, q EntityQuery) ([]EntitySummary, error)

	// Entity returns everything known of one entity.
	Entity(ctx context.Context, id int64) (*EntityDetail, error)

	// Events lists events, latest first.
	Events(ctx context.Context, q EventQuery) ([]EventRecord, error)

	// Close releases the store's connections.
	Close() error
}

// A Batcher is a Store that can put many documents in one transaction.
// A transaction of its own for every document costs SQLite a write of
// every page the document touched, which is most of the work of a Put;
// a batch writes each page once. What a batch holds is lost when the
// process dies before Commit, and only then: a crash loses at most the
// documents of the open batch, and leaves the store consistent.
type Batcher interface {
	Store
	// Begin opens a batch. While it is open, the store's other writers
	// wait.
	Begin(ctx context.Context) (Batch, error)
}

// Batch is an open write transaction of a Batcher.
type Batch interface {
	// Put is Store.Put within the batch: the id it returns is final once
	// the batch is committed, and other readers see the document only
	// then. A Put that fails leaves the batch as it was.
	Put(ctx context.Context, doc *Document, words []Token) (id int64, duplicate bool, err error)
	// Commit makes the documents of the batch durable and ends it.
	Commit() error
	// Rollback forgets the documents of the batch and ends it; after
	// Commit it does nothing.
	Rollback() error
}

// Lemmatizer splits text into tokens and fills each token's Lemma and its
// code-point offsets RStart, REnd. A store uses it to read query text, and
// the text of a document that comes without its words.
type Lemmatizer func(text string) []Token

// TextHash is the Hash of a text: the SHA-256, in hex, of its words joined
// by single spaces, so that texts that differ only in whitespace are
// duplicates.
func TextHash(text string) string {
	h := sha256.New()
	for i, w := range strings.Fields(text) {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(w))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Search orders.
const (
	OrderDate      = "date"      // newest first (the default)
	OrderRelevance = "relevance" // best match first; ties newest first
)

// Limits of a page of results.
const (
	DefaultLimit = 20
	MaxLimit     = 1000
)

// SearchQuery is a full-text search with filters. Zero fields do not
// filter.
type SearchQuery struct {
	// Text is the query as typed; the store lemmatises it and finds
	// documents that hold every lemma. It is only words: quotes,
	// operators and wildcards are ignored. Empty: every document that
	// passes the filters.
	Text      string
	Entity    int64  // documents that mention this entity (a global id)
	EventType string // documents with an event of this PLOVER type
	// From and To bound the publication time: From <= published < To.
	// Documents without a publication time fail any bound.
	From, To  time.Time
	Publisher string // the source's publisher, ignoring case
	Order     string // OrderDate or OrderRelevance; "" is OrderDate
	Limit     int    // 0 is DefaultLimit; at most MaxLimit
	Offset    int
}

// SearchResult is one page of search results and how many there are in
// all.
type SearchResult struct {
	Results []SearchHit `json:"results"`
	Total   int         `json:"total"`
}

// SearchHit is one found document.
type SearchHit struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	Published time.Time `json:"published,omitzero"`
	// Snippet is a stretch of the original text around the first place
	// that matches the query (the start of the text when there is no
	// query text).
	Snippet string `json:"snippet"`
	// Highlights are the matched words within Snippet, in code points.
	Highlights []Range `json:"highlights,omitempty"`
}

// StoredDocument is a document as the store gives it back.
type StoredDocument struct {
	Document
	// EntityIDs maps the ids of the extraction's entities (E1, E2, …) to
	// global entity ids.
	EntityIDs map[string]int64 `json:"entity_ids"`
}

// EntityQuery looks entities up by name.
type EntityQuery struct {
	// Name is lemmatised like search text; an entity matches when each
	// lemma — or each word as typed — starts a word of its name, of one of
	// its aliases or of one of its mentions, ignoring case: "Блінк" and
	// "Блінкена" find Ентоні Блінкен. Empty: every entity.
	Name   string
	Type   string // PERS, LOC, ORG, …; empty: any
	Limit  int    // 0 is DefaultLimit; at most MaxLimit
	Offset int
}

// EntitySummary is one entity in a list.
type EntitySummary struct {
	ID        int64  `json:"id"`
	Type      string `json:"type"`
	Name      string `json:"name"`
	Documents int    `json:"documents"` // how many documents mention it
	Mentions  int    `json:"mentions"`  // how many times, in all
}

// EntityDetail is one entity with what the documents say of it. Lists are
// capped: the latest DefaultLimit documents, quotes and events, the
// DefaultLimit most related entities.
type EntityDetail struct {
	ID      int64    `json:"id"`
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	// Titles are the role phrases given to it (державний секретар США),
	// most frequent first.
	Titles    []string      `json:"titles"`
	Documents []DocumentRef `json:"documents"`
	Quotes    []QuoteRecord `json:"quotes"` // what it said
	Events    []EventRecord `json:"events"` // where it is an actor, a recipient or the place
	Related   []Related     `json:"related"`
}

// DocumentRef names a document.
type DocumentRef struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

// EntityRef names an entity. ID is 0 for a phrase that is no stored
// entity (an event actor or a speaker that the extraction did not link).
type EntityRef struct {
	ID   int64  `json:"id,omitempty"`
	Type string `json:"type,omitempty"`
	Name string `json:"name"`
}

// Related is an entity named in the same documents as another.
type Related struct {
	ID    int64  `json:"id"`
	Type  string `json:"type"`
	Name  string `json:"name"`
	Count int    `json:"count"` // documents that name both
	// Met counts the CONSULT events (meetings, visits, calls) that have
	// both among their actors and recipients. Related lists entities that
	// met first.
	Met int `json:"met,omitempty"`
}

// QuoteRecord is a stored quote.
type QuoteRecord struct {
	Document  int64      `json:"document"`
	Published time.Time  `json:"published,omitzero"`
	Speaker   *EntityRef `json:"speaker,omitempty"` // nil when unknown
	Direct    bool       `json:"direct"`
	Cue       string     `json:"cue"`
	Text      string     `json:"text"`
	Start     int        `json:"start"`
	End       int        `json:"end"`
}

// EventQuery selects events. Zero fields do not filter.
type EventQuery struct {
	Type   string // PLOVER type
	Entity int64  // an actor, a recipient or the place
	// From and To bound the event's time: its resolved Date when it has
	// one, else its document's publication time. From <= time < To.
	From, To time.Time
	Limit    int // 0 is DefaultLimit; at most MaxLimit
	Offset   int
}

// EventRecord is a stored event with its arguments resolved to global
// entities.
type EventRecord struct {
	ID         int64       `json:"id"`
	Document   int64       `json:"document"`
	Type       string      `json:"type"`
	Mode       string      `json:"mode,omitempty"`
	Trigger    string      `json:"trigger,omitempty"`
	Actors     []EntityRef `json:"actors"`
	Recipients []EntityRef `json:"recipients"`
	Place      *EntityRef  `json:"place,omitempty"`
	Date       string      `json:"date,omitempty"` // as extracted: YYYY-MM-DD, YYYY-MM or YYYY
	// Time is Date as a time, or the document's publication time when
	// the event has no date; zero when neither is known.
	Time     time.Time `json:"time,omitzero"`
	Aux      []string  `json:"aux"`
	Sentence string    `json:"sentence"` // the text of the sentence it was read from
}

// MaxHeadline is the longest title Headline makes, in code points.
const MaxHeadline = 120

// Headline makes a title for a text that came without one, such as a
// plain-text file: its first line when that reads as a headline (at most
// MaxHeadline code points, no full stop at its end); else the line's first
// sentence, without its full stop, when that is short enough; else the
// start of the line, cut between words, with "…". White space is one
// space. It returns "" for a text without letters or digits.
func Headline(text string) string {
	var line string
	for l := range strings.SplitSeq(text, "\n") {
		if line = strings.Join(strings.Fields(l), " "); line != "" {
			break
		}
	}
	if !strings.ContainsFunc(line, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) {
		return ""
	}
	runes := []rune(line)
	stop := func(s []rune) bool {
		return len(s) > 0 && s[len(s)-1] == '.' && (len(s) < 2 || s[len(s)-2] != '.')
	}
	if len(runes) <= MaxHeadline && !stop(runes) {
		return line
	}
	if end := sentenceEnd(runes); end > 0 && end <= MaxHeadline {
		s := runes[:end]
		if stop(s) {
			s = s[:len(s)-1]
		}
		return string(s)
	}
	if len(runes) <= MaxHeadline {
		return string(runes[:len(runes)-1]) // one sentence with its full stop
	}
	cut := MaxHeadline
	for cut > MaxHeadline/2 && runes[cut] != ' ' {
		cut--
	}
	if runes[cut] != ' ' {
		cut = MaxHeadline // one long word
	}
	s := strings.TrimRightFunc(string(runes[:cut]), func(c rune) bool {
		return unicode.IsSpace(c) || unicode.IsPunct(c) && !strings.ContainsRune("»”)\"'", c)
	})
	return s + "…"
}

// sentenceEnd returns the length of the first sentence of a line: up to a
// . ! ? or … before a space and a capital letter, a digit or an opening
// quote, but not the dot of an initial or of a short abbreviation (м.
// Київ, вул. Хрещатик). It returns 0 when the line is one sentence.
func sentenceEnd(r []rune) int {
	for i := 0; i+2 < len(r); i++ {
		switch r[i] {
		case '.', '!', '?', '…':
		default:
			continue
		}
		next := r[i+2]
		if r[i+1] != ' ' || !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("«„“\"", next)) {
			continue
		}
		if r[i] == '.' {
			w := 0 // the letters of the word before the dot
			for j := i - 1; j >= 0 && unicode.IsLetter(r[j]); j-- {
				w++
			}
			if w > 0 && w < 4 {
				continue
			}
		}
		return i + 1
	}
	return 0
}
