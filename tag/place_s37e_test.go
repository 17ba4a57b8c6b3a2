package tag_test

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

// TestS37EPlaceOverSurname checks that a capitalised word the lexicon
// lists both as a surname and as a place, with no name, initial or
// person's noun next to it, is read as the place, and that one next to a
// first name, an initial or a title stays the surname.
func TestS37EPlaceOverSurname(t *testing.T) {
	m, lex := builtModel(t)
	for _, c := range []struct {
		name  string
		words []string
		at    int
		want  bool // a place
	}{
		{"a dative recipient", []string{"Уряд", "виділив", "Львову", "20", "млн", "гривень", "."}, 2, true},
		{"a dative after the object", []string{"Уряд", "передав", "кошти", "Львову", "."}, 3, true},
		{"a dative opening the sentence", []string{"Львову", "виділили", "20", "млн", "гривень", "."}, 0, true},
		{"after a first name", []string{"Уряд", "подякував", "Олегу", "Львову", "."}, 3, false},
		{"after an initial", []string{"Уряд", "подякував", "О.", "Львову", "."}, 2, false},
		{"an adjective's declension", []string{"У", "Міністерстві", "економіки", "Громадському", "пояснили", "."}, 3, false},
		{"after a title", []string{"Уряд", "подякував", "міністру", "Львову", "."}, 3, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			toks := make([]vistka.Token, len(c.words))
			for i, w := range c.words {
				toks[i] = vistka.Token{Text: w}
			}
			m.Tag(toks, lex)
			if got := strings.Contains(toks[c.at].Tag, ":geo"); got != c.want {
				t.Errorf("%s: tag %s, want a place %v", c.words[c.at], toks[c.at].Tag, c.want)
			}
		})
	}
}

// TestS37ENameOverGuessedVerb checks that an unknown capitalised word in
// е, є, о or і that the model reads as a verb is a name beside a first
// name or another such word, and that a lone one keeps the model's
// reading.
func TestS37ENameOverGuessedVerb(t *testing.T) {
	m, lex := builtModel(t)
	for _, c := range []struct {
		name  string
		words []string
		at    int
		want  bool // a noun
	}{
		{"two such words, the first", []string{"Агне", "Біловайтіте", "заявила", "про", "підтримку", "."}, 0, true},
		{"two such words, the second", []string{"Агне", "Біловайтіте", "заявила", "про", "підтримку", "."}, 1, true},
		{"in a later sentence", []string{"Посол", "Литви", "Агне", "Біловайтіте", "прибула", "до", "Києва", "."}, 3, true},
		{"after a first name", []string{"Посол", "Ягмур", "Ахмет", "Гюльдере", "привітав", "рішення", "."}, 3, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			toks := make([]vistka.Token, len(c.words))
			for i, w := range c.words {
				toks[i] = vistka.Token{Text: w}
			}
			m.Tag(toks, lex)
			if got := strings.HasPrefix(toks[c.at].Tag, "noun"); got != c.want {
				t.Errorf("%s: tag %s, want a noun %v", c.words[c.at], toks[c.at].Tag, c.want)
			}
		})
	}
}
