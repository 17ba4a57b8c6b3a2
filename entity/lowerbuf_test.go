package entity

import (
	"strings"
	"testing"

	"github.com/vistka/vistka/internal/scan"
)

// TestLowerLookups compares isParticle and isRoleWord, which lower-case
// into a buffer on the stack, with the simple versions that lower-case
// to a string.
func TestLowerLookups(t *testing.T) {
	simpleParticle := func(w string) bool {
		switch scan.ToLower(w) {
		case "фон", "дер", "де", "ван", "ді", "да", "ла", "ле", "аль", "бін", "ібн", "цу", "дю", "дель":
			return true
		}
		return false
	}
	simpleRole := func(lemma string) bool {
		base, _ := formerHead(lemma)
		return roleWords[base]
	}
	var words []string
	for _, w := range []string{"фон", "Дер", "ДЕЛЬ", "Ді", "дель-", "Ван", "Іван", "ібн", "de",
		"міністр", "Екс-міністр", "ЕКСМІНІСТР", "екс-", "екс", "Ексміністр", "прем'єр-міністр", "Президент", "екс-Президент", "генпрокурор", "Депутат"} {
		words = append(words, w, strings.ToUpper(w), scan.ToLower(w), w+strings.Repeat("Ж", 40))
	}
	for w := range roleWords {
		// every role word, as a lemma may write it: the sieve before the
		// lower-casing must let each through
		for _, v := range []string{w, "екс" + w, "екс-" + w} {
			words = append(words, v, strings.ToUpper(v), strings.ToUpper(v[:2])+v[2:], v[:len(v)-2]+strings.ToUpper(v[len(v)-2:]))
		}
	}
	words = append(words, "", "\xff", "Д\xd0", "\u212a", "İ", "екс-"+strings.Repeat("я", 40))
	for _, w := range words {
		if got, want := isParticle(w), simpleParticle(w); got != want {
			t.Errorf("isParticle(%q) = %v, want %v", w, got, want)
		}
		if got, want := isRoleWord(w), simpleRole(w); got != want {
			t.Errorf("isRoleWord(%q) = %v, want %v", w, got, want)
		}
	}
}
