package pipeline_test

import (
	"testing"
	"time"
)

// TestS46KPermitRevoked: a permit revoked by the body that issued it is
// an administrative sanction on its holder, as a licence revoked is
// (COERCE).
func TestS46KPermitRevoked(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a special permit annulled",
			"Ціни на сталь зросли.\n\nДержекоінспекція анулювала спеціальний дозвіл заводу на викиди.",
			[]string{"COERCE Держекоінспекція → "}}, // (the holder past an adjective is not read yet),
		{"a permit withdrawn",
			"Ціни на житло зросли.\n\nМіська рада відкликала дозвіл забудовника на будівництво.",
			[]string{"COERCE Міська рада → забудовник"}},
	}, time.Time{})
}
