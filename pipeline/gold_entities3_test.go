package pipeline_test

import "testing"

// TestEntities3 scores the entities of the extraction against
// testdata/gold/entities3.jsonl, 12 more news documents of the shared
// BRUK corpus (press, no sentence shared with NER-UK, none used by
// another gold set), annotated by hand before the first run (see the
// gold README, "Entity set 3"); the same scorer and measures as
// TestEntities1.
func TestEntities3(t *testing.T) {
	scoreEntitySet(t, "entities3", entityFloors{
		mentionRecall: ent3MentionRecall,
		bcubedF1:      ent3BcubedF1,
		names:         ent3Names,
		titleF1:       ent3TitleF1,
		resolve:       ent3Resolve,
	})
}

// Floors for TestEntities3. First run (2026-12-04, commit ae05d74, gold
// written before it, SHA-256 3be61750…): mentions found 0.940 (220/234),
// B-cubed P 0.996 R 0.879 F1 0.934, names 136/154 (0.907 of the 150
// found), titles P 0.765 R 0.565 F1 0.650, pronoun and role resolution
// 2/8 (predicted 2/4 right). After the fixes its errors pointed to (the
// working tree on ae05d74, gold unchanged): mentions found 0.944, B-cubed
// P 0.996 R 0.894 F1 0.942, names 138/154 (0.920 of the 150 found),
// titles P 0.955 R 0.913 F1 0.933, resolution 3/8 (predicted 3/4 right).
// The floors sit a little below; the later numbers flatter, as they were
// reached reading this set's errors.
const (
	ent3MentionRecall = 0.92
	ent3BcubedF1      = 0.92
	ent3Names         = 0.87
	ent3TitleF1       = 0.88
	ent3Resolve       = 0.30
)
