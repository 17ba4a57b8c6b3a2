package event

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// talksRefused turns talks that a side says it will not hold ("Студенти
// відповіли, що не вестимуть переговорів, доки …", "Лондон не вестиме
// переговорів про Україну без України") into the refusal they are:
// PLOVER's REJECT (a proposal to meet or negotiate rejected), told now,
// not a meeting to come that will not be. Talks not held in the past
// ("не провели переговорів") or that cannot be ("не зможуть") say no
// refusal and stay as they are; so do an agreement or a signing refused,
// which the gold sets keep as a negated AGREE.
func talksRefused(evs []vistka.Event) []vistka.Event {
	for i := range evs {
		e := &evs[i]
		if e.Type != "CONSULT" || !slices.Contains(e.Aux, "future") || !slices.Contains(e.Aux, "negation") || slices.Contains(e.Aux, "hypothetical") ||
			!strings.Contains(e.Trigger, "переговори") && !strings.Contains(e.Trigger, "перемовини") {
			continue
		}
		e.Type, e.Mode = "REJECT", ""
		e.Aux = slices.DeleteFunc(e.Aux, func(x string) bool { return x == "future" || x == "negation" })
	}
	return evs
}
