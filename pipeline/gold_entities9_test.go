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

// Floors for TestEntities9. First run (2026-12-07, session 49, on da1fc3b:
// session 48's code; gold SHA-256 877ac05a…, written before it): mentions
// found 0.892 (379/425), B-cubed P 0.992 R 0.857 F1 0.919 (pairs R 0.629),
// names 202/225, titles P 0.944 R 0.782 F1 0.855 (68/4/19), pronoun and
// role resolution 49/86 (predicted 49/51 right) — again the blind entity
// sets' profile, on desks entities8 did not have. After session 49's
// entity fixes read from its errors (helper h49t titles by structure,
// h49u roles by their place in the sentence): mentions found 0.927
// (394/425), B-cubed F1 0.942, names 202/225, titles P 0.949 R 0.862
// F1 0.904 (75/4/12), resolution 64/86 (predicted 64/66 right). The
// floors sit a little under it.
const (
	ent9MentionRecall = 0.90
	ent9BcubedF1      = 0.92
	ent9Names         = 0.86
	ent9TitleF1       = 0.87
	ent9Resolve       = 0.70
)
