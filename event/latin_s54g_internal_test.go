package event

import "testing"

// TestLatinHeadAgrees: events take the Cyrillic word of just the lemmas
// the tagger analyses as a Latin prefix and a word (scan.LatinPrefixed),
// a digit first among them.
func TestLatinHeadAgrees(t *testing.T) {
	for in, want := range map[string]string{
		"5G-вежа":        "вежа",
		"FPV-дрон":       "дрон",
		"Wi-Fi-роутер":   "роутер",
		"A/B-тестування": "A/B-тестування",
		"5-річчя":        "5-річчя",
		"дрон":           "дрон",
	} {
		if got := latinHead(in); got != want {
			t.Errorf("latinHead(%q) = %q, want %q", in, got, want)
		}
	}
}
