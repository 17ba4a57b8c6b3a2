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
			[]string{"COERCE Поліція → двоє учасників"}},
		{"on a driver, the report before him",
			"Патрульні склали протокол на водія, який їхав без прав.",
			[]string{"COERCE Патрульні → "}},
		{"an administrative report",
			"Правоохоронці склали адміністративний протокол за дрібне хуліганство.",
			[]string{"COERCE Правоохоронці → "}},
		{"an administrative report in one word",
			"Поліцейські склали адмінпротокол.",
			[]string{"COERCE Поліцейські → "}},
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

// TestS41InquiryOrdered checks that an inquiry ordered or announced by
// a body (оголосила позапланову перевірку, призначив службове
// розслідування) is an investigation, an ACCUSE, as one begun is
// (розпочала перевірку); an inquiry named only further on in the clause
// (a head of an inquiry appointed, a meeting about an audit) is none.
func TestS41InquiryOrdered(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an unscheduled inspection announced",
			"Державна служба якості освіти оголосила позапланову перевірку департаменту освіти.",
			[]string{"ACCUSE Державна служба якості освіти → "}},
		{"an internal inquiry ordered",
			"Командир призначив службове розслідування.",
			[]string{"ACCUSE Командир → "}},
		{"an audit ordered",
			"Міністерство призначило аудит підприємства.",
			[]string{"ACCUSE Міністерство → "}},
		{"the head of an inquiry appointed",
			"Міністр призначив нового керівника розслідування.",
			nil},
		{"a meeting about an inspection",
			"Міністр призначив нараду щодо перевірки.",
			nil},
		{"an inspection's results announced",
			"Рахункова палата оголосила результати перевірки.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS41WarnedOfOwnAct checks that a warning that its subject may do an
// act that is an event (попередили, що можуть оголосити страйк; що може
// звернутися до суду) is a threat; a warning of what may happen with a
// subject of its own (погода може погіршитися, може піти сніг) or of what
// may only be (можуть бути перебої) is none.
func TestS41WarnedOfOwnAct(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a strike held over",
			"Водії попередили, що з квітня можуть оголосити страйк.",
			[]string{"THREATEN Водії → "}},
		{"a lawsuit held over",
			"Профспілка попередила, що може звернутися до суду.",
			[]string{"THREATEN Профспілка → "}},
		{"a protest held over",
			"Аграрії попередили, що наступного тижня можуть вийти на акцію протесту.",
			[]string{"THREATEN Аграрії → "}},
		{"the weather",
			"Синоптики попередили, що погода може погіршитися.",
			nil},
		{"snow, the subject after",
			"Мер попередив, що може піти сніг.",
			nil},
		{"what may be",
			"Енергетики попередили, що можуть бути перебої зі світлом.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
