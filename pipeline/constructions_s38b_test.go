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

// TestS38BForumHeldIn checks that taking part in a gathering whose place
// its relative clause tells (`взяв участь у форумі «…», що відбувся в
// Королівському замку`) is placed there, past a quoted name with a colon.
func TestS38BForumHeldIn(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a quoted name",
			"Міністр Петро Коваль узяв участь у форумі «Україна – Польща: безпека разом», що відбувся в Королівському замку.",
			[]string{"CONSULT/multilateral Петро Коваль →  @Королівський замок on "}},
		{"a town",
			"Міністр Петро Коваль узяв участь у форумі з безпеки, що відбувся у Вроцлаві.",
			[]string{"CONSULT/multilateral Петро Коваль →  @Вроцлав on "}},
	}, wed, eventDated)
}

// TestS38BMarginsPlace checks that a meeting `На полях форуму` takes the
// place of the forum told before even when no day is told.
func TestS38BMarginsPlace(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC)
	checkEventsAs(t, p, []construction{
		{"a forum in a castle",
			"Міністр Петро Коваль узяв участь у форумі з безпеки, що відбувся в Королівському замку. На полях форуму Коваль провів зустріч із маршалком Сейму Яном Новаком.",
			[]string{"CONSULT/multilateral Петро Коваль →  @Королівський замок on ", "CONSULT/meet Петро Коваль → Ян Новак @Королівський замок on "}},
	}, wed, eventDated)
}
