package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// fifth entity set (testdata/gold/entities5.jsonl); the sentences are our
// own.

// TestS33FMonarchTitles checks that a monarch's or ruler's title written
// right before the name in its case is the person's title where the
// tagger gave it no span.
func TestS33FMonarchTitles(t *testing.T) {
	p := load(t)
	tests := []struct {
		name, text, person string
		want               []string
	}{
		{"a king in the genitive before a name with a number",
			"Під містом поховані вояки армії короля Густава III, що загинули в битві.",
			"Густав III", []string{"король"}},
		{"a hetman before a full name",
			"Столицю перенесли за наказом, який підписав гетьман Павло Скоропадський.",
			"Павло Скоропадський", []string{"гетьман"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTitles(t, p.Extract(tt.text, time.Time{}), tt.person, tt.want, nil)
		})
	}
}

// TestS33FVillageNames checks that a village named by a possessive
// adjective in the neuter after село or селище keeps that form as its
// base form: the name agrees with the word for the village and is no case
// of a masculine Пирогів.
func TestS33FVillageNames(t *testing.T) {
	p := load(t)
	tests := []struct{ text, place, want string }{
		{"Родина десять років прожила у селі Сидорове біля Полтави.", "Сидорове", "Сидорове"},
		{"Делегація приїхала до селища Гнатове на Київщині.", "Гнатове", "Гнатове"},
		{"Мер міста Харкова приїхав у Гнатів.", "Харкова", "Харків"},
	}
	for _, tt := range tests {
		t.Run(tt.place, func(t *testing.T) {
			x := p.Extract(tt.text, time.Time{})
			for _, s := range x.Spans {
				if s.Text == tt.place {
					if s.Type != "LOC" || s.Lemma != tt.want {
						t.Errorf("%s %q, want LOC %q", s.Type, s.Lemma, tt.want)
					}
					return
				}
			}
			t.Errorf("no span %q: %+v", tt.place, x.Spans)
		})
	}
}
