package tag_test

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

// TestS36FNameOverArchaic checks that a capitalised word opening its
// sentence or after a punctuation mark, which the lexicon lists both as
// an archaic common noun and as a surname, is read as the surname, and
// that one opened by a quotation mark, a title, keeps the model's reading.
func TestS36FNameOverArchaic(t *testing.T) {
	m, lex := builtModel(t)
	for _, c := range []struct {
		name  string
		words []string
		at    int
		want  bool // a surname
	}{
		{"opening its sentence", []string{"Туск", "сам", "попросив", "парламент", "про", "довіру", "."}, 0, true},
		{"before a comma", []string{"Туск", ",", "своєю", "чергою", ",", "наголосив", "на", "єдності", "."}, 0, true},
		{"after a dash", []string{"Він", "зустрівся", "з", "прем'єром", "—", "Туск", "сам", "попросив", "про", "зустріч", "."}, 5, true},
		{"a title in quotes", []string{"Страву", "«", "Туск", "»", "готують", "узимку", "."}, 2, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			toks := make([]vistka.Token, len(c.words))
			for i, w := range c.words {
				toks[i] = vistka.Token{Text: w}
			}
			m.Tag(toks, lex)
			if got := strings.Contains(toks[c.at].Tag, ":lname"); got != c.want {
				t.Errorf("%s: tag %s, want a surname %v", c.words[c.at], toks[c.at].Tag, c.want)
			}
		})
	}
}
