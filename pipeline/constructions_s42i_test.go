package pipeline_test

import (
	"testing"
	"time"
)

// TestS42IActAtTheEnd checks that a passed act's noun (рішення,
// постанова, закон) as the last word of a text without a final stop, as
// headlines end, does not make the extractor read past the text's end:
// the act's passer is looked for after the noun, where there is nothing.
func TestS42IActAtTheEnd(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a headline ending in рішення",
			"Опозиція вимагає від уряду скасувати рішення",
			[]string{"REQUEST Опозиція → уряд"}},
		{"a headline ending in постанову",
			"Депутати закликали уряд скасувати постанову",
			[]string{"REQUEST Депутати → уряд"}},
		{"a headline ending in закон",
			"Президент ветував закон",
			[]string{"REJECT Президент → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}
