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

// Floors: the first run (session 50, on session 49's code) gave mentions
// found 0.938, B-cubed F1 0.922, names 205/232 (0.884), titles P 0.986
// R 0.764 F1 0.861, resolution 61/90 (0.678); the floors sit about 0.05
// under it.
const (
	entBlind3MentionRecall = 0.89
	entBlind3BcubedF1      = 0.87
	entBlind3Names         = 0.83
	entBlind3TitleF1       = 0.81
	entBlind3Resolve       = 0.63
)
