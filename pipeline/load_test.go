package pipeline

import (
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/vistka/vistka/ner"
)

// TestAnalyses checks that analyses gives the lexicon's readings of a
// known form (in Lookup's order, a lexeme's lemma for each of its tags)
// and its best eight guesses for an unknown one, and that neither the key
// nor the lemmas share memory with the form asked for.
func TestAnalyses(t *testing.T) {
	c, err := LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	lex := c.Lexicon
	for _, form := range []string{
		"Києві",       // a place, known
		"стали",       // several lexemes: стати, станути
		"НАТО",        // an abbreviation
		"Бзуриківцях", // no such village: guesses
		"Тхрямчуками", // no such surname: guesses
		"12",          // no word
	} {
		var want []ner.Reading
		if as := lex.Lookup(form); len(as) > 0 {
			for _, a := range as {
				want = append(want, ner.Reading{Lemma: a.Lemma, Tag: a.Tag})
			}
		} else {
			for _, g := range lex.Guess(form, 8) {
				want = append(want, ner.Reading{Lemma: g.Lemma, Tag: g.Tag})
			}
		}
		// Cut from a longer text, as a token's form is.
		text := "у " + form + " вчора"
		in := text[len("у ") : len("у ")+len(form)]
		key, got := analyses(lex, in)
		if key != form || !slices.Equal(got, want) {
			t.Errorf("analyses(%q) = %q, %v; want %q, %v", form, key, got, form, want)
		}
		for _, s := range append([]string{key}, lemmas(got)...) {
			if s != "" && within(s, text) {
				t.Errorf("analyses(%q): %q is cut from the text", form, s)
			}
		}
	}
}

func lemmas(rs []ner.Reading) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Lemma)
	}
	return out
}

// within reports whether s lies in the memory of text.
func within(s, text string) bool {
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
	return p >= lo && p < lo+uintptr(len(text))
}

// TestAnalysesLexemes checks that a form of two lexemes gets the lemma of
// each.
func TestAnalysesLexemes(t *testing.T) {
	c, err := LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	_, rs := analyses(c.Lexicon, "стали")
	if len(rs) < 2 {
		t.Fatalf("стали: %v; want readings of стати and станути", rs)
	}
	var ls []string
	for _, r := range rs {
		if !slices.Contains(ls, r.Lemma) {
			ls = append(ls, r.Lemma)
		}
	}
	if !slices.Contains(ls, "стати") || !slices.Contains(ls, "станути") {
		t.Errorf("стали: lemmas %s; want стати and станути", strings.Join(ls, ", "))
	}
}
