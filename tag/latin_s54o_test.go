package tag_test

import (
	"strings"
	"testing"

	"github.com/vistka/vistka"
)

// TestS54OLatinPrefixed checks that a word of a prefix in Latin script, a
// hyphen and a Ukrainian noun is read as the noun inflects, the prefix
// kept as written in the lemma (FPV-дронів: FPV-дрон, masculine, not
// the shape rules' Fpv-дроніа, feminine), and that a word of Latin
// script alone, or with a number after the hyphen, is not.
func TestS54OLatinPrefixed(t *testing.T) {
	m, lex := builtModel(t)
	for _, c := range []struct {
		words      []string
		at         int
		lemma, tag string // tag: a part the tag must hold
	}{
		{[]string{"Бригада", "отримала", "сорок", "FPV-дронів", "."}, 3, "FPV-дрон", ":p:v_rod"},
		{[]string{"Волонтери", "привезли", "два", "Starlink-термінали", "."}, 3, "Starlink-термінал", "noun:inanim:"},
		{[]string{"Він", "працює", "в", "IT-компанії", "."}, 3, "IT-компанія", "noun:inanim:f:"},
		{[]string{"Банк", "надіслав", "SMS-повідомлення", "."}, 2, "SMS-повідомлення", "noun:inanim:n:"},
		{[]string{"Партія", "почала", "PR-кампанію", "."}, 2, "PR-кампанія", "noun:inanim:f:v_zna"},
		{[]string{"Гості", "чекали", "у", "VIP-зоні", "."}, 3, "VIP-зона", "noun:inanim:f:v_mis"},
		{[]string{"Кафе", "має", "Wi-Fi-мережу", "."}, 2, "Wi-Fi-мережа", "noun:inanim:f:v_zna"},
	} {
		toks := make([]vistka.Token, len(c.words))
		for i, w := range c.words {
			toks[i] = vistka.Token{Text: w}
		}
		m.Tag(toks, lex)
		if got := toks[c.at]; got.Lemma != c.lemma || !strings.Contains(got.Tag, c.tag) {
			t.Errorf("%s: %s %s, want %s with %s", got.Text, got.Lemma, got.Tag, c.lemma, c.tag)
		}
	}
	for _, w := range []string{"Covid-19", "e-mail", "Coca-Cola"} {
		toks := []vistka.Token{{Text: "Це"}, {Text: w}, {Text: "."}}
		m.Tag(toks, lex)
		if strings.HasPrefix(toks[1].Tag, "noun") {
			t.Errorf("%s: %s %s, want no noun", w, toks[1].Lemma, toks[1].Tag)
		}
	}
}
