package ner_test

import (
	"slices"
	"testing"

	"github.com/vistka/vistka/ner"
	"github.com/vistka/vistka/tokenize"
)

// TestRegionsAsPlaces checks that the shipped model reads as a place a
// region the project's own list gives the gazetteer (gazetteer/regions.lst):
// Балтія, which VESUM lists only as another proper name, was an ORG.
func TestRegionsAsPlaces(t *testing.T) {
	m := loadModel(t)
	for _, tt := range []struct{ text, want string }{
		{"Конференція присвячена загрозам для країн Балтії та Північної Європи.", "LOC Балтії"},
		{"Від Балтії до Закавказзя: ОБСЄ обговорила безпеку регіону.", "LOC Балтії"},
	} {
		sents := tokenize.Sentences(tt.text)
		if m.UsesMorphology() {
			an := morphology(t)
			for i := range sents {
				an.TagSentence(&sents[i])
			}
		}
		var got []string
		for _, s := range (ner.Recognizer{Model: m}).Find(tt.text, sents) {
			got = append(got, s.Type+" "+s.Text)
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: got %q, want %q among them", tt.text, got, tt.want)
		}
	}
}
