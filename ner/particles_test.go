package ner

import (
	"testing"

	"github.com/vistka/vistka"
)

func TestJoinParticles(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans [][2]int // PERS spans as token ranges
		want  []string
	}{
		{"two parts", "з Урсулою фон дер Ляєн у Брюсселі", [][2]int{{1, 2}, {4, 5}}, []string{"Урсулою фон дер Ляєн"}},
		{"first part", "з Урсулою фон дер Ляєн у Брюсселі", [][2]int{{1, 2}}, []string{"Урсулою фон дер Ляєн"}},
		{"last part", "пані фон дер Ляєн сказала", [][2]int{{3, 4}}, []string{"фон дер Ляєн"}},
		{"name before", "Урсула фон дер Ляєн сказала", [][2]int{{3, 4}}, []string{"Урсула фон дер Ляєн"}},
		{"weak particle alone", "місто , де Петренко жив", [][2]int{{3, 4}}, []string{"Петренко"}},
		{"no name after", "Петренко де жив", [][2]int{{0, 1}}, []string{"Петренко"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := SimpleTokenize(tc.text)[0]
			var spans []vistka.Span
			for _, r := range tc.spans {
				toks := s.Tokens[r[0]:r[1]]
				spans = append(spans, vistka.Span{Start: toks[0].RStart, End: toks[len(toks)-1].REnd, Type: "PERS", Text: joinTokens(toks)})
			}
			got := joinParticles(&s, spans, 0)
			var texts []string
			for _, sp := range got {
				texts = append(texts, sp.Text)
			}
			if len(texts) != len(tc.want) {
				t.Fatalf("got %q, want %q", texts, tc.want)
			}
			for i := range texts {
				if texts[i] != tc.want[i] {
					t.Errorf("got %q, want %q", texts, tc.want)
				}
			}
		})
	}
	lz := Lemmatizer{}
	s := SimpleTokenize("Урсулою фон дер Ляєн")[0]
	if got := lz.BaseForm("PERS", "Урсулою фон дер Ляєн", s.Tokens); got != "Урсула фон дер Ляєн" {
		t.Errorf("base form %q", got)
	}
}
