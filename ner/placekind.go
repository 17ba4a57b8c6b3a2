package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
)

// placeKinds turns on retypePlaceKinds; a variable for experiments.
var placeKinds = true

// retypePlaceKinds makes a one-word PERS span right after a word for a
// kind of settlement or place (місто, село, порт, острів) a LOC: "на рейд
// порту Мууга", "лінії … до міста Ісакча". In the training documents a
// span after such a word is a LOC 62 times and a PERS twice, both full
// names of people (міста Ігор Слюзар, the city's mayor), which this rule
// leaves alone, and a first name (селі Коля), which it leaves too unless
// the gazetteer lists the name as a settlement (порту Ізмаїла, which the
// tagger reads as the man's name Ізмаїл) or lists no such person's name
// at all (місто Кьонджу, a foreign place the tagger guesses is a first
// name). spans[from:] are the sentence's
// spans, sorted.
func retypePlaceKinds(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != a+1 || a == 0 || !placeKindWords[scan.ToLower(toks[a-1].Lemma)] ||
			strings.Contains(toks[a].Tag, ":fname") && listedPersonOnly(toks[a].Lemma) {
			continue
		}
		sp.Type = "LOC"
	}
	return spans
}

// placesIn turns on retypePlacesIn; a variable for experiments.
var placesIn = true

// retypePlacesIn makes a one-word PERS span a LOC when the tagger reads
// its word in context as a place in the locative after в, у or на and the
// gazetteer lists it as a settlement: "у Софії підписали меморандум" is
// the city, though Софія is also a woman's name. spans[from:] are the sentence's spans, sorted.
func retypePlacesIn(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != a+1 || a == 0 || !strings.Contains(toks[a].Tag, ":geo") || !strings.Contains(toks[a].Tag, "v_mis") ||
			strings.Contains(toks[a].Tag, ":anim") || gazetteer.Lookup(toks[a].Lemma)&gazetteer.Settlement == 0 {
			continue // (not "У Марті хтивості не більше": hers)
		}
		switch scan.ToLower(toks[a-1].Text) {
		case "в", "у", "на":
			sp.Type = "LOC"
		}
	}
	return spans
}

// placeKindWords are the lemmas of the words for a kind of place that a
// place's name follows.
var placeKindWords = map[string]bool{
	"місто": true, "село": true, "селище": true, "смт": true, "хутір": true, "порт": true,
	"острів": true, "річка": true, "озеро": true, "станція": true,
}

// listedPersonOnly reports a lemma the gazetteer lists as a person's name
// and not as a settlement: Коля, not Ізмаїл nor an unlisted Кьондж.
func listedPersonOnly(lemma string) bool {
	c := gazetteer.Lookup(lemma)
	return c&gazetteer.Person != 0 && c&gazetteer.Settlement == 0
}
