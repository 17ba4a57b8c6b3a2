package pipeline_test

import (
	"testing"
	"time"
)

// TestS36DGivenAfterDative checks that the one given to, a noun in the
// dative, does not run into the thing given after it when that noun's
// form is its nominative's too (проживання, обладнання).
func TestS36DGivenAfterDative(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"two things given", "Польський клуб «Уніа» безкоштовно надав українській команді проживання та харчування на весь час змагань.",
			[]string{"AID Польський клуб «Уніа» → українська команда"}},
		{"one thing given, a purpose after", "Агентство передасть українським атомним станціям обладнання для радіаційного моніторингу.",
			[]string{"AID Агентство → атомні станції [future]"}},
	}, time.Time{})
}
