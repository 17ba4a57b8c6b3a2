package entity

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vistka/vistka/internal/scan"
)

// TestCouncilFirstLetter checks the council words, which tell most words
// apart by firstLower, against the plain way, lower-casing the word
// first, on words in every case, with letters outside Cyrillic and
// invalid UTF-8.
func TestCouncilFirstLetter(t *testing.T) {
	oldCouncilWord := func(w string) string {
		l := scan.ToLower(w)
		for _, c := range councils {
			if rest, ok := strings.CutPrefix(l, strings.TrimSuffix(c.contracted, "а")); ok && slices.Contains(caseEndings, rest) {
				return c.contracted
			}
		}
		return ""
	}
	oldCouncilPair := func(adj, noun string) string {
		rest, ok := strings.CutPrefix(scan.ToLower(noun), "рад")
		if !ok || !slices.Contains(caseEndings, rest) {
			return ""
		}
		a := scan.ToLower(adj)
		for _, c := range councils {
			if rest, ok := strings.CutPrefix(a, c.adjective); ok && utf8.RuneCountInString(rest) <= 2 {
				return c.contracted
			}
		}
		return ""
	}
	oldContraction := func(w string) string {
		l := scan.ToLower(w)
		if !strings.HasPrefix(l, "обл") && !strings.HasPrefix(l, "рай") && !strings.HasPrefix(l, "міськ") || !strings.Contains(l, "адміністрац") {
			return ""
		}
		var b strings.Builder
		for !strings.HasPrefix(l, "адміністрац") {
			found := false
			for _, p := range contractedParts {
				if rest, ok := strings.CutPrefix(l, p.clip); ok {
					b.WriteString(p.letter)
					l, found = rest, true
					break
				}
			}
			if !found {
				return ""
			}
		}
		return b.String() + "А"
	}
	base := []string{
		"облрада", "міськради", "райраді", "сільрадою", "селищрадам", "рада", "ради", "радами",
		"обласна", "міської", "районною", "сільська", "селищних", "обласнаяя",
		"облдержадміністрація", "райдержадміністрації", "міськвійськадміністрацією", "обладміністрація",
		"Київ", "ОДА", "Облрада", "ОБЛДЕРЖАДМІНІСТРАЦІЯ", "МіськВА", "Ґудзик", "rada", "İ", "ᲀ", "\xff", "обл\xffрада", "рад\xd0", "", "а", "ою",
	}
	var words []string
	for _, w := range base {
		up := strings.ToUpper(w)
		words = append(words, w, up, strings.ToUpper(w[:min(len(w), 2)])+w[min(len(w), 2):], w+"\xd0", w+"ᲀ", up+"и")
		for _, e := range caseEndings {
			words = append(words, w+e, w+strings.ToUpper(e))
		}
	}
	for _, w := range words {
		if got, want := councilWord(w), oldCouncilWord(w); got != want {
			t.Errorf("councilWord(%q) = %q, want %q", w, got, want)
		}
		if got, want := contraction(w), oldContraction(w); got != want {
			t.Errorf("contraction(%q) = %q, want %q", w, got, want)
		}
		for _, n := range []string{"рада", "РАДИ", "Радою", "радах", "раді", "радо", "Рад\xd0", "", "Київ", "\xff"} {
			if got, want := councilPair(w, n), oldCouncilPair(w, n); got != want {
				t.Errorf("councilPair(%q, %q) = %q, want %q", w, n, got, want)
			}
		}
	}
}
