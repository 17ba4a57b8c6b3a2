package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// Source lines of session 55 (helper h55s), read from the study half of
// the paraphrase set TestParaphraseS55S; the sentences are our own.

// checkSources compares each case's source, rendered as sourceString
// renders it, with the case's one line.
func checkSources(t *testing.T, tests []construction) {
	t.Helper()
	p := load(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sourceString(p.Extract(tt.text, time.Time{}))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\n  got  %s\n  want %s", tt.text, got, tt.want)
			}
		})
	}
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
