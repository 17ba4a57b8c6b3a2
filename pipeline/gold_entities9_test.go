package pipeline_test

import "testing"

// TestEntities9 scores the entities of the extraction against
// testdata/gold/entities9.jsonl, 12 agency news texts of our own
// (testdata/entities9/) on desks entity set 8 did not have (a government
// reshuffle, the front line, energy and rail companies, a hromada's
// council, science, volunteers and rights activists, media, foreign
// politicians in Kyiv, the central bank, emergencies, a forum, an
// interview retold), dense in job titles and in role phrases and pronouns
// standing for people. A studied set: written and annotated by hand before
// the first run by a helper who read no code (see the gold README, "Entity
// set 9"); the team reads its errors and fixes the forms it shows. The
// same scorer and measures as TestEntities1.
func TestEntities9(t *testing.T) {
	scoreEntitySet(t, "entities9", entityFloors{
		mentionRecall: ent9MentionRecall,
		bcubedF1:      ent9BcubedF1,
		names:         ent9Names,
		titleF1:       ent9TitleF1,
		resolve:       ent9Resolve,
	})
}

// Floors: set by the lead after the first run.
const (
	ent9MentionRecall = 0
	ent9BcubedF1      = 0
	ent9Names         = 0
	ent9TitleF1       = 0
	ent9Resolve       = 0
)
