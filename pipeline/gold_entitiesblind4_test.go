package pipeline_test

import "testing"

// TestEntitiesBlind4 scores the entities of the extraction against
// testdata/gold/entitiesblind4.jsonl, 12 news texts of our own
// (testdata/entitiesblind4/) on the religion, culture, sport, society and
// interview, local government and press review desks. A blind set: written
// and annotated by hand before the first run by a helper who read no code
// (see the gold README, "Entity blind set 4"); the team does not read its
// texts, gold or errors. The same scorer and measures as TestEntities1.
// Floors: set by the lead after the first run (session 51's code, 5a566115:
// mentions 0.904, B-cubed F1 0.895, names 0.856, titles F1 0.855,
// resolution 0.526), about 0.05 under.
func TestEntitiesBlind4(t *testing.T) {
	scoreEntitySet(t, "entitiesblind4", entityFloors{
		mentionRecall: entBlind4MentionRecall,
		bcubedF1:      entBlind4BcubedF1,
		names:         entBlind4Names,
		titleF1:       entBlind4TitleF1,
		resolve:       entBlind4Resolve,
	})
}

// Floors for TestEntitiesBlind4.
const (
	entBlind4MentionRecall = 0.85
	entBlind4BcubedF1      = 0.84
	entBlind4Names         = 0.80
	entBlind4TitleF1       = 0.80
	entBlind4Resolve       = 0.47
)
