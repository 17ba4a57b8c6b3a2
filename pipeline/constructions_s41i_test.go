package pipeline_test

import (
	"testing"
	"time"
)

// TestS41IStreetInTown checks that what happens on a street of a local
// story's town (on it in the locative, along it in the instrumental) is
// placed in the town, and that a street named in the sentence does not
// count as another place that keeps the town from it; with no town the
// story is set in, the street stays the place.
func TestS41IStreetInTown(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"on a street, the story's town",
			"Заголовок новини\nУ Кременчуці з понеділка почали подавати тепло. Увечері мешканці перекрили дорогу на вулиці Європейській.",
			[]string{"PROTEST мешканці →  @Кременчук"}},
		{"along a street",
			"Заголовок новини\nУ Кременчуці з понеділка почали подавати тепло. Увечері торговці перекрили рух вулицею Преображенською.",
			[]string{"PROTEST торговці →  @Кременчук"}},
		{"a building on a street",
			"Заголовок новини\nУ Кременчуці з понеділка почали подавати тепло. Увечері мешканці пікетували будинок на вулиці Європейській.",
			[]string{"PROTEST мешканці →  @Кременчук"}},
		{"no town the story is set in",
			"Увечері мешканці перекрили дорогу на вулиці Європейській.",
			[]string{"PROTEST мешканці →  @вулиця Європейська"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
