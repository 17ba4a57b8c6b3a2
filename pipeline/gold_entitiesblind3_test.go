package pipeline_test

import "testing"

// TestEntitiesBlind3 scores the entities of the extraction against
// testdata/gold/entitiesblind3.jsonl, 12 agency news texts of our own
// (testdata/entitiesblind3/) on desks the other entity sets lack
// (culture, sport, health, education, courts and prosecution, business,
// technology, agriculture, a church, the UN and the OSCE, a parliament
// committee, a regional military administration), natural in their
// density of job titles and of role phrases and pronouns standing for
// people. A BLIND set: written and annotated by hand before any run by a
// helper who read no code and ran nothing (see the gold README, "Entity
// blind set 3"); its errors are never logged or read to tune the engine,
// only its scores are reported. The same scorer and measures as
// TestEntities1.
func TestEntitiesBlind3(t *testing.T) {
	scoreEntitySet(t, "entitiesblind3", entityFloors{
		mentionRecall: entBlind3MentionRecall,
		bcubedF1:      entBlind3BcubedF1,
		names:         entBlind3Names,
		titleF1:       entBlind3TitleF1,
		resolve:       entBlind3Resolve,
	})
}

// Floors: set by the lead after the first run.
const (
	entBlind3MentionRecall = 0
	entBlind3BcubedF1      = 0
	entBlind3Names         = 0
	entBlind3TitleF1       = 0
	entBlind3Resolve       = 0
)
