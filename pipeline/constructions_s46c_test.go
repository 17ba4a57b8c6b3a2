package pipeline_test

import (
	"testing"
	"time"
)

// TestS46CPlannedSittingWhich: a body's gathering followed by a relative
// clause that says it is to take place or is planned ("засідання Ради
// ЄС, яке відбудеться …", "…, який запланований на …") is a planned
// CONSULT, with the clause's future; one said to have been held stays
// past.
func TestS46CPlannedSittingWhich(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a sitting, which will take place",
			"Засідання Ради Європейського Союзу, яке відбудеться 9 квітня в Люксембурзі, розгляне новий пакет санкцій.",
			[]string{"CONSULT/multilateral Рада Європейського Союзу →  @Люксембург [future]"}},
		{"a sitting, which is planned",
			"Засідання Ради Європейського Союзу, яке заплановане на травень, розгляне новий пакет санкцій.",
			[]string{"CONSULT/multilateral Рада Європейського Союзу →  [future]"}},
	}
	checkEvents(t, p, tests, time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC))
}
