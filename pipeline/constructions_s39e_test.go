package pipeline_test

import (
	"testing"
	"time"
)

// TestS39EConditionClause checks that an event in a clause of якщо or
// якби is the condition of what its sentence says may follow, no event of
// its own, while the main clause keeps its hypothetical event and an
// event after a comma that closes the condition is not in it.
func TestS39EConditionClause(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"condition first", "Якщо Німеччина погодиться на поставки, Україна отримає ракети до зими.",
			nil},
		{"condition last, main clause kept", "Данія може профінансувати Україні закупівлю ракет, якщо Євросоюз схвалить новий фонд.",
			[]string{"AID Данія → Україна [future]"}},
		{"якби", "Якби Польща підписала угоду, кордон відкрили б.",
			nil},
		{"no condition", "Польща підписала угоду з Україною. Данія профінансувала Україні закупівлю ракет.",
			[]string{"AGREE Польща → Україна", "AID Данія → Україна"}},
	}, time.Time{})
}
