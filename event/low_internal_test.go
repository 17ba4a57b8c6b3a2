package event

import (
	"testing"

	"github.com/vistka/vistka"
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
