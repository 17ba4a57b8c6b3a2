package event

import (
	"strings"

	"github.com/vistka/vistka"
)

// coordinatedRuling reports whether a and b are one ruling told by two
// coordinated verbs, the first a finding (визнати + adjective) whose
// object only the second names: "Суд визнав протиправним та скасував
// рішення обласної ради" is one REJECT of the council, not a second one
// with no one rejected. Both are REJECTs of the same actors in one
// sentence, one with no recipient, and the finding's trigger ends right
// before the other's begins (past і, та, й or a comma).
func coordinatedRuling(a, b *vistka.Event) bool {
	if a.Type != "REJECT" || b.Type != "REJECT" || a.Sentence != b.Sentence || a.TriggerSpan == nil || b.TriggerSpan == nil ||
		len(a.Actors) == 0 || !sameSet(a.Actors, b.Actors) || len(a.Recipients) > 0 && len(b.Recipients) > 0 {
		return false
	}
	first, second := a, b
	if b.TriggerSpan.Start < a.TriggerSpan.Start {
		first, second = b, a
	}
	gap := second.TriggerSpan.Start - first.TriggerSpan.End
	return strings.HasPrefix(first.Trigger, "визнати ") && len(first.Recipients) == 0 && gap >= 0 && gap <= 5
}
