package pipeline_test

import (
	"testing"
	"time"
)

// TestS43ENamingFragments: a fragment quoted after назвати is a direct
// quote of the one who named (the gold guidelines), a phrase of up to
// ten words too, and after a subject set off by a relative clause opened
// by чий; a longer quote after a threat stays no naming.
func TestS43ENamingFragments(t *testing.T) {
	p := load(t)
	checkQuotes(t, p, []construction{
		{"a long naming after another predicate",
			"Депутат Олег Коваленко натомість підтримав закон і назвав його «найважливішим рішенням для аграрної галузі за останні роки».",
			[]string{"Олег Коваленко/назвати/direct: найважливішим рішенням для аграрної галузі за останні роки"}},
		{"a subject set off by a clause of чий",
			"Ректор Іван Мельник, чий університет також втратив фінансування, назвав реформу «катастрофою».",
			[]string{"Іван Мельник/назвати/direct: катастрофою"}},
	}, time.Time{})
}
