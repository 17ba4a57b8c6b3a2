package pipeline_test

import (
	"testing"
	"time"
)

// TestS25TheyAfterVerb checks "вони" for the people the sentence before
// names right after its plural verb, with no event of their own there:
// "До справи долучилися слідчі ДБР. Вони повідомили …". Staff named with
// their body stand for it, as "Слідчі ДБР затримали" does.
func TestS25TheyAfterVerb(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"investigators of a body, named after the verb (was a gap of TestS24H6LegalGaps)",
			"До справи долучилися слідчі ДБР. Вони повідомили про підозру начальнику колонії.",
			[]string{"ACCUSE ДБР → начальник колонії"}},
		{"police officers, an adjective standing alone",
			"На місце події прибули поліцейські. Вони затримали двох чоловіків.",
			[]string{"COERCE поліцейські → двоє чоловіків"}},
		{"a body's investigators searching",
			"До розслідування долучилися слідчі СБУ. Вони провели обшуки у посадовців митниці.",
			[]string{"COERCE СБУ → посадовці митниці"}},
		{"a singular verb after its subject is no such opening",
			"До справи долучився слідчий. Вони повідомили про підозру начальнику колонії.",
			[]string{"ACCUSE  → начальник колонії"}},
		{"a noun in the nominative before the verb is the subject, not the people after it",
			"Учора суд розглянув справу. Вони повідомили про підозру начальнику колонії.",
			[]string{"ACCUSE  → начальник колонії"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
