package ner

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

func TestHarmonizePlaceBases(t *testing.T) {
	readings := map[string][]Reading{
		"Ґетеборгу": {{"Ґетеборг", "noun:inanim:m:v_mis:prop:geo"}, {"Ґетеборга", "noun:inanim:f:v_zna:prop:geo"}},
		"Клайпеді":  {{"Клайпеда", "noun:inanim:f:v_mis:prop:geo"}, {"Клайпед", "noun:inanim:m:v_mis:prop:geo"}},
		"Клайпеди":  {{"Клайпеда", "noun:inanim:f:v_rod:prop:geo"}},
		"Клайпед":   {{"Клайпед", "noun:inanim:m:v_naz:prop:geo"}, {"Клайпеда", "noun:inanim:f:v_rod:prop:geo"}},
	}
	m := &Model{lemmas: Lemmatizer{Lex: LexiconFuncs{Analyses: func(form string) []Reading { return readings[form] }}}}
	tests := []struct {
		name, text string
		spans      []string // text/lemma of one-word places, in order
		want       []string // their base forms after the rule
	}{
		{"a dateline", "Ґетеборг • Агенція\nМіністри зустрілися в Ґетеборгу .",
			[]string{"Ґетеборгу/Ґетеборга"}, []string{"Ґетеборг"}},
		{"another mention", "Судно прибуло до Клайпеди . У Клайпеді його оглянули .",
			[]string{"Клайпеди/Клайпеда", "Клайпеді/Клайпед"}, []string{"Клайпеда", "Клайпеда"}},
		{"borne out already", "Клайпед і Клайпеда . У Клайпеді .",
			[]string{"Клайпеді/Клайпед"}, []string{"Клайпед"}},
		{"nothing written out", "Міністри зустрілися в Ґетеборгу .",
			[]string{"Ґетеборгу/Ґетеборга"}, []string{"Ґетеборга"}},
		{"only the mention itself", "Прибули до Клайпед .",
			[]string{"Клайпед/Клайпеда"}, []string{"Клайпеда"}},
	}
	for _, tt := range tests {
		sents := SimpleTokenize(tt.text)
		var spans []vistka.Span
		pos := 0
		for _, x := range tt.spans {
			text, lemma, _ := strings.Cut(x, "/")
			// where the mention stands, after the one before it
		find:
			for _, s := range sents {
				for _, tk := range s.Tokens {
					if tk.Text == text && tk.RStart >= pos {
						spans = append(spans, vistka.Span{Start: tk.RStart, End: tk.REnd, Type: "LOC", Text: text, Lemma: lemma})
						pos = tk.REnd
						break find
					}
				}
			}
		}
		for i := range sents {
			for k := range sents[i].Tokens {
				tk := &sents[i].Tokens[k]
				// the names written out in the nominative
				if tk.Text == "Ґетеборг" || tk.Text == "Клайпеда" || tk.Text == "Клайпед" {
					tk.Tag = "noun:inanim:m:v_naz:prop:geo"
				}
			}
		}
		m.harmonizePlaceBases(sents, spans)
		for i, sp := range spans {
			if sp.Lemma != tt.want[i] {
				t.Errorf("%s: %s → %q, want %q", tt.name, sp.Text, sp.Lemma, tt.want[i])
			}
		}
	}
}
