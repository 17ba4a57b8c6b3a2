package pipeline_test

import (
	"testing"
	"time"
)

// Members of a named body met together (з депутатами X, з членами X, з
// сенаторами X) stand for the body as the partner of the meeting, as a
// delegation of it does; one member with a name is that person. The
// sentences are our own (session 51, helper h51m).
func TestMembersOfBodyMetS51m(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a minister met deputies of a parliament",
			"Міністр фінансів Сергій Марченко зустрівся з депутатами Сейму Литви.",
			[]string{"CONSULT/meet Сергій Марченко → Сейм Литви"}},
		{"a minister met members of a congress",
			"Прем'єр-міністерка Юлія Свириденко зустрілася з членами Конгресу США.",
			[]string{"CONSULT/meet Юлія Свириденко → Конгрес США"}},
		{"talks with senators of a state",
			"Посол Ольга Стефанішина провела переговори з сенаторами США.",
			[]string{"CONSULT/meet Ольга Стефанішина → США"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
