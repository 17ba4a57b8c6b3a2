package pipeline_test

import (
	"testing"
	"time"
)

// An aid's purpose read at the very end of a text (session 50, helper
// d): a headline or a last line with no full stop that ends in "на
// ADJ допомогу / підтримку / потреби" must be read, not run past the
// last token. The sentences are our own.

func TestS50DAidPurposeClosingText(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"help with its adjective closing a headline",
			"Уряд спрямував 2 млн гривень на гуманітарну допомогу",
			[]string{"AID Уряд → "}},
		{"support with its adjective closing a headline",
			"Німеччина виділила 10 млн євро на фінансову підтримку",
			[]string{"AID Німеччина → "}},
		{"needs with their adjective closing a headline",
			"Рада виділила 3 млн гривень на нагальні потреби",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}
