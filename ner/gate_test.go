package ner_test

import (
	"slices"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/brat"
	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/ner"
)

// TestGates runs the entity tagger over the NER-UK training texts with
// every rule also run where its gate skips it: no rule may change the
// spans of a sentence its gate skips, and the spans found with the gates
// are those found without them.
func TestGates(t *testing.T) {
	m := loadModel(t)
	docs, err := brat.ReadDir(shared.TestPath(t, "ner-uk", "train"))
	if err != nil {
		t.Fatal(err)
	}
	var an ner.Analyzer
	if m.UsesMorphology() {
		an = morphology(t)
	}
	sents := ner.Prepare(docs, nil, an)
	defer ner.SetGates(true)
	defer ner.SetGateCheck(false)
	n := 0
	for i, s := range sents {
		ner.SetGates(true)
		ner.SetGateCheck(true)
		gated := m.Find(s)
		if misses := ner.GateMisses(); len(misses) > 0 {
			t.Errorf("%s: rules skipped where they fire: %q", docs[i].ID, misses)
		}
		ner.SetGateCheck(false)
		ner.SetGates(false)
		if plain := m.Find(s); !slices.Equal(gated, plain) {
			t.Errorf("%s: spans with gates %v, without %v", docs[i].ID, spanTexts(gated), spanTexts(plain))
		}
		n += len(s)
	}
	if n < 5000 {
		t.Errorf("only %d sentences compared", n)
	}
}

func spanTexts(spans []vistka.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.Type+" "+s.Text)
	}
	return out
}
