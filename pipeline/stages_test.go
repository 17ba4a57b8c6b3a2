package pipeline

import (
	"testing"

	"github.com/vistka/vistka"
)

func TestFixTypes(t *testing.T) {
	spans := []vistka.Span{
		{Type: "MISC", Text: "Центральної Азії", Lemma: "Центральна Азія"},
		{Type: "MISC", Text: "Західної Європи", Lemma: "Західна Європа"},
		{Type: "MISC", Text: "Центральної ради", Lemma: "Центральна рада"},
		{Type: "MISC", Text: "Азії", Lemma: "Азія"},
		{Type: "ORG", Text: "Південної Кореї", Lemma: "Південна Корея"},
		{Type: "PERS", Text: "G7", Lemma: "G7"},
		{Type: "LOC", Text: "червні", Lemma: "червень"},
		{Type: "LOC", Text: "Лютий", Lemma: "Лютий"},
	}
	fixTypes(spans)
	want := []string{"LOC", "LOC", "MISC", "MISC", "ORG", "ORG", "DATE", "LOC"}
	for i, sp := range spans {
		if sp.Type != want[i] {
			t.Errorf("%s: type %s, want %s", sp.Lemma, sp.Type, want[i])
		}
	}
}
