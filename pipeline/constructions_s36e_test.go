package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the errors of the
// fourteenth press set (testdata/gold/press14.jsonl); the sentences are
// our own.

// TestS36EYouthActs checks that a people's collective noun (молодь,
// студентство, громадськість) is a side as a body is: the youth who hold
// a demonstration protest, the youth who demand, demand.
func TestS36EYouthActs(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a demonstration held by the youth, a place before it",
			"Під час засідання біля будинку суду місцева молодь провела велику демонстрацію.",
			[]string{"PROTEST місцева молодь → "}},
		{"a demand of the youth",
			"У Криму кримськотатарська молодь вимагає розширення прав для свого народу.",
			[]string{"REQUEST кримськотатарська молодь →  @Крим"}},
		{"the student body pickets",
			"Студентство університету пікетувало Міністерство освіти і науки України.",
			[]string{"PROTEST Студентство університету → Міністерство освіти і науки України"}},
	}, time.Time{})
}
