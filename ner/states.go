package ner

import (
	"github.com/vistka/vistka"
)

// stateAbbrevs turns on retypeStateAbbrevs; a variable for experiments.
var stateAbbrevs = true

// retypeStateAbbrevs makes a one-word span a LOC when the word is the
// abbreviated name of a state, a former one or a self-proclaimed one:
// "в УСРР здійснювали розбудову", "керівникам ДНР", "колишнього СРСР".
// NER-UK tags a state's name as a LOC, these abbreviations each of the
// 14 times they stand alone in the training documents; the model, which
// reads most abbreviations as bodies, made 12 of them ORG in
// cross-validation, and reads a quoted one as a work (так званих «ДНР» та
// «ЛНР»). Ambiguous ones are left out: ЄС, НДР (also науково-дослідна
// робота). spans[from:] are the sentence's spans, sorted.
func retypeStateAbbrevs(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type == "LOC" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b == a+1 && stateAbbrevWords[toks[a].Text] {
			sp.Type = "LOC"
		}
	}
	return spans
}

// stateAbbrevWords are abbreviations of the names of states.
var stateAbbrevWords = map[string]bool{
	"СРСР": true, "УРСР": true, "УСРР": true, "РСФРР": true, "РРФСР": true, "БРСР": true, "БССР": true,
	"УНР": true, "ЗУНР": true, "ДНР": true, "ЛНР": true, "ОРДЛО": true, "ОРДО": true, "ОРЛО": true,
	"ПМР": true, "КНДР": true, "ФРН": true, "ОАЕ": true, "ПАР": true, "ЦАР": true, "ДРК": true,
	// (РФ alone is the state, as NER-UK tags it; "уряд РФ" read whole
	// is a body, a span of more than one word this rule leaves)
	"РФ": true,
}
