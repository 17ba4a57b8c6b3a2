package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// bands turns on retypeBands; a variable for experiments.
var bands = true

// retypeBands makes an ORG of a name right after the word for a band, a
// choir or an ensemble, in quotation marks or not: "гурт [ORG Ziferblat]",
// "гурту «[ORG Океан Ельзи]»". NER-UK tags a band so every time (Океан
// Ельзи, Воплі Відоплясова, ВВ: 5 of 5); the model reads a Latin band's
// name as a MISC or a product, a Ukrainian one as a person or a place. A
// name after the word for a work (пісню «…») is not touched.
// spans[from:] are the sentence's spans, sorted.
func retypeBands(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		s := &spans[k]
		if s.Type == "ORG" || s.Type != "MISC" && s.Type != "PERS" && s.Type != "LOC" && s.Type != "ART" {
			continue
		}
		a, _ := vistka.TokensIn(toks, s.Start, s.End)
		w := a - 1
		if w >= 0 && openQuote(toks[w].Text) {
			w--
		}
		if w < 0 || !strings.HasPrefix(toks[w].Tag, "noun") || !bandWords[scan.ToLower(toks[w].Lemma)] {
			continue
		}
		s.Type = "ORG"
	}
	return spans
}

// bandWords are the lemmas of the words for a band that its name follows.
var bandWords = map[string]bool{"гурт": true, "рок-гурт": true, "хор": true, "ансамбль": true, "колектив": true, "бенд": true}
