package scan_test

import (
	"testing"

	"github.com/vistka/vistka/internal/scan"
)

// TestSieve checks that a Sieve lets through every word added to it, the
// empty one too, and the words a map of them holds, on words in and out
// of the set; and that it stops most others.
func TestSieve(t *testing.T) {
	set := []string{"", "січня", "лютого", "п'ятниці", "неділю", "за", "як", "повідомляє", "x", "ABC", "\xd0"}
	var s scan.Sieve
	in := map[string]bool{}
	for _, w := range set {
		s.Add(w)
		in[w] = true
	}
	others := []string{"січень", "лютий", "понеділок", "на", "про", "повідомляють", "y", "ABD", "\xd1", "Січня", "аbc"}
	stopped := 0
	for _, w := range append(set, others...) {
		if in[w] && !s.May(w) {
			t.Errorf("May(%q) = false for a word of the set", w)
		}
		if !s.May(w) {
			stopped++
		}
	}
	if stopped < len(others)/2 {
		t.Errorf("the sieve stopped %d of %d other words", stopped, len(others))
	}
	var zero scan.Sieve
	for _, w := range append(set, others...) {
		if zero.May(w) {
			t.Errorf("the zero Sieve lets %q through", w)
		}
	}
}

// TestSieveKey checks that Has with a word's key answers as May does, for
// words in and out of a sieve's set, across lengths and last letters.
func TestSieveKey(t *testing.T) {
	var s scan.Sieve
	for _, w := range []string{"заарештувати", "вислати", "придбати", "купити", "прийти", "x", ""} {
		s.Add(w)
	}
	words := []string{"", "a", "я", "прийти", "прийшли", "вислали", "придбали", "купувати", "заарештовувати",
		"поліцейські затримали підозрюваного у вчиненні злочину", "ABC", "\xd0", "з'явитися"}
	for _, w := range words {
		if got, want := s.Has(scan.KeyOf(w)), s.May(w); got != want {
			t.Errorf("Has(KeyOf(%q)) = %v, May = %v", w, got, want)
		}
	}
}

func TestSieveOf(t *testing.T) {
	a := scan.SieveOf(map[string]bool{"рада": true, "суд": true})
	b := scan.SieveOf(map[string]int{"міністр": 1})
	u := a.Union(b)
	for _, w := range []string{"рада", "суд"} {
		if !a.May(w) || !u.May(w) {
			t.Errorf("%q: want it let through", w)
		}
	}
	if !b.May("міністр") || !u.May("міністр") {
		t.Error("міністр: want it let through by b and the union")
	}
	if a.May("міністр") {
		t.Error("a lets міністр through; the test's words must differ in length or last byte")
	}
	var zero scan.Sieve
	if scan.SieveOf[bool]() != zero {
		t.Error("a Sieve of no maps lets something through")
	}
}
