package ner

import (
	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
)

// countriesAsBodies turns on retyping as a LOC a country's name the model
// read as an ORG (countryAsBody); a variable for experiments.
var countriesAsBodies = true

// countryAsBody reports whether an ORG span whose tokens start at
// toks[from] and whose base form is base is a country's name, whole:
// "прем'єр-міністр Великої Британії", "Росія вимагає". NER-UK calls a
// country a LOC whatever it does (LOC України 95 times, Росії, США,
// Польщі); the model, trained on few such actors, reads some after a
// title or before a verb as a body. A name in quotation marks is a
// company's or a newspaper's (поліграфкомбінат «Україна»: an ORG in
// NER-UK).
func countryAsBody(toks []vistka.Token, from int, base string) bool {
	if base == "" || from > 0 && openingQuote(toks[from-1].Text) {
		return false
	}
	c := gazetteer.Lookup(base)
	return c&gazetteer.Country != 0 && c&gazetteer.Person == 0
}

// openingQuote reports an opening quotation mark.
func openingQuote(s string) bool {
	return s == "«" || s == "„" || s == "\"" || s == "“"
}
