package pipeline_test

import (
	"testing"
	"time"
)

// Session 56, helper h56z: an edge case of the session's rules with a
// reading to check; the texts that only must not read past their end
// are TestCutAtTheEnd's (truncated_test.go).

// TestS56ZWarnedOfAnswerEndsText: a warning of an answer whose noun ends
// an unstopped headline ("… попередив про відповідь") is still a threat,
// and reading whether "на" or a genitive follows the noun must not look
// past the sentence (it panicked on an index one past the end).
func TestS56ZWarnedOfAnswerEndsText(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"the answer ends an unstopped headline",
			"Туреччина попередила про відповідь",
			[]string{"THREATEN Туреччина → "}},
	}, time.Time{})
}
