package tokenize_test

import (
	"os"
	"strings"
	"testing"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/tokenize"
)

// TestReferenceArticle checks the reference article of the shared data
// (read in place, never copied): its sentences, and the tokens every later
// stage relies on.
func TestReferenceArticle(t *testing.T) {
	path := shared.TestPath(t, "articles", "ukrinform-blinken-astana.uk.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	sents := tokenize.Sentences(text)
	if len(sents) != 16 {
		t.Errorf("%d sentences, want 16", len(sents))
	}
	var ends []string
	for _, s := range sents {
		checkSentence(t, text, s)
		ends = append(ends, text[max(s.Start, s.End-24):s.End])
	}
	for _, want := range []string{
		`суверенітету", - сказав Токаєв.`,
		`на найвищому рівні", - сказав Блінкен.`,
		"партнерство...",
		"посиланням на Zakon.kz.",
		"Фото: akorda.kz",
	} {
		found := false
		for _, s := range sents {
			if strings.HasSuffix(text[s.Start:s.End], want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no sentence ends with %q; ends: %q", want, ends)
		}
	}
	kinds := map[string]vistka.TokenKind{}
	for _, tok := range tokenize.Tokens(text) {
		kinds[tok.Text] = tok.Kind
	}
	for text, kind := range map[string]vistka.TokenKind{
		"Касимом-Жомартом": vistka.Word,
		"п'яти":            vistka.Word,
		"об'єднанню":       vistka.Word,
		"зв'язки":          vistka.Word,
		"62":               vistka.Number,
		"млрд":             vistka.Word,
		"С5+1":             vistka.Code,
		"Zakon.kz":         vistka.URL,
		"akorda.kz":        vistka.URL,
		"...":              vistka.Punct,
		"–":                vistka.Dash,
		"-":                vistka.Dash,
		`"`:                vistka.QuoteMark,
	} {
		if got, ok := kinds[text]; !ok || got != kind {
			t.Errorf("token %q: kind %v (found %v), want %v", text, got, ok, kind)
		}
	}
}
