package pipeline_test

import (
	"testing"
	"time"
)

// TestS41GExecutiveSpeaks checks that a council's executive committee
// (виконком, міськвиконком) speaks as a council does: "за даними
// виконкому, …" opening a statement or after a colon, and "у виконкомі
// повідомили, що …".
func TestS41GExecutiveSpeaks(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"за даними opening the sentence", "Депутати ухвалили бюджет. За даними виконкому, підприємство три роки не сплачувало орендну плату.",
			[]string{"виконком/за даними/indirect: підприємство три роки не сплачувало орендну плату"}},
		{"за даними after a colon", "Депутати позбавили підприємство права користування ринком: за даними виконкому, воно три роки не сплачувало орендну плату.",
			[]string{"виконком/за даними/indirect: воно три роки не сплачувало орендну плату"}},
		{"a plural cue in the executive", "Депутати ухвалили бюджет. У міськвиконкомі повідомили, що тариф на воду переглянуть у березні.",
			[]string{"міськвиконком/повідомити/indirect: тариф на воду переглянуть у березні"}},
	}, time.Time{})
}
