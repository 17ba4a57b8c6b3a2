package pipeline_test

import (
	"testing"
	"time"
)

// TestS34SuspectTitled checks that the suspect told of a suspicion in the
// dative under a title that holds a body's name is the person the title
// names, not the title phrase as a second suspect.
func TestS34SuspectTitled(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"a title with a body in quotation marks",
			"Детективи НАБУ повідомили про підозру ексзаступнику директора ДП «Енергоатом» Олександру Гордієнку.",
			[]string{"ACCUSE Детективи НАБУ → Олександр Гордієнко"}},
		{"a title with a plain genitive",
			"Прокурори повідомили про підозру заступнику міністра Івану Петренку.",
			[]string{"ACCUSE Прокурори → Іван Петренко"}},
		{"two untitled suspects stay phrases",
			"Прокурори повідомили про підозру начальникові відділу і першому заступникові директора УЦОЯО.",
			[]string{"ACCUSE Прокурори → начальник відділу,перший заступник директора УЦОЯО"}},
	}, time.Time{})
}
