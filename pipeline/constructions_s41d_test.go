package pipeline_test

import (
	"testing"
	"time"
)

// TestS41DPoliceSeat checks that an arrest by a town's police, named by
// the town in the genitive or by its adjective before міський відділ,
// takes that town as its place, over the dateline too; the police of a
// region, of a district or of a country gives no place.
func TestS41DPoliceSeat(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a town in the genitive",
			"Поліція Ізюма затримала двох крадіїв.",
			[]string{"COERCE Поліція Ізюма → двоє крадіїв @Ізюм"}},
		{"a town's adjective before its department, past the dateline",
			"Заголовок новини\n\nВІННИЦЯ, 3 квітня. Працівники Кременчуцького міського відділу поліції затримали трьох мешканців міста.",
			[]string{"COERCE Кременчуцький міський відділ → троє мешканців міста @Кременчук"}},
		{"a region's police",
			"Поліція Київщини затримала двох крадіїв.",
			[]string{"COERCE Поліція Київщини → двоє крадіїв"}},
		{"a district's department",
			"Працівники Коростенського районного відділу поліції затримали двох чоловіків.",
			[]string{"COERCE Коростенський районний відділ поліції → двоє чоловіків"}},
		{"a country's police",
			"Поліція Молдови затримала двох крадіїв.",
			[]string{"COERCE Поліція Молдови → двоє крадіїв"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
