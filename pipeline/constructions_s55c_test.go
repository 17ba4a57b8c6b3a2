package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found by session 55's paraphrase
// set for CONSULT, AGREE and COOPERATE (helper h55c,
// paraphrase_s55c_test.go); the sentences are new, not the set's.

// TestS55CSignedPaperPlace: the paper signed, initialled, ratified or
// agreed stands where it was signed whatever the verb (a contract, an
// imperfective, a treaty initialled), not only after підписати угоду.
func TestS55CSignedPaperPlace(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a contract signed in a town",
			"Міністерство оборони та компанія Rheinmetall підписали контракт у Дюссельдорфі.",
			[]string{"AGREE Міністерство оборони,Rheinmetall →  @Дюссельдорф"}},
		{"a treaty initialled in a town",
			"Сербія та Косово парафували рамковий договір у Брюсселі.",
			[]string{"AGREE Сербія,Косово →  @Брюссель"}},
		{"the text of a deal agreed in a town",
			"Молдова та Румунія погодили текст угоди в Кишиневі.",
			[]string{"AGREE Молдова,Румунія →  @Кишинів"}},
		{"a place of what the deal is about stays the topic's",
			"Литва та Латвія парафували угоду про будівництво мосту в Даугавпілсі.",
			[]string{"AGREE Литва,Латвія → "}},
	}, time.Time{})
}
