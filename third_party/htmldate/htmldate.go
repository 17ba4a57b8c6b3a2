package htmldate

import (
	"errors"
	"fmt"
	"io"
	"time"

	"golang.org/x/net/html"
)

// Options says which date FromDocument looks for and where.
type Options struct {
	// UseOriginalDate asks for the date the page was first published;
	// without it a date of modification, when the page gives one, wins.
	UseOriginalDate bool

	// URL is the address of the page; a date in its path is one of the
	// clues.
	URL string

	// MinDate and MaxDate bound the dates accepted. A zero MinDate means
	// 1995-01-01, a zero MaxDate one day from now.
	MinDate time.Time
	MaxDate time.Time

	// SkipExtensiveSearch leaves out the last resort: a scan of the
	// page's main text for a date written out in words or digits.
	SkipExtensiveSearch bool
}

// Result is the date FromDocument found.
type Result struct {
	// DateTime is the date, with the time of day when the page gives
	// one. A time without a zone is in UTC and HasTimezone is false.
	DateTime time.Time

	// HasTime reports whether the page gave a time of day.
	HasTime bool

	// HasTimezone reports whether the page gave the zone of the time.
	HasTimezone bool

	// SrcString is the text the date was read from.
	SrcString string
}

// IsZero reports whether no date was found.
func (r Result) IsZero() bool { return r.DateTime.IsZero() }

// Format formats DateTime with layout (see time.Time.Format).
func (r Result) Format(layout string) string { return r.DateTime.Format(layout) }

// FromReader parses the HTML page r and returns its publication date, as
// FromDocument does.
func FromReader(r io.Reader, opts Options) (Result, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return Result{}, fmt.Errorf("htmldate: parse page: %w", err)
	}
	return FromDocument(doc, opts)
}

// FromDocument returns the publication date of the parsed page doc. A page
// without a date in the accepted range gives a zero Result and no error;
// the error is for a nil doc.
func FromDocument(doc *html.Node, opts Options) (Result, error) {
	if doc == nil {
		return Result{}, errors.New("htmldate: nil document")
	}
	s := newSearch(opts)
	s.scanTree(doc)
	s.scanURL(opts.URL)
	if len(s.found) == 0 && !opts.SkipExtensiveSearch {
		s.scanText(doc)
	}
	return s.best(), nil
}
