package pipeline_test

import (
	"testing"
	"time"
)

// Source lines of session 55 (helper h55s), read from the study half of
// the paraphrase set TestParaphraseS55S; the sentences are our own.

// checkSources is checkFound on each case's source, rendered by
// sourceString.
func checkSources(t *testing.T, tests []construction) {
	t.Helper()
	checkFound(t, load(t), tests, time.Time{}, sourceString)
}

// TestS55SAnaphorAfterSubject: "Про це повідомили у відомстві", a source
// line of its own, names the body that opens a sentence before as its
// subject; a cue closing the body's own sentence stays its quote.
func TestS55SAnaphorAfterSubject(t *testing.T) {
	checkSources(t, []construction{
		{"a ministry as the subject of the lead",
			"Мінекономіки спростить експорт зерна\n\nМіністерство економіки спростить процедуру експорту зерна через дунайські порти. Про це повідомили у відомстві.\n\nНові правила діятимуть з липня.",
			[]string{" | Міністерство економіки | "}},
		{"a service as the subject, two sentences before",
			"Податкова перевірить ФОПів\n\nДержавна податкова служба перевірить 500 підприємців у Києві. Перевірки триватимуть до кінця року. Про це повідомили у відомстві.",
			[]string{" | Державна податкова служба | "}},
	})
}
