package ner

import (
	"slices"
	"strings"

	"github.com/vistka/vistka"
)

// codeArticles turns on addCodeArticles; a variable for experiments.
var codeArticles = true

// codeArticlesNeed: addCodeArticles starts at a code's word (codeWord).
const codeArticlesNeed = sbCode

// addCodeArticles makes one DOC of a code and the parts and articles of it
// cited before it: "за [DOC ч. 4 ст. 368 Кримінального кодексу України]",
// "статті 111 КК". NER-UK tags so (ч. 3 ст. 368 Кримінального кодексу,
// ч. 2 ст. 369-2 КК, ст. 189 КК України) and tags a code named alone a
// DOC (Податкового кодексу, Земельним кодексом). The model, which has
// seen few, starts the span at ст., leaves ч. out, or reads the code as
// a MISC. spans[from:] are the sentence's spans, sorted; the result is
// sorted too.
func addCodeArticles(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for i := range toks {
		if !codeWord(&toks[i]) {
			continue
		}
		// the code's name: the adjectives before кодекс, України after it
		c := i
		for c > 0 && strings.HasPrefix(toks[c-1].Tag, "adj") && !strings.Contains(toks[c-1].Tag, "pron") {
			c--
		}
		end := i + 1
		if end < len(toks) && toks[end].Lemma == "Україна" {
			end++
		}
		// the parts and articles cited before it
		a := c
		for {
			if a >= 3 && startsDigit(toks[a-1].Text) && toks[a-2].Text == "." && articleAbbrevs[toks[a-3].Lemma] {
				a -= 3
			} else if a >= 2 && startsDigit(toks[a-1].Text) && articleWords.has(toks[a-2].Lemma) {
				a -= 2
			} else {
				break
			}
		}
		start, stop := toks[a].RStart, toks[end-1].REnd
		// the spans the DOC covers or crosses; one that runs past it
		// (Податкового кодексу та Кримінального кодексу) is left alone
		k, n, ok := spansInside(spans, from, start, stop)
		if !ok {
			continue
		}
		if a == c && n == 1 && spans[k].Type == "MISC" && spans[k].Start == toks[c].RStart && toks[i].Lemma == "кодекс" {
			spans[k].Type = "DOC" // Кримінального кодексу read as a MISC
			continue
		}
		if a == c {
			continue // a code alone: the model's call
		}
		spans = slices.Replace(spans, k, k+n, vistka.Span{Start: start, End: stop, Type: "DOC", Text: joinTokens(toks[a:end])})
	}
	return spans
}

// codeWord reports кодекс, or a code's acronym (КК, КПК, КУпАП): the
// acronyms are of 10 bytes at most and start with a capital, which most
// words fail before the map is asked.
func codeWord(t *vistka.Token) bool {
	return t.Lemma == "кодекс" || len(t.Text) <= 10 && startsUpper(t.Text) && codeAcronyms[t.Text]
}

// codeAcronyms are the acronyms of Ukraine's codes.
var codeAcronyms = map[string]bool{"КК": true, "ККУ": true, "КПК": true, "КУпАП": true, "ЦК": true, "ЦПК": true, "ГК": true, "ГПК": true, "ПК": true, "ЗК": true, "КАС": true}

// articleAbbrevs are the abbreviations of a part, an article or a point
// of a law, as the tagger's lemmas write them (ч. 4 ст. 368).
var articleAbbrevs = map[string]bool{"ч.": true, "ст.": true, "п.": true, "пп.": true}

// articleWords are the lemmas of the words for a part, an article or a
// point written out (частини 2 статті 111).
var articleWords = newLowerSet("частина", "стаття", "пункт", "підпункт")
