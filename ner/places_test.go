package ner

import (
	"testing"

	"github.com/vistka/vistka"
)

func TestHarmonizePlaces(t *testing.T) {
	tests := []struct {
		name  string
		spans []vistka.Span
		want  []string
	}{
		{"a town read as a first name where the document names the town",
			[]vistka.Span{{Type: "LOC", Text: "Ізмаїлі", Lemma: "Ізмаїл"}, {Type: "PERS", Text: "Ізмаїла", Lemma: "Ізмаїл"}},
			[]string{"LOC", "LOC"}},
		{"no place of that name in the document",
			[]vistka.Span{{Type: "PERS", Text: "Ізмаїла", Lemma: "Ізмаїл"}},
			[]string{"PERS"}},
		{"a person's full name stays",
			[]vistka.Span{{Type: "LOC", Text: "Ізмаїлі", Lemma: "Ізмаїл"}, {Type: "PERS", Text: "Ізмаїл Гаспринський", Lemma: "Ізмаїл Гаспринський"}},
			[]string{"LOC", "PERS"}},
		{"a name the gazetteer does not list as a settlement stays",
			[]vistka.Span{{Type: "LOC", Text: "Ірини", Lemma: "Ірина"}, {Type: "PERS", Text: "Ірина", Lemma: "Ірина"}},
			[]string{"LOC", "PERS"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			harmonizePlaces(tt.spans)
			for i, s := range tt.spans {
				if s.Type != tt.want[i] {
					t.Errorf("span %q: %s, want %s", s.Text, s.Type, tt.want[i])
				}
			}
		})
	}
}
