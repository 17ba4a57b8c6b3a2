package pipeline_test

import (
	"testing"
	"time"
)

// TestS38BWhiteHouse checks that a venue named by a capitalised adjective
// and дім (`у Білому домі`) is a place, not a person `Білий`.
func TestS38BWhiteHouse(t *testing.T) {
	p := load(t)
	wed := time.Date(2025, 10, 29, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"after the partner",
			"Президент Петро Коваль у середу провів переговори з президентом США Яном Новаком у Білому домі.",
			[]string{"CONSULT/meet Петро Коваль → Ян Новак @Білий дім on 2025-10-29"}},
	}, wed, eventDated)
}
