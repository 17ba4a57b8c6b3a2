package pipeline_test

import "testing"

// TestEntities4 scores the entities of the extraction against
// testdata/gold/entities4.jsonl, 12 more news documents of the shared
// BRUK corpus (press, no sentence shared with NER-UK, none used by
// another gold set), annotated by hand before the first run (see the
// gold README, "Entity set 4"); the same scorer and measures as
// TestEntities1.
func TestEntities4(t *testing.T) {
	scoreEntitySet(t, "entities4", entityFloors{
		mentionRecall: ent4MentionRecall,
		bcubedF1:      ent4BcubedF1,
		names:         ent4Names,
		titleF1:       ent4TitleF1,
		resolve:       ent4Resolve,
	})
}

// Floors for TestEntities4. First run (2026-12-04, commit a9879ab, gold
// written before it, SHA-256 1bcffc8a…): mentions found 0.970 (129/133),
// B-cubed P 0.992 R 0.927 F1 0.959, names 75/93 (0.824 of the 91 found),
// titles P 1.000 R 0.600 F1 0.750, pronoun and role resolution 0/2
// (predicted 0/1 right). After the fixes its errors pointed to (the
// working tree on a9879ab, gold unchanged): mentions found 0.970, B-cubed
// P 0.992 R 0.947 F1 0.969, names 79/93 (0.868 of the 91 found), titles
// P 1.000 R 1.000 F1 1.000, resolution 0/2. The floors sit a little
// below; the later numbers flatter, as they were reached reading this
// set's errors.
const (
	ent4MentionRecall = 0.95
	ent4BcubedF1      = 0.95
	ent4Names         = 0.83
	ent4TitleF1       = 0.85
	ent4Resolve       = 0.0
)
