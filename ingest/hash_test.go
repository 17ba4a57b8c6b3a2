package ingest_test

import (
	"testing"

	"github.com/vistka/vistka/ingest"
)

func TestTextHash(t *testing.T) {
	base := ingest.TextHash("Прем’єр-міністр заявив про санкції.")
	for _, tc := range []struct {
		name, text string
		same       bool
	}{
		{"identical", "Прем’єр-міністр заявив про санкції.", true},
		{"spaces and newlines", "  Прем’єр-міністр\n\nзаявив\tпро\u00a0санкції.\r\n", true},
		{"other apostrophe", "Прем'єр-міністр заявив про санкції.", true},
		{"modifier apostrophe", "Премʼєр-міністр заявив про санкції.", true},
		{"soft hyphen", "Прем’єр-мініс\u00adтр заявив про санкції.", true},
		{"decomposed й", "Прем’єр-міністр заявив про санкції.", true},
		{"other word", "Прем’єр-міністр заявила про санкції.", false},
		{"no space", "Прем’єр-міністрзаявив про санкції.", false},
		{"other case", "прем’єр-міністр заявив про санкції.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ingest.TextHash(tc.text) == base; got != tc.same {
				t.Errorf("TextHash(%q) == base: %v, want %v", tc.text, got, tc.same)
			}
		})
	}
	if got := ingest.TextHash(""); got != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Errorf("TextHash(\"\") = %s, want the SHA-256 of nothing", got)
	}
	nfd := ingest.TextHash("Київ") // и + combining breve
	if nfd != ingest.TextHash("Київ") {
		t.Error("NFD and NFC hash differently")
	}
}
