package vistka

import (
	"strings"
	"time"
)

// Document is one article: its text, what is known of where it came from,
// and what the engine extracted from it.
type Document struct {
	ID        int64     `json:"id"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Author    string    `json:"author,omitempty"`
	Site      string    `json:"site,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Language  string    `json:"language,omitempty"`
	Text      string    `json:"text"`
	// Hash identifies the text after whitespace normalisation; equal hashes
	// are duplicates.
	Hash       string      `json:"hash,omitempty"`
	Extraction *Extraction `json:"extraction,omitempty"`
}

// Extraction is everything the engine reads out of one document. Its JSON
// form is the contract of `vistka extract --format json` and of the HTTP
// API; fields are only ever added. All offsets are Unicode code points into
// the document text.
type Extraction struct {
	Language  string   `json:"language"`
	Published string   `json:"published,omitempty"` // YYYY-MM-DD the dates were resolved against
	Source    Source   `json:"source"`
	Spans     []Span   `json:"spans"`
	Entities  []Entity `json:"entities"`
	Quotes    []Quote  `json:"quotes"`
	Amounts   []Amount `json:"amounts"`
	Dates     []Date   `json:"dates"`
	Events    []Event  `json:"events"`
}

// Span is one named-entity span of one of the 13 NER-UK types.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"` // PERS LOC ORG JOB DATE TIME PERIOD MON PCT QUANT ART DOC MISC
	Text  string `json:"text"`
	Lemma string `json:"lemma"` // base form (nominative) for PERS LOC ORG MISC JOB; the text otherwise
}

// Source is who published the article, whom it cites, and whose photos
// and videos it carries.
type Source struct {
	Publisher string   `json:"publisher,omitempty"`
	Via       []string `json:"via"`
	Photo     []string `json:"photo"`
	Video     []string `json:"video,omitempty"`
	// Evidence points at the text each element was read from.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Evidence ties a value to the text it was read from.
type Evidence struct {
	Role  string `json:"role"` // publisher | via | photo | video
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity is one person, place, organisation, … within a document: all its
// mentions merged.
type Entity struct {
	ID       string    `json:"id"` // E1, E2, … within the document
	Type     string    `json:"type"`
	Name     string    `json:"name"` // the fullest base form
	Aliases  []string  `json:"aliases,omitempty"`
	Titles   []string  `json:"titles"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place in the text that refers to an entity.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Lemma string `json:"lemma"`
	// Kind is "name" for a NER span, "title" for a role phrase such as
	// "державний секретар США", "pronoun" for він/вона/….
	Kind string `json:"kind,omitempty"`
}

// Quote is direct or indirect speech with its speaker.
type Quote struct {
	Speaker string `json:"speaker"` // an entity id, or the phrase when no entity fits; "" when unknown
	// SpeakerText is the text of the attribution's subject as written.
	SpeakerText string `json:"speaker_text,omitempty"`
	Direct      bool   `json:"direct"`
	Cue         string `json:"cue"` // lemma of the speech verb or phrase: сказати, зазначити, за словами
	Text        string `json:"text"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	// Parts are the pieces of the text when an aside of attribution cuts
	// the quote ("Уряд, як повідомляє Reuters, не підтримає …"): Text is
	// their text joined by a space, without the aside, while Start and End
	// cover the whole, aside included. Nil when the quote is one piece,
	// and Text is the text from Start to End.
	Parts []Range `json:"parts,omitempty"`
}

// Pieces returns the spans q's text is read from: its parts, or its whole
// span when it is one piece.
func (q Quote) Pieces() []Range {
	if len(q.Parts) > 0 {
		return q.Parts
	}
	return []Range{{Start: q.Start, End: q.End}}
}

// TextIn returns what q's pieces point at in text, joined by a space as
// Text joins them; "" when a piece lies outside text or outside q's span.
func (q Quote) TextIn(text []rune) string {
	var b strings.Builder
	for k, p := range q.Pieces() {
		if p.Start < q.Start || p.End > q.End || p.Start > p.End || p.End > len(text) || p.Start < 0 {
			return ""
		}
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(string(text[p.Start:p.End]))
	}
	return b.String()
}

// Bounds of an amount.
const (
	BoundExact    = ""
	BoundMoreThan = "more_than"
	BoundLessThan = "less_than"
	BoundAbout    = "about"
	BoundUpTo     = "up_to"
	BoundRange    = "range"
)

// Amount is a number with its unit, normalised.
type Amount struct {
	Text  string   `json:"text"`
	Start int      `json:"start"`
	End   int      `json:"end"`
	Value *float64 `json:"value"` // null when the text cannot be read with certainty
	// Max is the upper end of a range (1,5-2 млрд → Value 1.5e9, Max 2e9).
	Max   *float64 `json:"max,omitempty"`
	Unit  string   `json:"unit,omitempty"` // ISO 4217 currency (USD, UAH, EUR), "%" for percent, or a unit lemma
	Bound string   `json:"bound,omitempty"`
}

// Date is a date expression resolved to a calendar date.
type Date struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Value is YYYY-MM-DD, YYYY-MM or YYYY; null when it cannot be resolved
	// (an impossible date such as 31 лютого, or a relative date with no
	// publication date to resolve it against).
	Value *string `json:"value"`
	// Relative is true for expressions such as "у вівторок", "вчора".
	Relative bool `json:"relative,omitempty"`
	// Granularity is day, week, month or year.
	Granularity string `json:"granularity,omitempty"`
}

// Event is one PLOVER event with its arguments and the sentence it is
// read from.
type Event struct {
	Type       string   `json:"type"`           // PLOVER: AGREE CONSULT SUPPORT …
	Mode       string   `json:"mode,omitempty"` // e.g. visit, meet, phone, multilateral, third-party for CONSULT
	Trigger    string   `json:"trigger,omitempty"`
	Actors     []string `json:"actors"`
	Recipients []string `json:"recipients"`
	Place      string   `json:"place,omitempty"`
	Date       string   `json:"date,omitempty"`
	Aux        []string `json:"aux"` // future, negation, hypothetical
	Sentence   Range    `json:"sentence"`
	// TriggerSpan points at the trigger word(s).
	TriggerSpan *Range `json:"trigger_span,omitempty"`
}

// Range is a pair of code-point offsets.
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}
