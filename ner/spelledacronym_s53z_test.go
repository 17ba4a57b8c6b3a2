package ner

import (
	"slices"
	"testing"

	"github.com/vistka/vistka"
)

// TestSpelledAcronymUnderSpan checks that a body's name spelled out in
// words is not tagged again where a span already covers the words, when
// a shorter span starting with that one lies between them in the list:
// the spans are sorted by their starts, not their ends.
func TestSpelledAcronymUnderSpan(t *testing.T) {
	tags := map[string]string{
		"Харківський": "харківський/adj:m:v_naz", "тракторний": "тракторний/adj:m:v_naz",
		"завод": "завод/noun:inanim:m:v_naz", "ХТЗ": "ХТЗ/noun:inanim:m:v_naz:nv:abbr",
	}
	s, _ := taggedMarked(t, "Про Харківський тракторний завод і ХТЗ .", tags)
	toks := s.Tokens
	spans := []vistka.Span{
		{Start: toks[0].RStart, End: toks[3].REnd, Type: "MISC", Text: "Про Харківський тракторний завод"},
		{Start: toks[0].RStart, End: toks[0].REnd, Type: "LOC", Text: "Про"},
		{Start: toks[5].RStart, End: toks[5].REnd, Type: "ORG", Text: "ХТЗ"},
	}
	base := func(_, text string, _ []vistka.Token) string { return text }
	got := spanStrings(addSpelledAcronyms([]vistka.Sentence{s}, slices.Clone(spans), base))
	if want := spanStrings(spans); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}

	// the words uncovered: the name is tagged
	got = spanStrings(addSpelledAcronyms([]vistka.Sentence{s}, slices.Clone(spans[2:]), base))
	if want := []string{"ORG Харківський тракторний завод", "ORG ХТЗ"}; !slices.Equal(got, want) {
		t.Errorf("uncovered: got %q, want %q", got, want)
	}
}
