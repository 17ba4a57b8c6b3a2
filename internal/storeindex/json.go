package storeindex

import (
	"fmt"
	"math"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/vistka/vistka"
)

// ExtractionJSON is json.Marshal(ext), byte for byte, written without
// reflection. A store keeps every document's extraction as JSON, most of
// it Cyrillic text, which encoding/json reads rune by rune; here the
// two-byte letters pass in one step. TestExtractionJSON holds it to
// json.Marshal over every field of the types, so that a field added to
// them and not here fails the test.
func ExtractionJSON(ext *vistka.Extraction) (string, error) {
	if ext == nil {
		return "null", nil
	}
	buf := jsonBufs.Get().(*[]byte)
	w := jsonWriter{b: (*buf)[:0]}
	w.extraction(ext)
	// A string, which both stores bind: one copy of the buffer.
	out := string(w.b)
	if cap(w.b) <= maxJSONBuf {
		*buf = w.b
		jsonBufs.Put(buf)
	}
	if w.err != nil {
		return "", w.err
	}
	return out, nil
}

// jsonBufs hold the buffers ExtractionJSON writes in, which it then
// copies to one of the size it takes: a buffer grown by doubling would
// waste a third of its size on average.
var jsonBufs = sync.Pool{New: func() any { return new([]byte) }}

// maxJSONBuf is the largest buffer jsonBufs keeps.
const maxJSONBuf = 1 << 20

// jsonWriter appends JSON to b; err is the first value it could not
// write.
type jsonWriter struct {
	b   []byte
	err error
}

func (w *jsonWriter) extraction(x *vistka.Extraction) {
	w.raw(`{"language":`)
	w.str(x.Language)
	if x.Published != "" {
		w.raw(`,"published":`)
		w.str(x.Published)
	}
	w.raw(`,"source":`)
	w.source(&x.Source)
	w.raw(`,"spans":`)
	list(w, x.Spans, (*jsonWriter).span)
	w.raw(`,"entities":`)
	list(w, x.Entities, (*jsonWriter).entity)
	w.raw(`,"quotes":`)
	list(w, x.Quotes, (*jsonWriter).quote)
	w.raw(`,"amounts":`)
	list(w, x.Amounts, (*jsonWriter).amount)
	w.raw(`,"dates":`)
	list(w, x.Dates, (*jsonWriter).date)
	w.raw(`,"events":`)
	list(w, x.Events, (*jsonWriter).event)
	w.raw(`}`)
}

func (w *jsonWriter) source(s *vistka.Source) {
	w.raw(`{`)
	if s.Publisher != "" {
		w.raw(`"publisher":`)
		w.str(s.Publisher)
		w.raw(`,`)
	}
	w.raw(`"via":`)
	w.strs(s.Via)
	w.raw(`,"photo":`)
	w.strs(s.Photo)
	if len(s.Video) > 0 {
		w.raw(`,"video":`)
		w.strs(s.Video)
	}
	if len(s.Evidence) > 0 {
		w.raw(`,"evidence":`)
		list(w, s.Evidence, (*jsonWriter).evidence)
	}
	w.raw(`}`)
}

func (w *jsonWriter) evidence(e *vistka.Evidence) {
	w.raw(`{"role":`)
	w.str(e.Role)
	w.raw(`,"value":`)
	w.str(e.Value)
	w.startEnd(e.Start, e.End)
	w.raw(`}`)
}

func (w *jsonWriter) span(s *vistka.Span) {
	w.raw(`{"start":`)
	w.int(s.Start)
	w.raw(`,"end":`)
	w.int(s.End)
	w.raw(`,"type":`)
	w.str(s.Type)
	w.raw(`,"text":`)
	w.str(s.Text)
	w.raw(`,"lemma":`)
	w.str(s.Lemma)
	w.raw(`}`)
}

func (w *jsonWriter) entity(e *vistka.Entity) {
	w.raw(`{"id":`)
	w.str(e.ID)
	w.raw(`,"type":`)
	w.str(e.Type)
	w.raw(`,"name":`)
	w.str(e.Name)
	if len(e.Aliases) > 0 {
		w.raw(`,"aliases":`)
		w.strs(e.Aliases)
	}
	w.raw(`,"titles":`)
	w.strs(e.Titles)
	w.raw(`,"mentions":`)
	list(w, e.Mentions, (*jsonWriter).mention)
	w.raw(`}`)
}

func (w *jsonWriter) mention(m *vistka.Mention) {
	w.raw(`{"start":`)
	w.int(m.Start)
	w.raw(`,"end":`)
	w.int(m.End)
	w.raw(`,"text":`)
	w.str(m.Text)
	w.raw(`,"lemma":`)
	w.str(m.Lemma)
	if m.Kind != "" {
		w.raw(`,"kind":`)
		w.str(m.Kind)
	}
	w.raw(`}`)
}

func (w *jsonWriter) quote(q *vistka.Quote) {
	w.raw(`{"speaker":`)
	w.str(q.Speaker)
	if q.SpeakerText != "" {
		w.raw(`,"speaker_text":`)
		w.str(q.SpeakerText)
	}
	w.raw(`,"direct":`)
	w.bool(q.Direct)
	w.raw(`,"cue":`)
	w.str(q.Cue)
	w.raw(`,"text":`)
	w.str(q.Text)
	w.startEnd(q.Start, q.End)
	if len(q.Parts) > 0 {
		w.raw(`,"parts":`)
		list(w, q.Parts, (*jsonWriter).rang)
	}
	w.raw(`}`)
}

