package sqlite

import "github.com/vistka/vistka/internal/storeindex"

// What both stores do alike without the database lives in
// internal/storeindex; these are its names here.
type (
	memo  = storeindex.Memo
	fresh = storeindex.Fresh
)

const (
	maxTerm     = storeindex.MaxTerm
	relatedDocs = storeindex.RelatedDocs
)

var (
	plainLemmatize = storeindex.PlainLemmatize
	queryTerms     = storeindex.QueryTerms
	queryPrefixes  = storeindex.QueryPrefixes
	prefixEnd      = storeindex.PrefixEnd
	hits           = storeindex.Hits
	snippet        = storeindex.Snippet
	nameWords      = storeindex.NameWords
	eventTime      = storeindex.EventTime
	page           = storeindex.Page
	checkRange     = storeindex.CheckRange
	checkOrder     = storeindex.CheckOrder
	prepare        = storeindex.Prepare
	publisher      = storeindex.Publisher
	lookups        = storeindex.Lookups
	newMemo        = storeindex.NewMemo
	link           = storeindex.Link
	entityAliases  = storeindex.Aliases
	extractionJSON = storeindex.ExtractionJSON
	stringsJSON    = storeindex.StringsJSON
)

func nonNil[T any](s []T) []T { return storeindex.NonNil(s) }
