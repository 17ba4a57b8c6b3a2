package pipeline_test

import (
	"testing"
	"time"
)

// The law-and-order desk (session 48, helper h48c): a lawsuit or an
// appeal told in a clause of що after a first predicate with no subject
// of its own is the speaker's, as the first predicate is; the sentences
// are our own.
func TestCoordinatedSuitS48c(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a suit to come after the damage the speaker puts a price on",
			"Власниця кав'ярні Оксана Литвин розповіла, що оцінює збитки у 35 тисяч гривень і подасть до суду позов проти водія.",
			[]string{"ACCUSE Оксана Литвин →  [future]"}},
		{"the damage put first, a number between the verbs",
			"Фермер Василь Гнатюк заявив, що збитки оцінює у 120 тисяч гривень і звернеться до суду.",
			[]string{"ACCUSE Василь Гнатюк →  [future]"}},
		{"the clause with a subject of its own is not the speaker's",
			"Адвокат Петро Мельник розповів, що суд розглянув справу і відмовив у задоволенні позову.",
			[]string{"REJECT суд → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}
