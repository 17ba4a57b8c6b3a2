package ner_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/vistka/vistka/tokenize"
)

// TestS54NInflectedAcronyms checks, in sentences written for the test,
// that an acronym written with a case ending right after it (УДАРу,
// МВФом, НОКу) has the acronym for its base form, as the pipeline's
// entity tagger gives it, whatever type the tagger reads. Each want is a
// span as written and its base form, "text=base".
func TestS54NInflectedAcronyms(t *testing.T) {
	rec := pipelineRecognizer(t)
	an := morphology(t)
	for _, tt := range []struct{ text, want string }{
		{"Депутати від УДАРу та «Свободи» проголосували за бюджет.", "УДАРу=УДАР"},
		{"Уряд домовився з МВФом про нову програму.", "МВФом=МВФ"},
		{"Керівник НОКу подав у відставку.", "НОКу=НОК"},
	} {
		sents := tokenize.Sentences(tt.text)
		for i := range sents {
			an.TagSentence(&sents[i])
		}
		var got []string
		for _, s := range rec.Find(tt.text, sents) {
			got = append(got, s.Text+"="+s.Lemma)
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%q: spans %q, want %q", tt.text, strings.Join(got, "; "), tt.want)
		}
	}
}
