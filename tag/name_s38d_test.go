package tag_test

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

// TestS38DNameAfterFirstNameAlsoWord checks that an unknown capitalised
// word in е or і that the model reads as a verb is a surname after a
// word the lexicon lists as a first name too, though the model read that
// word, opening the sentence, as the common noun (Рута, Віра), and that
// the first name then takes its reading as one.
func TestS38DNameAfterFirstNameAlsoWord(t *testing.T) {
	m, lex := builtModel(t)
	for _, c := range []struct {
		name  string
		words []string
		at    int
		want  string // in the tag
	}{
		{"the surname, Рута", []string{"Рута", "Мейлутіте", "стала", "чемпіонкою", "."}, 1, "noun"},
		{"the first name, Рута", []string{"Рута", "Мейлутіте", "стала", "чемпіонкою", "."}, 0, ":fname"},
		{"the surname, Віра", []string{"Віра", "Жемайтіте", "виграла", "фінал", "."}, 1, "noun"},
		{"the first name, Віра", []string{"Віра", "Жемайтіте", "виграла", "фінал", "."}, 0, ":fname"},
	} {
		t.Run(c.name, func(t *testing.T) {
			toks := make([]vistka.Token, len(c.words))
			for i, w := range c.words {
				toks[i] = vistka.Token{Text: w}
			}
			m.Tag(toks, lex)
			if !strings.Contains(toks[c.at].Tag, c.want) {
				t.Errorf("%s: tag %s, want %s in it", c.words[c.at], toks[c.at].Tag, c.want)
			}
		})
	}
}
