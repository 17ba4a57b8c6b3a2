package pipeline_test

import (
	"testing"
	"time"
)

// Session 21's last precision audits of BRUK press texts: animals, pests
// and idioms read as attacks, and ordinary people's visits to places.

func TestAuditDEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"killing two birds with one stone is an idiom, no attack",
			"Мерія одним рішенням убила кількох зайців.",
			nil},
		{"pests attacking gardens are no party",
			"Цього літа слимаки атакують городи на Полтавщині. Шкідники атакують сади в Черкаській області.",
			nil},
		{"an animal that attacks is no party either",
			"Собака напав на дитину у Львові.",
			nil},
		{"an army's attack stays one",
			"Російські війська атакували Харків у вівторок.",
			[]string{"ASSAULT Російські війська → Харків @Харків"}},
		{"pupils and tourists at a pool or a museum visit no party",
			"Школярі відвідуватимуть басейн у Житомирі щосереди. Туристи відвідали музей у Каневі.",
			nil},
		{"an official's visit to a town stays one",
			"Президент Польщі відвідав Львів у понеділок.",
			[]string{"CONSULT/visit Президент Польщі → Львів @Львів"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
