package event

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
)

// datelineOf reads the dateline, whose place and date the events of the
// lead take when their own clause names none: in "ХЕРСОН, 4 листопада
// /Укрінформ/. СБУ затримала депутата" the arrest was in Херсон on 4
// November. A dateline opens the first paragraph of the body with a
// place, a comma or a full stop, and a date ("Київ. 18 березня.
// ІНТЕРФАКС-УКРАЇНА –"); the lead is that paragraph. Events of later
// paragraphs keep what their own clauses say.
func datelineOf(a *vistka.Analysis, ents *entity.Result, dates []vistka.Date) dateline {
	s := 0
	if hasHeadline(a) {
		s = 1
	}
	// The splitter may end a sentence after "Київ." or the date: the
	// dateline is read over the first sentences of the body, of which
	// it needs the first eight tokens at most.
	var buf [8]vistka.Token
	toks := buf[:0]
	for _, sent := range a.Sentences[min(s, len(a.Sentences)):min(s+3, len(a.Sentences))] {
		toks = append(toks, sent.Tokens[:min(len(sent.Tokens), cap(toks)-len(toks))]...)
	}
	if len(toks) < 3 {
		return dateline{}
	}
	place := ents.At(toks[0].RStart, toks[0].REnd)
	byline := toks[1].Text == "•" // "Чернівці • Укрінформ" on a line of its own
	// "ЛЬВІВ (Укрінформ) – …": the outlet in brackets and a dash, no date
	bracket := false
	if toks[1].Text == "(" {
		for k := 2; k < len(toks) && k <= 6; k++ {
			if toks[k].Text == ")" {
				bracket = k+1 < len(toks) && isDash(&toks[k+1])
				break
			}
		}
	}
	// "ЛУЦЬК. Міський голова …", "Рівне — Міський голова …": a regional
	// paper's town in capitals and a full stop, or a dash before the
	// first capitalised word of the lead, no date
	bare := toks[1].Text == "." && startsUpper(toks[0].Text) && strings.ToUpper(toks[0].Text) == toks[0].Text && utf8.RuneCountInString(toks[0].Text) > 2 ||
		isDash(&toks[1]) && startsUpper(toks[2].Text)
	if place == "" || ents.Type(place) != "LOC" || (toks[1].Text != "," && toks[1].Text != "." && !byline && !bracket && !bare) {
		return dateline{}
	}
	// A day with no year to read it by (no publication date: "Харків, 3
	// лютого. …") still makes the line a dateline: its place holds.
	date, dated := "", false
	for _, d := range dates {
		if d.Start == toks[2].RStart && d.Granularity == "day" && !d.Relative {
			dated = true
			if d.Value != nil && len(*d.Value) == len("2006-01-02") {
				date = *d.Value
			}
		}
	}
	if !dated && !byline && !bracket && !bare {
		return dateline{}
	}
	// The lead runs to the end of the dateline's paragraph; after a
	// byline, it is the paragraph that follows.
	leadStart, leadEnd := toks[0].Start, len(a.Text)
	if k := strings.IndexByte(a.Text[toks[0].Start:], '\n'); k >= 0 {
		leadEnd = toks[0].Start + k
	}
	if byline {
		leadStart = leadEnd
		for leadStart < len(a.Text) && (a.Text[leadStart] == '\n' || a.Text[leadStart] == ' ' || a.Text[leadStart] == '\r') {
			leadStart++
		}
		leadEnd = len(a.Text)
		if k := strings.IndexByte(a.Text[leadStart:], '\n'); k >= 0 {
			leadEnd = leadStart + k
		}
	}
	var lead []vistka.Range
	for _, sent := range a.Sentences[s:] {
		if sent.Start < leadStart {
			continue
		}
		if sent.Start >= leadEnd {
			break
		}
		lead = append(lead, vistka.Range{Start: sent.RStart, End: sent.REnd})
	}
	return dateline{place: place, date: date, lead: lead}
}

// dateline is the place and the date a dateline gives the events of the
// lead (its sentences) when they have none of their own.
type dateline struct {
	place, date string
	lead        []vistka.Range
}

// give gives the events of the lead the dateline's place and date where
// they have none.
func (d dateline) give(evs []vistka.Event) []vistka.Event {
	for i := range evs {
		evs[i].Place, evs[i].Date = d.of(&evs[i])
	}
	return evs
}

// of returns the place and the date of e, with the dateline's where e is
// of the lead and has none of its own.
func (d dateline) of(e *vistka.Event) (place, date string) {
	if !slices.Contains(d.lead, e.Sentence) {
		return e.Place, e.Date
	}
	return cmp.Or(e.Place, d.place), cmp.Or(e.Date, d.date)
}

// startsUpper reports whether s opens with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
