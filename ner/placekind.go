package ner

import (
	"strings"

	"github.com/vistka/vistka"
	"github.com/vistka/vistka/gazetteer"
	"github.com/vistka/vistka/internal/scan"
	"github.com/vistka/vistka/internal/vtag"
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

// townObjects turns on retypeTownObjects; a variable for experiments.
var townObjects = true

// retypeTownObjects makes a one-word PERS span a LOC when the gazetteer
// lists its word as a settlement and the sentence shows it is the town,
// not the man of the same first name (Ізмаїл): it stands in a list with
// place after another in its case ("до Ужгорода, Ізмаїла та Львова"), or, written in the
// nominative, it is the object of a plural verb, past an instrument in
// the instrumental ("окупанти атакували дронами Ізмаїл"), where a man
// would be in the accusative (Ізмаїла) and could not be the subject of
// the plural verb. spans[from:] are the sentence's spans, sorted.
func retypeTownObjects(toks []vistka.Token, spans []vistka.Span, from int) []vistka.Span {
	for k := from; k < len(spans); k++ {
		sp := &spans[k]
		if sp.Type != "PERS" {
			continue
		}
		a, b := vistka.TokensIn(toks, sp.Start, sp.End)
		if b != a+1 || a == 0 || gazetteer.Lookup(toks[a].Lemma)&gazetteer.Settlement == 0 {
			continue
		}
		if listedWithPlace(toks, spans, from, k) || toks[a].Text == toks[a].Lemma && pluralVerbObject(toks, a) {
			sp.Type = "LOC"
		}
	}
	return spans
}

// listedWithPlace reports whether spans[k] goes on a list after a LOC
// span in the same case, joined by a comma, та, і or й alone: "до
// Ужгорода, Чернівців, Ізмаїла та Львова", not "За словами Остіна,
// Сполучені Штати …", where a clause follows the name.
func listedWithPlace(toks []vistka.Token, spans []vistka.Span, from, k int) bool {
	if k == from || spans[k-1].Type != "LOC" {
		return false
	}
	_, b := vistka.TokensIn(toks, spans[k-1].Start, spans[k-1].End)
	c, _ := vistka.TokensIn(toks, spans[k].Start, spans[k].End)
	return c == b+1 && (toks[b].Text == "," || regionJoins[toks[b].Text]) && sameCase(toks[b-1].Tag, toks[c].Tag)
}

// sameCase reports whether two tags name one case (v_rod).
func sameCase(a, b string) bool {
	c := vtag.Case(a)
	return c != "" && c == vtag.Case(b)
}

// pluralVerbObject reports whether token a follows a plural verb, past
// one noun in the instrumental: "атакували дронами Ізмаїл".
func pluralVerbObject(toks []vistka.Token, a int) bool {
	j := a - 1
	if j > 0 && strings.HasPrefix(toks[j].Tag, "noun") && strings.Contains(toks[j].Tag, "v_oru") {
		j--
	}
	t := toks[j].Tag
	return strings.HasPrefix(t, "verb") && (strings.HasSuffix(t, ":p") || strings.Contains(t, ":p:"))
}
