package source_test

import "testing"

// TestS38UnnamedPlace checks that where unnamed sources are is read with
// its adjective, and that sources of the outlet's own are cited as
// written (since session 50, sources3's convention; they named no one
// before).
func TestS38UnnamedPlace(t *testing.T) {
	const lead = "Новий пакет\n\nУряд Німеччини ухвалив новий пакет допомоги Україні. "
	checkFind(t, []findCase{
		{"an adjective and its noun",
			lead + "Про це пише Politico з посиланням на посадовців у міській раді.", "", []string{"Politico", "посадовці у міській раді"}, nil, nil},
		{"sources of its own",
			lead + "Про це пише Politico з посиланням на власні джерела у міській раді.", "", []string{"Politico", "власні джерела у міській раді"}, nil, nil},
	})
}
