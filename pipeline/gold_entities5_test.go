package pipeline_test

import "testing"

// TestEntities5 scores the entities of the extraction against
// testdata/gold/entities5.jsonl, 11 more press documents of the shared
// BRUK corpus (no sentence shared with NER-UK, none used or skipped by
// another gold set), annotated by hand before the first run (see the gold
// README, "Entity set 5"); the same scorer and measures as TestEntities1.
func TestEntities5(t *testing.T) {
	scoreEntitySet(t, "entities5", entityFloors{
		mentionRecall: ent5MentionRecall,
		bcubedF1:      ent5BcubedF1,
		names:         ent5Names,
		titleF1:       ent5TitleF1,
		resolve:       ent5Resolve,
	})
}

// Floors for TestEntities5. First run (2026-12-05, commit 7941156, gold
// written before it, SHA-256 aa2c66e2…): mentions found 0.959 (235/245),
// B-cubed P 0.996 R 0.917 F1 0.955, names 119/134 (0.902 of the 132
// found), titles P 1.000 R 0.667 F1 0.800, pronoun and role resolution
// 12/18 (predicted 12/15 right). Two gold names corrected after it
// (SHA-256 e375f187…: names 121/134 with the first run's code). After
// the fixes its errors pointed to (commit 9645790): mentions
// found 0.963 (236/245), B-cubed P 0.996 R 0.928 F1 0.961, names 124/134
// (0.939 of the 132 found), titles P 1.000 R 1.000 F1 1.000 (3 titles
// only: one miss is 0.800), resolution 13/18 (predicted 13/15 right).
// The floors sit a little below; the later numbers flatter, as they
// were reached reading this set's errors.
const (
	ent5MentionRecall = 0.95
	ent5BcubedF1      = 0.95
	ent5Names         = 0.90
	ent5TitleF1       = 0.75
	ent5Resolve       = 0.65
)