func (w *jsonWriter) amount(a *vistka.Amount) {
	w.raw(`{"text":`)
	w.str(a.Text)
	w.startEnd(a.Start, a.End)
	w.raw(`,"value":`)
	if a.Value == nil {
		w.raw(`null`)
	} else {
		w.float(*a.Value)
	}
	if a.Max != nil {
		w.raw(`,"max":`)
		w.float(*a.Max)
	}
	if a.Unit != "" {
		w.raw(`,"unit":`)
		w.str(a.Unit)
	}
	if a.Bound != "" {
		w.raw(`,"bound":`)
		w.str(a.Bound)
	}
	w.raw(`}`)
}

func (w *jsonWriter) date(d *vistka.Date) {
	w.raw(`{"text":`)
	w.str(d.Text)
	w.startEnd(d.Start, d.End)
	w.raw(`,"value":`)
	if d.Value == nil {
		w.raw(`null`)
	} else {
		w.str(*d.Value)
	}
	if d.Relative {
		w.raw(`,"relative":true`)
	}
	if d.Granularity != "" {
		w.raw(`,"granularity":`)
		w.str(d.Granularity)
	}
	w.raw(`}`)
}

func (w *jsonWriter) event(e *vistka.Event) {
	w.raw(`{"type":`)
	w.str(e.Type)
	if e.Mode != "" {
		w.raw(`,"mode":`)
		w.str(e.Mode)
	}
	if e.Trigger != "" {
		w.raw(`,"trigger":`)
		w.str(e.Trigger)
	}
	w.raw(`,"actors":`)
	w.strs(e.Actors)
	w.raw(`,"recipients":`)
	w.strs(e.Recipients)
	if e.Place != "" {
		w.raw(`,"place":`)
		w.str(e.Place)
	}
	if e.Date != "" {
		w.raw(`,"date":`)
		w.str(e.Date)
	}
	w.raw(`,"aux":`)
	w.strs(e.Aux)
	w.raw(`,"sentence":`)
	w.rang(&e.Sentence)
	if e.TriggerSpan != nil {
		w.raw(`,"trigger_span":`)
		w.rang(e.TriggerSpan)
	}
	w.raw(`}`)
}

func (w *jsonWriter) rang(r *vistka.Range) {
	w.raw(`{"start":`)
	w.int(r.Start)
	w.raw(`,"end":`)
	w.int(r.End)
	w.raw(`}`)
}

// startEnd writes the fields start and end after others.
func (w *jsonWriter) startEnd(start, end int) {
	w.raw(`,"start":`)
	w.int(start)
	w.raw(`,"end":`)
	w.int(end)
}

// list writes a slice as an array, or null when it is nil.
func list[T any](w *jsonWriter, s []T, elem func(*jsonWriter, *T)) {
	if s == nil {
		w.raw(`null`)
		return
	}
	w.raw(`[`)
	for i := range s {
		if i > 0 {
			w.raw(`,`)
		}
		elem(w, &s[i])
	}
	w.raw(`]`)
}

func (w *jsonWriter) strs(s []string) {
	list(w, s, func(w *jsonWriter, s *string) { w.str(*s) })
}

func (w *jsonWriter) raw(s string) { w.b = append(w.b, s...) }

func (w *jsonWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

func (w *jsonWriter) bool(v bool) { w.b = strconv.AppendBool(w.b, v) }

// float writes f as encoding/json does: like ES6, in full up to 1e21 and
// down to 1e-6, with an exponent of as few digits as it takes outside.
func (w *jsonWriter) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if w.err == nil {
			w.err = fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
		}
		w.raw(`null`)
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, f, format, -1, 64)
	if n := len(w.b); format == 'e' && n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
		w.b[n-2] = w.b[n-1] // e-09 → e-9
		w.b = w.b[:n-1]
	}
}

// str writes s as a JSON string as encoding/json does: with <, > and &
// escaped for HTML, U+2028 and U+2029 escaped for JavaScript, and each
// byte of invalid UTF-8 as U+FFFD.
func (w *jsonWriter) str(s string) {
	const hex = "0123456789abcdef"
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Cyrillic letters (U+0400–U+047F) need no escaping; most of
		// the strings are made of them. Four at a time while there are
		// (eight bytes, read as one number, whose bytes 0, 2, 4 and 6
		// are d0 or d1 and the bytes after them 80-bf), then by two.
		for i+8 <= len(s) {
			t := s[i : i+8]
			w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
				uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
			if w&0xc0fec0fec0fec0fe != 0x80d080d080d080d0 {
				break
			}
			i += 8
		}
		for i+1 < len(s) && s[i]&0xfe == 0xd0 && s[i+1]&0xc0 == 0x80 {
			i += 2
		}
		if i == len(s) {
			break
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf && jsonSafe[c]:
			i++
			continue
		case c < utf8.RuneSelf:
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		case (c == 0xd0 || c == 0xd1) && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i += 2 // a Cyrillic letter
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}

// jsonSafe are the ASCII bytes a JSON string holds as they are:
// encoding/json's htmlSafeSet.
var jsonSafe = func() (safe [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		switch c {
		case '"', '\\', '<', '>', '&':
		default:
			safe[c] = true
		}
	}
	return safe
}()

// StringsJSON is json.Marshal of a list of strings, with [] for nil.
func StringsJSON(s []string) string {
	w := jsonWriter{b: make([]byte, 0, 64)}
	w.strs(NonNil(s))
	return string(w.b)
}
