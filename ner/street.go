package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/internal/scan"
)

// streets turns on addStreetWords; a variable for experiments.
var streets = true

// addStreetWords makes a span right after the word for a street, square
// or avenue a LOC that begins with that word: вулиці | Коновальця →
// вулиці Коновальця, вулиця | Ольги Дучимінської (read as a person) →
// LOC вулиця Ольги Дучимінської. NER-UK puts the word inside the name
// of a street (вул. 97 times, вулиці 9 against 3, вулиця 3 against 2 in
// the training documents). A place's name after the word stays as it
// is: вулиці Кишинева are the streets of a city. spans[from:] are the
// sentence's spans, sorted.
func addStreetWords(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" && sp.Type != "LOC" && sp.Type != "ORG" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b <= a || a == 0 {
			continue
		}
		w := a - 1
		// streetInitial says no to most words without lower-casing them.
		if toks[w].Text == "." && w > 0 && streetInitial(toks[w-1].Text) && streetWords[scan.ToLower(toks[w-1].Text)+"."] {
			w--
		} else if !streetInitial(toks[w].Text) || !streetWords[scan.ToLower(toks[w].Text)] {
			continue
		}
		if k > from && spans[k-1].End > toks[w].RStart {
			continue
		}
		// вулиці Кишинева: the streets of a city, not a street; вулицею
		// Героїв Ірпеня is one, named after people.
		if t := toks[a]; strings.HasPrefix(t.Tag, "noun") && strings.Contains(t.Tag, ":geo") {
			continue
		}
		sp.Start, sp.Type, sp.Text = toks[w].RStart, "LOC", joinTokens(toks[w:b])
	}
	return spans
}

var streetWords = map[string]bool{
	"вулиця": true, "вулиці": true, "вулицю": true, "вулицею": true, "вул.": true,
	"провулок": true, "провулку": true, "провулком": true, "пров.": true,
	"проспект": true, "проспекту": true, "проспекті": true, "проспектом": true, "просп.": true,
	"площа": true, "площі": true, "площу": true, "площею": true, "пл.": true,
	"бульвар": true, "бульвару": true, "бульварі": true, "бульваром": true, "б-р": true,
}
