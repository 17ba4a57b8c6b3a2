package ner

import (
	"strings"
	"testing"

	"github.com/vistka/vistka/internal/scan"
)

// caseForms returns each word as written, lower-cased, upper-cased and
// capitalised, and with a long tail that does not fit the stack buffers
// the lookups lower-case into.
func caseForms(words ...string) []string {
	var out []string
	for _, w := range words {
		out = append(out, w, scan.ToLower(w), strings.ToUpper(w), titleCase(w), w+strings.Repeat("Ж", 40))
	}
	return append(out, "", "\xff", "Д\xd0", "\u212a", "İ")
}

// TestLowerLookups compares platformPage and lowerSet.hasLower, which
// lower-case into a buffer on the stack, with the simple versions that
// lower-case to a string.
func TestLowerLookups(t *testing.T) {
	simplePage := func(w string) bool {
		name, page, ok := strings.Cut(scan.ToLower(w), "-")
		if !ok || !platforms[name] {
			return false
		}
		for _, p := range pageStems {
			if strings.HasPrefix(page, p) {
				return true
			}
		}
		return false
	}
	s := newLowerSet("о", "після", "смт", "обов'язки", "telegram", strings.Repeat("ж", 40))
	words := caseForms("Telegram-каналі", "фейсбук-сторінка", "YouTube-каналу", "Viber-чат", "Twitter-", "-пост",
		"телеграм-канал", "Telegram", "Facebook-друг", "о", "Після", "СМТ", "обов'язки", "Обов’язки", strings.Repeat("Ж", 40))
	for _, w := range words {
		if got, want := platformPage(w), simplePage(w); got != want {
			t.Errorf("platformPage(%q) = %v, want %v", w, got, want)
		}
		if got, want := s.startsOne(w) && s.hasLower(w), s.startsOne(w) && s.words[scan.ToLower(w)]; got != want {
			t.Errorf("hasLower(%q) = %v, want %v", w, got, want)
		}
	}
}
