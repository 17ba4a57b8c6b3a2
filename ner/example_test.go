package ner_test

import (
	"fmt"

	"github.com/vistka/vistka/ner"
)

func ExampleLemmatizer_BaseForm() {
	var lz ner.Lemmatizer // suffix rules alone; add Lex and Known for more
	for _, x := range []struct{ typ, text string }{
		{"PERS", "Ангели Меркель"},
		{"ORG", "Національним банком України"},
		{"JOB", "президентом країни"},
		{"DATE", "28 лютого"},
	} {
		toks := ner.SimpleTokenize(x.text)[0].Tokens
		fmt.Println(lz.BaseForm(x.typ, x.text, toks))
	}
	// Output:
	// Ангела Меркель
	// Національний банк України
	// президент країни
	// 28 лютого
}
