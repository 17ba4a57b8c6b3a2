package ner_test

import (
	"os"
	"testing"

	"github.com/vistka/vistka/internal/shared"
	"github.com/vistka/vistka/ner"
	"github.com/vistka/vistka/tokenize"
)

func TestReferenceArticle(t *testing.T) {
	m := loadModel(t)
	data, err := os.ReadFile(shared.TestPath(t, "articles", "ukrinform-blinken-astana.uk.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	sents := tokenize.Sentences(text)
	if m.UsesMorphology() {
		an := morphology(t)
		for i := range sents {
			an.TagSentence(&sents[i])
		}
	}
	// Base forms of the names the article has, and those that must be
	// found.
	lemmas := map[string]string{
		"Ентоні Блінкен": "Ентоні Блінкен", "Блінкена": "Блінкен", "Блінкен": "Блінкен",
		"Касимом-Жомартом Токаєвим": "Касим-Жомарт Токаєв", "Токаєву": "Токаєв", "Токаєв": "Токаєв",
		"Джо Байдена": "Джо Байден", "Байдена": "Байден",
		"Астані": "Астана", "Казахстану": "Казахстан", "США": "США",
		"Сполученими Штатами": "Сполучені Штати", "Сполучених Штатів": "Сполучені Штати",
		"Центральної Азії": "Центральна Азія", "президентом": "президент", "президента": "президент",
	}
	must := map[string]string{"Ентоні Блінкен": "PERS", "Касимом-Жомартом Токаєвим": "PERS", "Джо Байдена": "PERS", "Астані": "LOC", "Казахстану": "LOC"}
	for _, s := range (ner.Recognizer{Model: m}).Find(text, sents) {
		t.Logf("%-6s %4d %4d %-40q %q", s.Type, s.Start, s.End, s.Text, s.Lemma)
		if want, ok := lemmas[s.Text]; ok && s.Lemma != want {
			t.Errorf("%s %q: lemma %q, want %q", s.Type, s.Text, s.Lemma, want)
		}
		if must[s.Text] == s.Type {
			delete(must, s.Text)
		}
		if got := []rune(text)[s.Start:s.End]; string(got) != s.Text {
			t.Errorf("span %d-%d text %q, the article has %q", s.Start, s.End, s.Text, string(got))
		}
	}
	for text, typ := range must {
		t.Errorf("%s %q not found", typ, text)
	}
}
