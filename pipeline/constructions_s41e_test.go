package pipeline_test

import (
	"testing"
	"time"
)

// TestS41OffenceReport checks that a report of an offence drawn up on
// someone (склали на кого протокол, склали адміністративний протокол)
// is the police's administrative charge, a COERCE; the minutes of a
// meeting and a report drawn up on the spot or on some grounds are none.
func TestS41OffenceReport(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"on participants, the report after them",
			"Поліція склала на двох учасників акції адміністративні протоколи.",
			[]string{"COERCE Поліція → "}},
		{"on a driver, the report before him",
			"Патрульні склали протокол на водія, який їхав без прав.",
			[]string{"COERCE Патрульні → "}},
		{"an administrative report",
			"Правоохоронці склали адміністративний протокол за дрібне хуліганство.",
			[]string{"COERCE Правоохоронці → "}},
		{"a power, the offences administrative",
			"Працівники не уповноважені складати протоколи про вчинення адміністративних правопорушень.",
			nil},
		{"the minutes of a meeting",
			"Секретар склав протокол засідання.",
			nil},
		{"a report on some grounds",
			"Комісія склала протокол на підставі акту.",
			nil},
		{"a report on the spot",
			"Комісія склала на місці протокол огляду.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
