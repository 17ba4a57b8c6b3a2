package ner

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

// TestAddGeoNames checks which words addGeoNames makes places of: a
// capitalised proper geographical noun, a country's name read as a common
// noun; not a word inside a span the tagger found, a lower-case one, nor a
// name after a capitalised adjective.
func TestAddGeoNames(t *testing.T) {
	const (
		common = "noun:inanim:f:v_naz"
		geo    = "noun:inanim:m:v_naz:prop:geo"
		verb   = "verb:perf:past:f"
	)
	type word struct{ text, tag string }
	tests := []struct {
		words []word
		spans [][2]int // token ranges of the spans decoding found
		want  []string // the texts of the spans after
	}{
		{[]word{{"Литва", common}, {"закрила", verb}, {"кордон", "noun:inanim:m:v_zna"}}, nil, []string{"Литва"}},
		{[]word{{"Литва", common}, {"закрила", verb}}, [][2]int{{0, 1}}, []string{"Литва"}},
		{[]word{{"литва", common}, {"закрила", verb}}, nil, nil},
		{[]word{{"До", "prep"}, {"Києва", geo}, {"приїхала", verb}}, nil, []string{"Києва"}},
		{[]word{{"Голова", common}, {"Києва", geo}}, [][2]int{{0, 2}}, []string{"Голова Києва"}},
		{[]word{{"Нова", "adj:f:v_naz"}, {"Каховка", geo}}, nil, nil},
		{[]word{{"Рада", common}, {"заявила", verb}}, nil, nil},
	}
	for _, tt := range tests {
		var s vistka.Sentence
		at := 0
		for _, w := range tt.words {
			n := len([]rune(w.text))
			s.Tokens = append(s.Tokens, vistka.Token{Text: w.text, Tag: w.tag, RStart: at, REnd: at + n})
			at += n + 1
		}
		var spans []vistka.Span
		for _, r := range tt.spans {
			a, b := s.Tokens[r[0]], s.Tokens[r[1]-1]
			var text []string
			for _, w := range tt.words[r[0]:r[1]] {
				text = append(text, w.text)
			}
			spans = append(spans, vistka.Span{Start: a.RStart, End: b.REnd, Type: "PERS", Text: strings.Join(text, " ")})
		}
		var got []string
		for _, sp := range addGeoNames(&s, spans, 0) {
			got = append(got, sp.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%v with spans %v: got %q, want %q", tt.words, tt.spans, got, tt.want)
		}
	}
}
