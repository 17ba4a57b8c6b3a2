package ner_test

import (
	"context"
	"testing"

	"github.com/vistka/vistka/brat"
	"github.com/vistka/vistka/ner"
)

// Floors of TestNews1Floor, ~0.02 under the numbers after session 29's
// rules (micro 0.895, PERS+LOC+ORG 0.907 on the corrected gold; the first
// run, before the errors were studied, gave 0.804 / 0.834 with the
// gazetteer, as its README records).
const (
	news1Micro = 0.87
	news1PLO   = 0.88
)

// TestNews1Floor scores the shipped model on testdata/news1: 15 agency-style
// news texts of 2022–2025 written and annotated for it, the register the
// engine reads, unlike the 2000s–2010s press of NER-UK's dev split.
func TestNews1Floor(t *testing.T) {
	checkGoldFloor(t, "testdata/news1", news1Micro, news1PLO)
}

// checkGoldFloor scores the shipped model on the brat gold in dir, logs the
// per-type table and fails when the micro F1 or the PERS+LOC+ORG F1 is
// under its floor.
func checkGoldFloor(t *testing.T, dir string, micro, plo float64) {
	t.Helper()
	m := loadModel(t)
	docs, err := brat.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	cfg := ner.EvalConfig{}
	if m.UsesMorphology() {
		cfg.Morph = morphology(t)
	}
	r, err := ner.Evaluate(context.Background(), m, docs, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s, %d documents:\n%s", dir, r.Docs, r)
	if f := r.Micro().F1(); f < micro {
		t.Errorf("micro F1 %.3f under the floor %.2f", f, micro)
	}
	if f := r.Micro("PERS", "LOC", "ORG").F1(); f < plo {
		t.Errorf("PERS+LOC+ORG F1 %.3f under the floor %.2f", f, plo)
	}
}
