package pipeline_test

import "testing"

// TestEntitiesBlind9 scores the entities of the extraction against
// testdata/gold/entitiesblind9.jsonl, 12 news texts of our own
// (testdata/entitiesblind9/) on agriculture and land (the Ministry of
// Agrarian Policy and its minister and deputies, the State Geocadastre and
// its head, an agroholding and its executives, farmers' associations and
// their heads, a regional agrarian department, the Danube port
// administrations), the environment (the Ministry of Environmental
// Protection and its minister and deputies, the State Environmental
// Inspectorate and its regional heads, national parks and their
// directors, ecologists and NGOs, foreign experts), labour and pensions
// (the Ministry of Social Policy and its minister, the Pension Fund and
// its head, the State Employment Service, the State Labour Service, the
// trade unions' federation and its leader, the Ministry of Veterans) and
// the diaspora and consular work (the Ukrainian World Congress and its
// president, ambassadors and consuls general, heads of Ukrainian
// communities abroad, the Ombudsman, foreign ministers and mayors of host
// cities) desks. A blind set: written and annotated by hand before the
// first run by a helper who read no code (see the gold README, "Entity
// blind set 9"); the team does not read its texts, gold or errors. The
// same scorer and measures as TestEntities1.
// Floors: set by the lead after the first run (session 56's code,
// 99031a0c: mentions 0.963, B-cubed F1 0.954, names 0.925, titles F1
// 0.959, resolution 0.779), about 0.05 under it.
func TestEntitiesBlind9(t *testing.T) {
	scoreEntitySet(t, "entitiesblind9", entityFloors{
		mentionRecall: entBlind9MentionRecall,
		bcubedF1:      entBlind9BcubedF1,
		names:         entBlind9Names,
		titleF1:       entBlind9TitleF1,
		resolve:       entBlind9Resolve,
	})
}

// Floors for TestEntitiesBlind9.
const (
	entBlind9MentionRecall = 0.91
	entBlind9BcubedF1      = 0.90
	entBlind9Names         = 0.87
	entBlind9TitleF1       = 0.90
	entBlind9Resolve       = 0.72
)
