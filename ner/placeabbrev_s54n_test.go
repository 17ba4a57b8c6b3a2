package ner_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/vistka/vistka/tokenize"
)

// TestS54NAbbreviatedPlaces checks the base forms of places written with
// an abbreviated kind word, as the pipeline's entity tagger gives them,
// in sentences written for the test: a region's adjective before обл.
// in the nominative, genitive, locative and instrumental, a district's
// before р-н, and a town's or a village's name after м., с., смт. Each
// want is a LOC span as written and its base form, "text=base".
func TestS54NAbbreviatedPlaces(t *testing.T) {
	rec := pipelineRecognizer(t)
	an := morphology(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Адреса складу: Полтавська обл., вул. Садова, 3.", []string{"Полтавська обл=Полтавська область", "Полтавська обл.=Полтавська область"}},
		{"Постачальник із Рівненської обл. виграв торги на ремонт школи.", []string{"Рівненської обл=Рівненська область", "Рівненської обл.=Рівненська область"}},
		{"Підприємство зареєстроване в Чернівецькій обл. минулого року.", []string{"Чернівецькій обл=Чернівецька область", "Чернівецькій обл.=Чернівецька область"}},
		{"Ферма в Решетилівському р-ні постачає молоко до міста.", []string{"Решетилівському р-ні=Решетилівський район"}},
		{"Школу в м. Полтаві відремонтують до осені.", []string{"м. Полтаві=Полтава", "Полтаві=Полтава"}},
		{"Мешканці с. Бережанка скаржаться на воду.", []string{"с. Бережанка=Бережанка", "Бережанка=Бережанка"}},
	} {
		sents := tokenize.Sentences(tt.text)
		for i := range sents {
			an.TagSentence(&sents[i])
		}
		var got []string
		for _, s := range rec.Find(tt.text, sents) {
			if s.Type == "LOC" {
				got = append(got, s.Text+"="+s.Lemma)
			}
		}
		if !slices.ContainsFunc(tt.want, func(w string) bool { return slices.Contains(got, w) }) {
			t.Errorf("%q: LOC spans %q, want one of %q", tt.text, strings.Join(got, "; "), tt.want)
		}
	}
}
