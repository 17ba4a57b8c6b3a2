package pipeline_test

import (
	"testing"
	"time"
)

// TestS54ZCopulaOpensSentence checks that a title in the instrumental
// after є that opens its sentence past an adverb, with no name before є
// to hold it, is read without running off the sentence's start (it
// indexed the token before the first).
func TestS54ZCopulaOpensSentence(t *testing.T) {
	p := load(t)
	for _, text := range []string{
		"Є також депутатом міськради.",
		"Є нині головою правління.",
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q: panic %v", text, r)
				}
			}()
			p.Extract(text, time.Time{})
		}()
	}
}
