package pipeline_test

import "testing"

// TestEntities2 scores the entities of the extraction against
// testdata/gold/entities2.jsonl, 12 news documents of the shared BRUK
// corpus (press, no sentence shared with NER-UK), annotated by hand
// before the first run (see the gold README, "Entity set 2"); the same
// scorer and measures as TestEntities1.
func TestEntities2(t *testing.T) {
	scoreEntitySet(t, "entities2", entityFloors{
		mentionRecall: ent2MentionRecall,
		bcubedF1:      ent2BcubedF1,
		names:         ent2Names,
		titleF1:       ent2TitleF1,
		resolve:       ent2Resolve,
	})
}

// Floors for TestEntities2. First run (2026-12-04, commit 0adfded, gold
// written before it, SHA-256 0def6fe4…): mentions found 0.978 (224/229),
// B-cubed P 0.987 R 0.932 F1 0.959, names 148/168 (0.897 of the 165
// found), titles P 0.690 R 0.513 F1 0.588, pronoun and role resolution
// 4/8 (predicted 2/5 right). After the fixes its errors pointed to (the
// working tree on 0adfded, gold unchanged): mentions found 0.983, B-cubed
// P 0.987 R 0.955 F1 0.971, names 151/168 (0.915 of the 165 found),
// titles P 1.000 R 0.718 F1 0.836, resolution 6/8 (predicted 6/8 right).
// The floors sit about 0.05 below; the later numbers flatter, as they
// were reached reading this set's errors.
const (
	ent2MentionRecall = 0.93
	ent2BcubedF1      = 0.92
	ent2Names         = 0.85
	ent2TitleF1       = 0.78
	ent2Resolve       = 0.70
)
