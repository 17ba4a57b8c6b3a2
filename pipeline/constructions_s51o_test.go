package pipeline_test

import (
	"testing"
	"time"
)

// Troops or units moved, told by the impersonal form in -но, -то of a verb
// of moving forces (перекинуто, направлено, розгорнуто), which names no
// mover: the troops moved are the ones the event is about. Weapons moved
// name no one, and rescue crews sent are no forces. The sentences are our own.
func TestMovedTroopsImpersonalS51o(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"war desk: troops moved to a border",
			"До західного кордону перекинуто ще 15 тисяч військових.",
			[]string{"MOBILIZE  → військові"}},
		{"police desk: units sent to a town",
			"До Ужгорода направлено додаткові підрозділи Нацгвардії.",
			[]string{"MOBILIZE  → додаткові підрозділи Нацгвардії,Нацгвардія"}},
		{"front desk: marines moved to a front",
			"На фронт перекинуто ще два підрозділи морської піхоти.",
			[]string{"MOBILIZE  → підрозділи морської піхоти"}},
		{"rescue crews sent are no forces",
			"До затоплених сіл направлено ще 12 рятувальних підрозділів.",
			nil},
		{"weapons moved name no one",
			"Біля аеродрому розгорнуто дві батареї ППО.",
			nil},
	}, wed)
}
