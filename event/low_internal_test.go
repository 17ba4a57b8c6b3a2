package event

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/entity"
	"github.com/vistka/vistka/internal/scan"
)

// TestLowAndVerb checks that the lemmas a finder keeps lower-cased are
// those lower and verbLemma give, asked once or many times.
func TestLowAndVerb(t *testing.T) {
	toks := []vistka.Token{
		{Text: "Президент", Lemma: "президент", Tag: "noun:anim:m:v_naz"},
		{Text: "Зеленський", Lemma: "Зеленський", Tag: "noun:anim:m:v_naz:prop"},
		{Text: "Заявив", Lemma: "Заявити", Tag: "verb:perf:past:m"},
		{Text: ",", Kind: vistka.Punct},
		{Text: "Атакуючи", Lemma: "атакуючи", Tag: "advp:imperf"},
		{Text: "повідомлено", Lemma: "повідомлено", Tag: "adv"},
		{Text: "ЗСУ"},
	}
	f := &finder{toks: toks}
	for pass := range 2 {
		for i := len(toks) - 1; i >= 0; i-- {
			if got, want := f.low(i), lower(&toks[i]); got != want {
				t.Errorf("pass %d: low(%d) = %q, want %q", pass, i, got, want)
			}
			if got, want := f.verb(i), verbLemma(&toks[i]); got != want {
				t.Errorf("pass %d: verb(%d) = %q, want %q", pass, i, got, want)
			}
		}
	}
	if f.low(1) != "зеленський" || f.verb(2) != "заявити" || f.verb(4) != "атакувати" {
		t.Errorf("low(1), verb(2), verb(4) = %q, %q, %q", f.low(1), f.verb(2), f.verb(4))
	}
}

// TestMemos checks low, verb and entityAt on the finders memos gives out,
// one a sentence of a document: each answers for its own sentence's
// tokens, and a second finder of a sentence reads back what the first
// kept.
func TestMemos(t *testing.T) {
	first := []vistka.Token{
		{Text: "Уряд", Lemma: "уряд", Tag: "noun:inanim:m:v_naz"},
		{Text: "ухвалив", Lemma: "ухвалити", Tag: "verb:perf:past:m"},
		{Text: "рішення", Lemma: "рішення", Tag: "noun:inanim:n:v_zna"},
		{Text: ".", Kind: vistka.Punct},
	}
	second := []vistka.Token{
		{Text: "Мер", Lemma: "Мер", Tag: "noun:anim:m:v_naz"},
		{Text: "Заявив", Lemma: "Заявити", Tag: "verb:perf:past:m"},
	}
	a := &vistka.Analysis{Sentences: []vistka.Sentence{{Tokens: first}, {Tokens: second}, {}}}
	m := newMemos(a)
	for pass := range 2 {
		for s, sent := range a.Sentences {
			f := m.finder(a, &entity.Result{}, s)
			if len(f.toks) != len(sent.Tokens) || len(f.lows) != len(sent.Tokens) {
				t.Fatalf("sentence %d: %d tokens, %d lows; want %d", s, len(f.toks), len(f.lows), len(sent.Tokens))
			}
			for i := range sent.Tokens {
				if got, want := f.low(i), lower(&sent.Tokens[i]); got != want {
					t.Errorf("pass %d, sentence %d: low(%d) = %q, want %q", pass, s, i, got, want)
				}
				if got, want := f.verb(i), verbLemma(&sent.Tokens[i]); got != want {
					t.Errorf("pass %d, sentence %d: verb(%d) = %q, want %q", pass, s, i, got, want)
				}
				if got := f.entityAt(i); got != "" {
					t.Errorf("pass %d, sentence %d: entityAt(%d) = %q, want none", pass, s, i, got)
				}
			}
		}
	}
}

// TestLowerAlt checks lower, which lower-cases a lemma before it looks
// for ґ, against the order it replaced: the tag's :alt and a ґ or Ґ in
// the lemma first.
func TestLowerAlt(t *testing.T) {
	simple := func(t *vistka.Token) string {
		if t.Lemma == "" {
			return strings.ToLower(t.Text)
		}
		if strings.Contains(t.Tag, ":alt") && strings.ContainsAny(t.Lemma, "ґҐ") {
			return strings.ReplaceAll(strings.ToLower(t.Lemma), "ґ", "г")
		}
		return strings.ToLower(t.Lemma)
	}
	for _, tok := range []vistka.Token{
		{Text: "мітинґу", Lemma: "мітинґ", Tag: "noun:inanim:m:v_rod:alt"},
		{Text: "Ґеорґій", Lemma: "Ґеорґій", Tag: "noun:anim:m:v_naz:prop:fname:alt"},
		{Text: "Ґанок", Lemma: "Ґанок", Tag: "noun:inanim:m:v_naz:alt"},
		{Text: "ґанку", Lemma: "ґанок", Tag: "noun:inanim:m:v_mis"},
		{Text: "Ґрунт", Lemma: "Ґрунт", Tag: "noun:inanim:m:v_naz"},
		{Text: "мітингу", Lemma: "мітинг", Tag: "noun:inanim:m:v_rod:alt"},
		{Text: "ГАЗ", Lemma: "ГАЗ", Tag: "noun:inanim:m:v_naz:alt"},
		{Text: "Ґ", Tag: "noun:alt"},
		{Text: "bad\xd2", Lemma: "bad\xd2", Tag: "noun:alt"},
	} {
		if got, want := lower(&tok), simple(&tok); got != want {
			t.Errorf("lower(%q, %q) = %q, want %q", tok.Lemma, tok.Tag, got, want)
		}
	}
}

// TestNounTriggers checks that nounTriggers lets every noun the trigger
// loop looks up through: the keys of contracts, audits and nouns, лист
// and звернення.
func TestNounTriggers(t *testing.T) {
	words := []string{"лист", "звернення"}
	for _, m := range []map[string]bool{contracts, audits} {
		for w := range m {
			words = append(words, w)
		}
	}
	for w := range nouns {
		words = append(words, w)
	}
	if len(words) < 10 {
		t.Fatalf("only %d trigger nouns", len(words))
	}
	for _, w := range words {
		if !nounTriggers.May(w) {
			t.Errorf("nounTriggers stops %q", w)
		}
	}
}

// TestVerbSieves checks that each verb set's Sieve lets every verb of
// the set through, so that sentence asks the set about each of them.
func TestVerbSieves(t *testing.T) {
	for _, tt := range []struct {
		name  string
		sieve *scan.Sieve
		set   map[string]bool
	}{
		{"listers", &listerSieve, listers},
		{"comers", &comerSieve, comers},
		{"drives", &driveSieve, drives},
		{"expels", &expelSieve, expels},
		{"jointVerbs", &jointSieve, jointVerbs},
		{"buys", &buySieve, buys},
	} {
		if len(tt.set) == 0 {
			t.Errorf("%s: no verbs", tt.name)
		}
		for w := range tt.set {
			if !tt.sieve.May(w) {
				t.Errorf("%s: the Sieve stops %q", tt.name, w)
			}
		}
	}
}
