package ner

import (
	"testing"

	"github.com/vistka/vistka"
)

// TestHarmonizeTypes checks that the spans of one text, in any case,
// take the type most of them have, ties keeping their own, and that
// types outside Types count too.
func TestHarmonizeTypes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		types []string
		want  []string
	}{
		{"majority", []string{"Київ", "Київ", "КИЇВ", "Харків"}, []string{"LOC", "ORG", "LOC", "PERS"}, []string{"LOC", "LOC", "LOC", "PERS"}},
		{"tie keeps its own", []string{"Нафтогаз", "нафтогаз"}, []string{"ORG", "MISC"}, []string{"ORG", "MISC"}},
		{"tie goes no further than Types' order", []string{"Дніпро", "Дніпро", "Дніпро"}, []string{"ORG", "LOC", "MISC"}, []string{"ORG", "LOC", "MISC"}},
		{"one text", []string{"Іван", "Марія"}, []string{"PERS", "LOC"}, []string{"PERS", "LOC"}},
		{"other types", []string{"ХХ", "ХХ", "ХХ"}, []string{"X1", "X1", "ORG"}, []string{"X1", "X1", "ORG"}},
		{"other types outvoted", []string{"ХХ", "ХХ", "ХХ"}, []string{"X1", "ORG", "ORG"}, []string{"ORG", "ORG", "ORG"}},
		{"interleaved", []string{"А", "Б", "А", "Б", "А"}, []string{"ORG", "LOC", "ORG", "PERS", "LOC"}, []string{"ORG", "LOC", "ORG", "PERS", "ORG"}},
	} {
		spans := make([]vistka.Span, len(tc.texts))
		for i := range spans {
			spans[i] = vistka.Span{Text: tc.texts[i], Type: tc.types[i]}
		}
		harmonizeTypes(spans)
		for i := range spans {
			if spans[i].Type != tc.want[i] {
				t.Errorf("%s: span %d (%s) is %s, want %s", tc.name, i, tc.texts[i], spans[i].Type, tc.want[i])
			}
		}
	}
}
