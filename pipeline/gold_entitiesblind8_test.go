package pipeline_test

import "testing"

// TestEntitiesBlind8 scores the entities of the extraction against
// testdata/gold/entitiesblind8.jsonl, 12 news texts of our own
// (testdata/entitiesblind8/) on culture and religion (the Culture
// Ministry and its minister and deputies, museum and theatre directors,
// film directors and a film festival's people, the State Film Agency and
// the Ukrainian Cultural Foundation, churches and their hierarchs with
// their church titles, priests, the State Service for Ethnopolitics and
// Freedom of Conscience), local government (mayors and secretaries of
// city councils acting as mayors, deputy mayors, council department
// heads, village heads and starostas, a ЦНАП, heads of regional and
// district military administrations and their deputies, communal
// enterprises and their directors), cyber and technology (CERT-UA and
// Держспецзв'язку and their heads, an SBU cyber officer, a telecom
// regulator, operators and their CEOs, the Ministry of Digital
// Transformation, IT companies and founders, foreign tech firms) and
// international organisations (the UN Secretary-General, UN agencies and
// their heads and representatives in Ukraine, the IAEA and its Director
// General, PACE and its rapporteur, the Council of Europe, the ICC and
// its prosecutor, the ICRC, the OSCE) desks. A blind set: written and
// annotated by hand before the first run by a helper who read no code
// (see the gold README, "Entity blind set 8"); the team does not read its
// texts, gold or errors. The same scorer and measures as TestEntities1.
// Floors: set by the lead after the first run (session 55's code,
// 2bf3c725: mentions 0.972, B-cubed F1 0.935, names 0.904, titles F1
// 0.900, resolution 0.803), about 0.05 under it.
func TestEntitiesBlind8(t *testing.T) {
	scoreEntitySet(t, "entitiesblind8", entityFloors{
		mentionRecall: entBlind8MentionRecall,
		bcubedF1:      entBlind8BcubedF1,
		names:         entBlind8Names,
		titleF1:       entBlind8TitleF1,
		resolve:       entBlind8Resolve,
	})
}

// Floors for TestEntitiesBlind8.
const (
	entBlind8MentionRecall = 0.92
	entBlind8BcubedF1      = 0.88
	entBlind8Names         = 0.85
	entBlind8TitleF1       = 0.85
	entBlind8Resolve       = 0.75
)
